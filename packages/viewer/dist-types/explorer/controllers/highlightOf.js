// What to emphasise: a path when one is shown, else the hovered or focused entity and its visible neighbours.
export function highlightOf(graph, visibility, centre, path) {
    if (path && path.nodes.length > 0) {
        return {
            nodes: new Set(path.nodes),
            edges: new Set(path.edges),
            primary: new Set([path.nodes[0], path.nodes[path.nodes.length - 1]]),
        };
    }
    if (!centre || !graph.hasNode(centre) || !visibility.nodes.has(centre))
        return null;
    const nodes = new Set([centre]);
    const edges = new Set();
    graph.forEachEdge(centre, (edge, _a, source, target) => {
        if (!visibility.edges.has(edge))
            return;
        edges.add(edge);
        nodes.add(source === centre ? target : source);
    });
    return { nodes, edges, primary: new Set([centre]) };
}
//# sourceMappingURL=highlightOf.js.map