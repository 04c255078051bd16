// What the analyst chose to see. Pure predicates so the explorer, the URL and tests share one definition.
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
export function defaultFilters() {
    return {
        types: new Set(ENTITY_TYPES),
        categories: new Set(RELATION_CATEGORIES),
        minConfidence: 0,
        community: null,
        from: null,
        to: null,
        hideCoOccurrence: false,
    };
}
export function nodePasses(node, f) {
    return f.types.has(node.entityType) && (f.community === null || node.community === f.community);
}
/** Compares ISO dates of different precision on their common prefix ("2022-09" is within "2022-09-23".."2022-09-30"). */
function cmpDate(a, b) {
    const n = Math.min(a.length, b.length);
    const x = a.slice(0, n);
    const y = b.slice(0, n);
    return x < y ? -1 : x > y ? 1 : 0;
}
export function edgePasses(edge, f) {
    if (!f.categories.has(edge.category))
        return false;
    if (f.hideCoOccurrence && edge.category === "CO_OCCURRENCE")
        return false;
    if (edge.confidence < f.minConfidence)
        return false;
    if (f.from || f.to) {
        if (!edge.date)
            return false;
        if (f.from && cmpDate(edge.date, f.from) < 0)
            return false;
        if (f.to && cmpDate(edge.date, f.to) > 0)
            return false;
    }
    return true;
}
//# sourceMappingURL=filterState.js.map