// Graph-wide numbers for a small change without recomputing them: PageRank, communities and the layout move for
// almost every entity when a few articles are added (PageRank renormalises, Louvain and ForceAtlas2 start again), so
// a build that recomputes them rewrites nearly every entity row. Carried, an entity of the previous build keeps its
// PageRank, community and position; a new one takes the community most of its known neighbours are in, a position
// beside them and the smallest PageRank known. Degree and size are local and always exact. The result is stale
// (PageRank no longer sums to 1; communities do not split or merge) until a build computes them in full.
import type { KnowledgeGraph } from "@newskg/graph-model";
import { documentPositions, nodeSize } from "./computeLayout.js";
import { documentMetrics } from "./computeMetrics.js";
import type { EntityProjection } from "./entityProjection.js";
import { hashString } from "./seededRandom.js";

export interface KnownMetrics {
  pagerank: number;
  community: number;
  x: number;
  y: number;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Carries `known` into the graph; returns how many entities kept their numbers and how many were placed anew. */
export function carryMetrics(
  graph: KnowledgeGraph,
  projection: EntityProjection,
  known: ReadonlyMap<string, KnownMetrics>,
): { carried: number; placed: number } {
  let lowest = Infinity;
  let nextCommunity = 0;
  for (const m of known.values()) {
    if (m.pagerank < lowest) lowest = m.pagerank;
    if (m.community >= nextCommunity) nextCommunity = m.community + 1;
  }
  if (lowest === Infinity) lowest = 0;
  let carried = 0;
  const fresh: string[] = [];
  projection.forEachNode((node) => {
    const degree = projection.degree(node);
    const m = known.get(node);
    if (!m) {
      fresh.push(node);
      return;
    }
    carried++;
    graph.mergeNodeAttributes(node, { ...m, degree, size: nodeSize(degree, "entity") });
  });
  // New entities in key order (deterministic), each placed from the neighbours placed before it.
  const placed = new Map<string, KnownMetrics>();
  for (const node of fresh.sort()) {
    const votes = new Map<number, number>();
    let sx = 0;
    let sy = 0;
    let n = 0;
    projection.forEachNeighbor(node, (neighbor) => {
      const m = known.get(neighbor) ?? placed.get(neighbor);
      if (!m) return;
      const weight = projection.getEdgeAttribute(node, neighbor, "weight");
      votes.set(m.community, (votes.get(m.community) ?? 0) + weight);
      sx += m.x;
      sy += m.y;
      n++;
    });
    let community = -1;
    let best = 0;
    for (const [c, w] of votes) if (w > best || (w === best && c < community)) [community, best] = [c, w];
    const angle = ((hashString(node) & 0xffff) / 0x10000) * 2 * Math.PI;
    const at = {
      pagerank: lowest,
      community: community < 0 ? nextCommunity++ : community,
      x: round((n > 0 ? sx / n : 0) + 8 * Math.cos(angle)),
      y: round((n > 0 ? sy / n : 0) + 8 * Math.sin(angle)),
    };
    placed.set(node, at);
    const degree = projection.degree(node);
    graph.mergeNodeAttributes(node, { ...at, degree, size: nodeSize(degree, "entity") });
  }
  documentMetrics(graph, nextCommunity);
  documentPositions(graph);
  return { carried, placed: fresh.length };
}
