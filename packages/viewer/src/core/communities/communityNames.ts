// Communities named after their most central members ("A, B and 40 others"), so a legend says who is in them.

import type { ViewGraph } from "../graph/toViewGraph.js";

/** "A, B and 40 more": a community named after its most central members. */
export function communityName(top: readonly string[], size: number): string {
  const rest = size - top.length;
  return rest > 0 ? `${top.join(", ")} and ${rest} more` : top.join(", ");
}

export interface CommunitySummary {
  id: number;
  name: string;
  size: number;
}

/** Communities by decreasing size, each named after its two most central members. */
export function communityNames(graph: ViewGraph): CommunitySummary[] {
  const members = new Map<number, { size: number; top: Array<{ label: string; score: number }> }>();
  graph.forEachNode((_, a) => {
    let m = members.get(a.community);
    if (!m) members.set(a.community, (m = { size: 0, top: [] }));
    m.size++;
    const score = a.pagerank * 1e6 + a.degree;
    m.top.push({ label: a.label, score });
    if (m.top.length > 2) {
      m.top.sort((x, y) => y.score - x.score);
      m.top.length = 2;
    }
  });
  return [...members]
    .map(([id, m]) => {
      const top = m.top.sort((x, y) => y.score - x.score).map((t) => t.label);
      return { id, size: m.size, name: communityName(top, m.size) };
    })
    .sort((a, b) => b.size - a.size || a.id - b.id);
}
