// What to emphasise: a selected relation, else a path when one is shown, else the hovered or focused entity and its visible neighbours.

import type { Visibility } from "../../core/filters/computeVisibility.js";
import type { ViewGraph } from "../../core/graph/toViewGraph.js";
import type { PathResult } from "../../core/path/shortestPath.js";
import type { Highlight } from "./createRenderer.js";

export function highlightOf(
  graph: ViewGraph,
  visibility: Visibility,
  centre: string | null,
  path: PathResult | null,
  /** A selected relation: its two ends and the edge. */
  edge: string | null = null,
): Highlight | null {
  if (edge && graph.hasEdge(edge)) {
    const ends = [graph.source(edge), graph.target(edge)];
    return { nodes: new Set(ends), edges: new Set([edge]), primary: new Set(ends) };
  }
  if (path && path.nodes.length > 0) {
    return {
      nodes: new Set(path.nodes),
      edges: new Set(path.edges),
      primary: new Set([path.nodes[0]!, path.nodes[path.nodes.length - 1]!]),
    };
  }
  if (!centre || !graph.hasNode(centre) || !visibility.nodes.has(centre)) return null;
  const nodes = new Set([centre]);
  const edges = new Set<string>();
  graph.forEachEdge(centre, (edge, _a, source, target) => {
    if (!visibility.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === centre ? target : source);
  });
  return { nodes, edges, primary: new Set([centre]) };
}
