// Places the focus in the centre and each hop on its own ring, ordered by the built layout's angle around the focus,
// so small neighbourhoods read at a glance whatever the global layout looked like.
export function radialLayout(sub) {
    const adjacency = new Map();
    for (const e of sub.edges) {
        if (!adjacency.has(e.source))
            adjacency.set(e.source, new Set());
        if (!adjacency.has(e.target))
            adjacency.set(e.target, new Set());
        adjacency.get(e.source).add(e.target);
        adjacency.get(e.target).add(e.source);
    }
    const level = new Map([[sub.focus, 0]]);
    let frontier = [sub.focus];
    while (frontier.length) {
        const next = [];
        for (const n of frontier)
            for (const m of adjacency.get(n) ?? [])
                if (!level.has(m)) {
                    level.set(m, level.get(n) + 1);
                    next.push(m);
                }
        frontier = next;
    }
    const byId = new Map(sub.nodes.map((n) => [n.id, n]));
    const origin = byId.get(sub.focus) ?? { x: 0, y: 0 };
    const rings = new Map();
    for (const n of sub.nodes) {
        const l = level.get(n.id) ?? 1;
        if (!rings.has(l))
            rings.set(l, []);
        rings.get(l).push(n.id);
    }
    const pos = new Map();
    for (const [l, ids] of rings) {
        if (l === 0) {
            for (const id of ids)
                pos.set(id, { x: 0, y: 0 });
            continue;
        }
        const angleOf = (id) => {
            const n = byId.get(id);
            return Math.atan2(n.y - origin.y, n.x - origin.x) || 0;
        };
        ids.sort((a, b) => angleOf(a) - angleOf(b) || a.localeCompare(b));
        ids.forEach((id, i) => {
            const a = (i / ids.length) * Math.PI * 2 + l * 0.4;
            pos.set(id, { x: Math.cos(a) * l, y: Math.sin(a) * l });
        });
    }
    return pos;
}
//# sourceMappingURL=radialLayout.js.map