// Deterministic layout: entities start from a community layout (Louvain communities on a sunflower spiral, the
// largest in the middle, each a disc sized by its membership, members ordered by PageRank from its centre), then
// ForceAtlas2 refines it for a number of iterations that shrinks with the graph so that the layout stays a small
// share of the build (FA2 costs ~10-20 µs per node per iteration). Documents sit at the centre of what they mention.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "@newskg/graph-model";
import type { EntityProjection } from "./entityProjection.js";
import { hashString } from "./seededRandom.js";
import { cjsDefault } from "./cjsDefault.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Node-and-edge iterations of ForceAtlas2 per build: about half a second of layout at most. */
const FA2_BUDGET = 120_000;

/** ~500 iterations on small graphs, a few on very large ones (their start layout is already structured). */
export function layoutIterations(order: number, size: number): number {
  return Math.max(2, Math.min(500, Math.round(FA2_BUDGET / Math.max(1, order + size))));
}

export function nodeSize(degree: number, kind: "entity" | "document"): number {
  return kind === "document" ? 3 : Math.round((4 + 4 * Math.log2(1 + degree)) * 100) / 100;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Point i of a sunflower spiral holding n unit-area points. */
function sunflower(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i + 0.5);
  const a = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

function communityLayout(graph: KnowledgeGraph, projection: EntityProjection): void {
  const members = new Map<number, string[]>();
  projection.forEachNode((node) => {
    const c = graph.getNodeAttribute(node, "community");
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const spacing = 10;
  // Communities ordered by size: the first (largest) at the centre of the spiral.
  const communities = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  let slot = 0;
  for (const [, nodes] of communities) {
    const rank = new Map(nodes.map((node) => [node, graph.getNodeAttribute(node, "pagerank")]));
    const ranked = nodes.sort((a, b) => rank.get(b)! - rank.get(a)! || (a < b ? -1 : 1));
    // The community's disc occupies as many spiral slots as it has members; its centre is their middle slot.
    const centre = sunflower(slot + (ranked.length - 1) / 2, spacing * 1.15);
    slot += ranked.length;
    ranked.forEach((node, i) => {
      const p = sunflower(i, spacing);
      // A tiny hashed offset breaks exact symmetries that FA2 cannot resolve.
      const h = hashString(node);
      projection.mergeNodeAttributes(node, {
        x: centre.x + p.x + (h & 0xff) / 256,
        y: centre.y + p.y + (h >>> 24) / 256,
      });
    });
  }
}

export function computeLayout(graph: KnowledgeGraph, projection: EntityProjection): void {
  communityLayout(graph, projection);
  if (projection.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(projection), barnesHutOptimize: projection.order > 2000 };
    forceAtlas2.assign(projection, {
      iterations: layoutIterations(projection.order, projection.size),
      settings,
      getEdgeWeight: "weight",
    });
  }
  projection.forEachNode((node, { x = 0, y = 0 }) => {
    graph.mergeNodeAttributes(node, { x: round(x), y: round(y), size: nodeSize(projection.degree(node), "entity") });
  });
  documentPositions(graph);
}

/** Documents sit at the centre of the entities they mention. */
export function documentPositions(graph: KnowledgeGraph): void {
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "document") return;
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachOutNeighbor(node, (_neighbor, neighborAttributes) => {
      if (neighborAttributes.kind !== "entity") return;
      sx += neighborAttributes.x;
      sy += neighborAttributes.y;
      n++;
    });
    // Offset from the centroid so that a document does not hide its only entity.
    const h = hashString(node);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    graph.mergeNodeAttributes(node, {
      x: round((n > 0 ? sx / n : 0) + 6 * Math.cos(angle)),
      y: round((n > 0 ? sy / n : 0) + 6 * Math.sin(angle)),
      size: nodeSize(attributes.degree, "document"),
    });
  });
}
