// Client-side equivalent of GraphQL `neighborhood(id, depth)` over a parsed graph file, so a widget can run from a
// static JSON on a CDN. Breadth-first, undirected, capped at `limit` entities.
import { normalizeName } from "../search/searchEntities.js";
/** Resolves `focus` as an id, else as an exact (normalised) name or alias. */
export function resolveEntity(data, focus) {
    if (data.entities.has(focus))
        return focus;
    const q = normalizeName(focus);
    if (!q)
        return null;
    for (const [id, e] of data.entities) {
        if (normalizeName(e.label) === q || e.aliases.some((a) => normalizeName(a) === q))
            return id;
    }
    return null;
}
export function neighborhoodOf(data, focus, depth = 1, limit = 200) {
    const root = resolveEntity(data, focus);
    if (!root)
        return null;
    const adjacency = new Map();
    data.relations.forEach((r, i) => {
        for (const n of [r.source, r.target]) {
            let list = adjacency.get(n);
            if (!list)
                adjacency.set(n, (list = []));
            list.push(String(i));
        }
    });
    const included = new Set([root]);
    let frontier = [root];
    let truncated = false;
    for (let d = 0; d < Math.max(0, Math.min(depth, 3)) && frontier.length > 0; d++) {
        const next = [];
        for (const node of frontier) {
            for (const i of adjacency.get(node) ?? []) {
                const r = data.relations[Number(i)];
                const other = r.source === node ? r.target : r.source;
                if (included.has(other))
                    continue;
                if (included.size >= limit) {
                    truncated = true;
                    break;
                }
                included.add(other);
                next.push(other);
            }
        }
        frontier = next;
    }
    const nodes = [...included].map((id) => {
        const e = data.entities.get(id);
        return { id, label: e.label, type: e.type, x: e.x, y: e.y, size: e.size };
    });
    const edges = data.relations
        .filter((r) => included.has(r.source) && included.has(r.target))
        .map((r) => ({
        id: r.key,
        source: r.source,
        target: r.target,
        category: r.attributes.category,
        label: r.attributes.label,
        confidence: r.attributes.confidence,
    }));
    return { focus: root, nodes, edges, truncated };
}
//# sourceMappingURL=neighborhoodOf.js.map