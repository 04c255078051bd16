import type { KnowledgeGraph } from "@newskg/graph-model";

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** CO_OCCURRENCE says "nothing more specific was found": drop it wherever the pair has a more specific relation. */
export function dropRedundantCoOccurrences(graph: KnowledgeGraph): number {
  const specific = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.category !== "CO_OCCURRENCE" && attributes.category !== "MENTIONS")
      specific.add(pairKey(source, target));
  });
  const redundant: string[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.category === "CO_OCCURRENCE" && specific.has(pairKey(source, target))) redundant.push(edge);
  });
  for (const edge of redundant) graph.dropEdge(edge);
  return redundant.length;
}
