// Which nodes and edges pass the filters; an edge needs both ends visible. Computed once per filter change so the
// sigma reducers stay O(1) per item.
import { edgePasses, nodePasses } from "./filterState.js";
export function computeVisibility(graph, filters) {
    const nodes = new Set();
    graph.forEachNode((node, attrs) => {
        if (nodePasses(attrs, filters))
            nodes.add(node);
    });
    const edges = new Set();
    graph.forEachEdge((edge, attrs, source, target) => {
        if (nodes.has(source) && nodes.has(target) && edgePasses(attrs, filters))
            edges.add(edge);
    });
    return { nodes, edges };
}
//# sourceMappingURL=computeVisibility.js.map