// Degree, PageRank and Louvain communities as node attributes. Deterministic: seeded RNG, sorted insertion order.
import louvainModule from "graphology-communities-louvain";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph } from "@newskg/graph-model";
import type { EntityProjection } from "./entityProjection.js";
import { seededRandom } from "./seededRandom.js";
import { cjsDefault } from "./cjsDefault.js";

const louvain = cjsDefault(louvainModule);
const pagerank = cjsDefault(pagerankModule);

const LOUVAIN_SEED = 42;

/** Community ids renumbered by size (largest is 0), ties by smallest member key, so ids are stable and meaningful. */
function renumber(communities: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, c] of Object.entries(communities)) {
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const ids = new Map<string, number>();
  ordered.forEach((list, id) => list.forEach((node) => ids.set(node, id)));
  return ids;
}

/** PageRank, or (should the power iteration not converge) the normalised weighted degree. */
function pageranks(projection: EntityProjection): Record<string, number> {
  if (projection.order === 0) return {};
  try {
    return pagerank(projection, { getEdgeWeight: "weight", maxIterations: 1000 });
  } catch {
    const ranks: Record<string, number> = {};
    let total = 0;
    projection.forEachNode((node) => {
      ranks[node] = 1 + projection.degree(node);
      total += ranks[node];
    });
    for (const node in ranks) ranks[node]! /= total;
    return ranks;
  }
}

export function computeMetrics(graph: KnowledgeGraph, projection: EntityProjection): void {
  const ranks = pageranks(projection);
  const communities =
    projection.size > 0
      ? renumber(louvain(projection, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) }))
      : new Map<string, number>();
  // Isolated entities (or a graph without relations) each get their own community after the detected ones.
  let nextCommunity = new Set(communities.values()).size;
  projection.forEachNode((node) => {
    const community = communities.get(node) ?? nextCommunity++;
    graph.mergeNodeAttributes(node, { degree: projection.degree(node), pagerank: ranks[node] ?? 0, community });
  });
  documentMetrics(graph, nextCommunity);
}

/** Documents' degree and community from the entities they mention (`nextCommunity`: the first unused id). */
export function documentMetrics(graph: KnowledgeGraph, nextCommunity: number): void {
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "document") return;
    // A document belongs to the community most of the entities it mentions are in.
    const counts = new Map<number, number>();
    let degree = 0;
    graph.forEachOutEdge(node, (_edge, edgeAttributes, _source, target) => {
      if (edgeAttributes.category !== "MENTIONS") return;
      degree++;
      const c = graph.getNodeAttribute(target, "community");
      counts.set(c, (counts.get(c) ?? 0) + 1);
    });
    let community = -1;
    let best = 0;
    for (const [c, n] of counts) {
      if (n > best || (n === best && c < community)) [community, best] = [c, n];
    }
    graph.mergeNodeAttributes(node, { degree, pagerank: 0, community: community < 0 ? nextCommunity++ : community });
  });
}
