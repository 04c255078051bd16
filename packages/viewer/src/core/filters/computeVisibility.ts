// Which nodes and edges pass the filters; an edge needs both ends visible. Computed once per filter change so the
// sigma reducers stay O(1) per item.

import type { ViewGraph } from "../graph/toViewGraph.js";
import type { FilterState } from "./filterState.js";
import { edgePasses, nodePasses } from "./filterState.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisibility(graph: ViewGraph, filters: FilterState, focus: string | null = null): Visibility {
  let nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodePasses(attrs, filters)) nodes.add(node);
  });
  let edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(attrs, filters)) edges.add(edge);
  });
  if (filters.neighboursOnly && focus && nodes.has(focus)) {
    const kept = new Set([focus]);
    graph.forEachEdge(focus, (edge, _a, source, target) => {
      if (edges.has(edge)) kept.add(source === focus ? target : source);
    });
    nodes = kept;
    edges = new Set([...edges].filter((e) => kept.has(graph.source(e)) && kept.has(graph.target(e))));
  }
  if (filters.hideIsolated) {
    const connected = new Set<string>();
    for (const e of edges) {
      connected.add(graph.source(e));
      connected.add(graph.target(e));
    }
    if (focus && nodes.has(focus)) connected.add(focus);
    nodes = connected;
  }
  return { nodes, edges };
}
