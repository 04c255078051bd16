// Deterministic ForceAtlas2 layout of the entities: start positions from a hash of the key, a fixed number of
// iterations (fewer on big graphs so the layout stays a small share of the build), then documents placed at the
// centre of what they mention.
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "@newskg/graph-model";
import type { EntityProjection } from "./entityProjection.js";
import { hashString } from "./seededRandom.js";
import { cjsDefault } from "./cjsDefault.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** Iterations scale down with size: ~500 on small graphs, at least 20 on very large ones. */
export function layoutIterations(order: number, size: number): number {
  return Math.max(20, Math.min(500, Math.round(2_000_000 / Math.max(1, order + size))));
}

function hashedPoint(key: string, radius: number): { x: number; y: number } {
  const h = hashString(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const r = radius * Math.sqrt(((h >>> 16) + 1) / 0x10000);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function nodeSize(degree: number, kind: "entity" | "document"): number {
  return kind === "document" ? 3 : Math.round((4 + 4 * Math.log2(1 + degree)) * 100) / 100;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function computeLayout(graph: KnowledgeGraph, projection: EntityProjection): void {
  const radius = 10 * Math.sqrt(Math.max(1, projection.order));
  projection.forEachNode((node) => projection.mergeNodeAttributes(node, hashedPoint(node, radius)));
  if (projection.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(projection), barnesHutOptimize: projection.order > 1000 };
    forceAtlas2.assign(projection, {
      iterations: layoutIterations(projection.order, projection.size),
      settings,
      getEdgeWeight: "weight",
    });
  }
  projection.forEachNode((node, { x = 0, y = 0 }) => {
    graph.mergeNodeAttributes(node, { x: round(x), y: round(y), size: nodeSize(projection.degree(node), "entity") });
  });

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
    // Offset from the centroid so a document does not sit exactly on top of its only entity.
    const jitter = hashedPoint(node, n > 0 ? 5 : radius);
    graph.mergeNodeAttributes(node, {
      x: round((n > 0 ? sx / n : 0) + jitter.x),
      y: round((n > 0 ? sy / n : 0) + jitter.y),
      size: nodeSize(attributes.degree, "document"),
    });
  });
}
