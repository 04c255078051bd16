// Which nodes and edges pass the filters; an edge needs both ends visible. Computed once per filter change so the
// sigma reducers stay O(1) per item.

import type { ViewGraph } from "../graph/toViewGraph.js";
import type { FilterState } from "./filterState.js";
import { edgePasses, nodePasses } from "./filterState.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisibility(graph: ViewGraph, filters: FilterState): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodePasses(attrs, filters)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(attrs, filters)) edges.add(edge);
  });
  return { nodes, edges };
}
