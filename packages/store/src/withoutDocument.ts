// A graph (or the part of one that names a document) without that document: its node, its mentions and evidence
// everywhere, the entities and relations it alone held. Rows that never held it are left as they are.
import type { SerializedEdge, SerializedKnowledgeGraph, SerializedNode } from "@newskg/graph-model";

export function withoutDocument(graph: SerializedKnowledgeGraph, key: string): SerializedKnowledgeGraph {
  const nodes: SerializedNode[] = [];
  const dropped = new Set<string>([key]);
  for (const node of graph.nodes) {
    if (node.key === key) continue;
    const a = node.attributes;
    if (a.kind === "entity" && (a.docs.includes(key) || a.mentions.some((m) => m.doc === key))) {
      const mentions = a.mentions.filter((m) => m.doc !== key);
      const docs = a.docs.filter((d) => d !== key);
      if (docs.length === 0 && a.docs.length > 0) {
        dropped.add(node.key);
        continue;
      }
      nodes.push({ key: node.key, attributes: { ...a, mentions, docs, mentionCount: mentions.length } });
    } else nodes.push(node);
  }
  const edges: SerializedEdge[] = [];
  for (const edge of graph.edges) {
    if (dropped.has(edge.source) || dropped.has(edge.target)) continue;
    const a = edge.attributes;
    // A relation that never held the document keeps its weight (evidence may be capped below it).
    if (!a.docs.includes(key) && !a.evidence.some((e) => e.doc === key)) {
      edges.push(edge);
      continue;
    }
    const evidence = a.evidence.filter((e) => e.doc !== key);
    const docs = a.docs.filter((d) => d !== key);
    if (docs.length === 0 && a.docs.length > 0) continue;
    edges.push({ ...edge, attributes: { ...a, evidence, docs, weight: evidence.length || a.weight } });
  }
  return {
    ...graph,
    attributes: { ...graph.attributes, documentCount: Math.max(0, graph.attributes.documentCount - 1) },
    nodes,
    edges,
  };
}
