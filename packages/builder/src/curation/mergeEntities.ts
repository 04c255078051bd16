// Merges one entity node into another: attributes pooled, every edge re-pointed (and combined with an existing
// edge of the same source, category and target), the merged node removed.
import type { EntityAttributes, KnowledgeGraph } from "@newskg/graph-model";
import { edgeKeyOf, orientEdge } from "../graph/edgeKeyOf.js";
import { mergeRelationAttributes } from "../graph/mergeRelationAttributes.js";

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

export function mergeEntities(graph: KnowledgeGraph, from: string, into: string): void {
  if (from === into) return;
  const a = graph.getNodeAttributes(into) as EntityAttributes;
  const b = graph.getNodeAttributes(from) as EntityAttributes;
  const merged: EntityAttributes = {
    ...a,
    aliases: union(a.aliases, [b.label, ...b.aliases]),
    roles: union(a.roles, b.roles),
    mentions: [...a.mentions, ...b.mentions],
    docs: union(a.docs, b.docs).sort(),
    mentionCount: a.mentionCount + b.mentionCount,
    curated: true,
  };
  if (!merged.iso && b.iso) merged.iso = b.iso;
  if (merged.lat === undefined && b.lat !== undefined) merged.lat = b.lat;
  if (merged.lng === undefined && b.lng !== undefined) merged.lng = b.lng;
  graph.replaceNodeAttributes(into, merged);

  for (const edge of graph.edges(from)) {
    const attributes = graph.getEdgeAttributes(edge);
    const rawSource = graph.source(edge) === from ? into : graph.source(edge);
    const rawTarget = graph.target(edge) === from ? into : graph.target(edge);
    if (rawSource === rawTarget) continue; // a relation between the two merged entities becomes meaningless
    const [source, target] = orientEdge(rawSource, attributes.category, rawTarget);
    const key = edgeKeyOf(source, attributes.category, target);
    if (graph.hasEdge(key))
      graph.replaceEdgeAttributes(key, mergeRelationAttributes(graph.getEdgeAttributes(key), attributes));
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  graph.dropNode(from);
}
