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

/**
 * The visibility after `nodes` and `edges` were added to the graph, from those alone: extends `visibility` in place
 * and returns what became visible. Null when "hide isolated" or "neighbours only" is on: an added relation can then
 * change what else is shown, and the caller computes the whole visibility again.
 */
export function extendVisibility(
  graph: ViewGraph,
  visibility: Visibility,
  filters: FilterState,
  focus: string | null,
  added: { nodes: readonly string[]; edges: readonly string[] },
): { nodes: string[]; edges: string[] } | null {
  if (filters.hideIsolated || (filters.neighboursOnly && focus)) return null;
  const nodes = added.nodes.filter((n) => nodePasses(graph.getNodeAttributes(n), filters));
  for (const n of nodes) visibility.nodes.add(n);
  const edges = added.edges.filter(
    (e) =>
      visibility.nodes.has(graph.source(e)) &&
      visibility.nodes.has(graph.target(e)) &&
      edgePasses(graph.getEdgeAttributes(e), filters),
  );
  for (const e of edges) visibility.edges.add(e);
  return { nodes, edges };
}
