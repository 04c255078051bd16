// Metrics and layout run on a simple undirected weighted graph of entities (relation edges only): parallel
// edges of different categories collapse into one, MENTIONS edges and documents stay out.
import { UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "@newskg/graph-model";

export type EntityProjection = UndirectedGraph<{ x?: number; y?: number }, { weight: number }>;

export function entityProjection(graph: KnowledgeGraph): EntityProjection {
  const projection: EntityProjection = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "entity") projection.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.category === "MENTIONS" || !projection.hasNode(source) || !projection.hasNode(target)) return;
    projection.updateEdge(source, target, (edge) => ({ weight: (edge.weight ?? 0) + attributes.weight }));
  });
  return projection;
}
