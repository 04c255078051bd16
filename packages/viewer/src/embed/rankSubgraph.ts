// A widget shows a readable local neighbourhood, not a ring of hundreds: neighbours are ranked (specific relations
// before co-occurrence, then confidence, then the entity's size, i.e. centrality) and cut to `maxNodes`; further hops
// fill what is left of the budget. Options drop co-occurrence and entity types first.

import type { Subgraph, SubgraphEdge } from "../core/neighborhood/subgraph.js";

export interface RankOptions {
  maxNodes: number;
  /** Entity types to keep (null: all). */
  types: ReadonlySet<string> | null;
  hideCoOccurrence: boolean;
}

export const DEFAULT_MAX_NODES = 25;
export const MAX_MAX_NODES = 80;

const edgeScore = (e: SubgraphEdge) => (e.category === "CO_OCCURRENCE" ? 0 : 10) + e.confidence;

export function rankSubgraph(sub: Subgraph, opts: RankOptions): Subgraph {
  const nodeById = new Map(sub.nodes.map((n) => [n.id, n]));
  const keepType = (id: string) => id === sub.focus || !opts.types || opts.types.has(nodeById.get(id)?.type ?? "");
  const edges = sub.edges.filter(
    (e) =>
      !(opts.hideCoOccurrence && e.category === "CO_OCCURRENCE") &&
      nodeById.has(e.source) &&
      nodeById.has(e.target) &&
      keepType(e.source) &&
      keepType(e.target),
  );
  const adjacency = new Map<string, SubgraphEdge[]>();
  for (const e of edges)
    for (const n of [e.source, e.target]) {
      let list = adjacency.get(n);
      if (!list) adjacency.set(n, (list = []));
      list.push(e);
    }
  const budget = Math.max(1, opts.maxNodes);
  const kept = new Set([sub.focus]);
  let frontier = [sub.focus];
  let cut = false;
  while (frontier.length && kept.size < budget + 1) {
    const best = new Map<string, number>();
    for (const n of frontier)
      for (const e of adjacency.get(n) ?? []) {
        const other = e.source === n ? e.target : e.source;
        if (kept.has(other)) continue;
        best.set(other, Math.max(best.get(other) ?? -1, edgeScore(e)));
      }
    const ranked = [...best].sort(
      (a, b) => b[1] - a[1] || (nodeById.get(b[0])?.size ?? 0) - (nodeById.get(a[0])?.size ?? 0),
    );
    const room = budget + 1 - kept.size;
    if (ranked.length > room) cut = true;
    frontier = ranked.slice(0, room).map(([id]) => id);
    for (const id of frontier) kept.add(id);
  }
  return {
    focus: sub.focus,
    nodes: sub.nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    truncated: sub.truncated || cut,
  };
}
