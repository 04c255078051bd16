// Fewest-hops path ignoring direction, over what is visible (BFS; the graphs are small enough to do it client-side).
export function shortestPath(graph, from, to, edgeVisible = () => true) {
    if (!graph.hasNode(from) || !graph.hasNode(to))
        return null;
    if (from === to)
        return { nodes: [from], edges: [] };
    const prev = new Map();
    const seen = new Set([from]);
    let frontier = [from];
    while (frontier.length > 0 && !seen.has(to)) {
        const next = [];
        for (const node of frontier) {
            graph.forEachEdge(node, (edge, _a, source, target) => {
                if (!edgeVisible(edge))
                    return;
                const other = source === node ? target : source;
                if (seen.has(other))
                    return;
                seen.add(other);
                prev.set(other, { node, edge });
                next.push(other);
            });
        }
        frontier = next;
    }
    if (!seen.has(to))
        return null;
    const nodes = [to];
    const edges = [];
    for (let cur = to; cur !== from;) {
        const step = prev.get(cur);
        edges.unshift(step.edge);
        nodes.unshift(step.node);
        cur = step.node;
    }
    return { nodes, edges };
}
//# sourceMappingURL=shortestPath.js.map