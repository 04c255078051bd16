// Puts per-article extractions and the cross-document resolution together into the knowledge graph:
// document nodes, entity nodes, MENTIONS provenance edges and aggregated relation edges.
import type {
  DocumentAttributes,
  EntityAttributes,
  Evidence,
  Quantity,
  RelationAttributes,
  RelationCategory,
} from "@newskg/graph-model";
import { createKnowledgeGraph, type KnowledgeGraph } from "@newskg/graph-model";
import type { CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { edgeKeyOf, orientEdge } from "./edgeKeyOf.js";
import { evidenceKey, noisyOr } from "./mergeRelationAttributes.js";
import { dropRedundantCoOccurrences } from "./dropRedundantCoOccurrences.js";

interface RelationAccumulator {
  source: string;
  target: string;
  category: RelationCategory;
  labelCounts: Map<string, number>;
  confidence: number;
  instances: number;
  evidence: Map<string, Evidence>;
  docs: Set<string>;
  date?: string;
  quantities: Map<string, Quantity>;
  cameo?: string;
}

const METRIC_PLACEHOLDERS = { degree: 0, pagerank: 0, community: 0, x: 0, y: 0, size: 1 };

function documentAttributes(article: ArticleRecord): DocumentAttributes {
  const attributes: DocumentAttributes = {
    kind: "document",
    type: "DOCUMENT",
    label: article.title,
    title: article.title,
    file: article.file,
    contentHash: article.contentHash,
    text: article.text,
    wordCount: article.wordCount,
    ...METRIC_PLACEHOLDERS,
  };
  if (article.publisher) attributes.publisher = article.publisher;
  if (article.date) attributes.date = article.date;
  if (article.url) attributes.url = article.url;
  if (article.source) attributes.source = article.source;
  return attributes;
}

function mostFrequent(counts: Map<string, number>): string[] {
  // Stable: ties keep first-seen order (Map iteration order).
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

export function assembleGraph(
  articles: readonly ArticleRecord[],
  extractions: ReadonlyMap<string, DocumentExtraction>,
  resolution: CrossDocumentResolution,
): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const sortedArticles = [...articles].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
  for (const article of sortedArticles) graph.addNode(article.docKey, documentAttributes(article));

  const entities = [...resolution.entities].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const entity of entities) {
    if (graph.hasNode(entity.key)) continue;
    const attributes: EntityAttributes = {
      kind: "entity",
      type: entity.type,
      label: entity.label,
      aliases: [...new Set([entity.label, ...entity.aliases])],
      roles: [...new Set(entity.roles)],
      mentions: entity.mentions,
      docs: [...new Set(entity.docs)].sort(),
      mentionCount: entity.mentions.length,
      ...METRIC_PLACEHOLDERS,
    };
    if (entity.iso) attributes.iso = entity.iso;
    if (entity.lat !== undefined) attributes.lat = entity.lat;
    if (entity.lng !== undefined) attributes.lng = entity.lng;
    graph.addNode(entity.key, attributes);

    // Provenance: one MENTIONS edge per document that names the entity, weighted by how often it does.
    const perDoc = new Map<string, number>();
    for (const mention of entity.mentions) perDoc.set(mention.doc, (perDoc.get(mention.doc) ?? 0) + 1);
    for (const doc of attributes.docs) {
      if (!graph.hasNode(doc)) continue;
      const count = perDoc.get(doc) ?? 1;
      graph.addDirectedEdgeWithKey(edgeKeyOf(doc, "MENTIONS", entity.key), doc, entity.key, {
        category: "MENTIONS",
        label: "mentions",
        labels: ["mentions"],
        confidence: 1,
        weight: count,
        evidence: [],
        docs: [doc],
      });
    }
  }

  const relations = new Map<string, RelationAccumulator>();
  for (const article of sortedArticles) {
    const extraction = extractions.get(article.docKey);
    if (!extraction) continue;
    for (const relation of extraction.relations) {
      const rawSource = resolution.keyOf.get(`${article.docKey}#${relation.source}`);
      const rawTarget = resolution.keyOf.get(`${article.docKey}#${relation.target}`);
      if (!rawSource || !rawTarget || rawSource === rawTarget) continue;
      if (!graph.hasNode(rawSource) || !graph.hasNode(rawTarget)) continue;
      const [source, target] = orientEdge(rawSource, relation.category, rawTarget);
      const key = edgeKeyOf(source, relation.category, target);
      let acc = relations.get(key);
      if (!acc) {
        acc = {
          source,
          target,
          category: relation.category,
          labelCounts: new Map(),
          confidence: 0,
          instances: 0,
          evidence: new Map(),
          docs: new Set(),
          quantities: new Map(),
        };
        relations.set(key, acc);
      }
      acc.labelCounts.set(relation.label, (acc.labelCounts.get(relation.label) ?? 0) + 1);
      acc.confidence = noisyOr(acc.confidence, Math.min(1, Math.max(0, relation.confidence)));
      acc.instances++;
      acc.docs.add(article.docKey);
      for (const evidence of relation.evidence) {
        acc.evidence.set(evidenceKey(evidence), evidence);
        acc.docs.add(evidence.doc);
      }
      if (!acc.date && relation.date) acc.date = relation.date;
      for (const q of relation.quantities ?? [])
        acc.quantities.set(`${q.value}\u0000${q.unit ?? ""}\u0000${q.text}`, q);
      if (!acc.cameo && relation.cameo) acc.cameo = relation.cameo;
    }
  }

  for (const key of [...relations.keys()].sort()) {
    const acc = relations.get(key)!;
    const labels = mostFrequent(acc.labelCounts);
    const evidence = [...acc.evidence.values()];
    const attributes: RelationAttributes = {
      category: acc.category,
      label: labels[0] ?? acc.category.toLowerCase(),
      labels,
      confidence: acc.confidence,
      weight: evidence.length || acc.instances,
      evidence,
      docs: [...acc.docs].sort(),
    };
    if (acc.date) attributes.date = acc.date;
    if (acc.quantities.size > 0) attributes.quantities = [...acc.quantities.values()];
    if (acc.cameo) attributes.cameo = acc.cameo;
    graph.addDirectedEdgeWithKey(key, acc.source, acc.target, attributes);
  }
  dropRedundantCoOccurrences(graph);
  return graph;
}
