// What the legend and the filters count: entities per type, relations per category, communities (named after their
// most central members) and the date range. From a graph file the loaded graph is the whole graph; in API mode the
// browser holds only part of it, so the server's whole-graph facets replace the loaded counts when they arrive.

import type { CommunitySummary } from "../communities/communityNames.js";
import { communityNames } from "../communities/communityNames.js";
import type { ViewGraph } from "../graph/toViewGraph.js";

export interface GraphFacets {
  /** "whole": counts of the whole graph; "loaded": only of what the browser holds so far. */
  scope: "whole" | "loaded";
  entityCount: number;
  relationCount: number;
  entitiesByType: ReadonlyMap<string, number>;
  relationsByCategory: ReadonlyMap<string, number>;
  /** Largest first. */
  communities: readonly CommunitySummary[];
  dateRange: { from: string; to: string } | null;
}

export function facetsOfGraph(graph: ViewGraph, scope: GraphFacets["scope"]): GraphFacets {
  const types = new Map<string, number>();
  graph.forEachNode((_, a) => types.set(a.entityType, (types.get(a.entityType) ?? 0) + 1));
  const categories = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  graph.forEachEdge((_, a) => {
    categories.set(a.category, (categories.get(a.category) ?? 0) + 1);
    // Day precision, as the server's facets give it.
    const d = a.date?.slice(0, 10);
    if (d) {
      if (from === null || d < from) from = d;
      if (to === null || d > to) to = d;
    }
  });
  return {
    scope,
    entityCount: graph.order,
    relationCount: graph.size,
    entitiesByType: types,
    relationsByCategory: categories,
    communities: communityNames(graph),
    dateRange: from !== null && to !== null ? { from, to } : null,
  };
}
