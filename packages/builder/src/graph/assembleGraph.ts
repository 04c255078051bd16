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
import { categoryFitsTypes, createKnowledgeGraph, type KnowledgeGraph } from "@newskg/graph-model";
import type { CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { edgeKeyOf, orientEdge } from "./edgeKeyOf.js";
import { evidenceKey, noisyOr } from "./mergeRelationAttributes.js";

/** Support gathered for one (source, category, target); allocations stay small for the common single-sentence case. */
interface RelationAccumulator {
  source: string;
  target: string;
  category: RelationCategory;
  /** Wordings in first-seen order with their counts. */
  labels: string[];
  labelCounts: number[];
  confidence: number;
  instances: number;
  evidence: Evidence[];
  /** Evidence identity -> the article it came from, created once a linear scan would cost more. */
  evidenceKeys: Map<string, string> | null;
  docs: string[];
  /** Membership of docs, created once the list is long enough for a linear scan to cost more. */
  docSet: Set<string> | null;
  date?: string;
  quantities: Quantity[] | null;
  cameo?: string;
}

/**
 * Evidence identity: the sentence's text, so the same sentence in two articles (a duplicate article, a wire copy
 * run twice) is one piece of evidence, not two; its position where there is no text.
 */
const evidenceIdentity = (e: Evidence): string => e.text.trim() || evidenceKey(e);

/**
 * Adds a piece of evidence unless the edge already has that sentence. False when the sentence came from another
 * article before (a copy of it: no independent support).
 */
function addEvidence(acc: RelationAccumulator, evidence: Evidence): boolean {
  addDoc(acc, evidence.doc);
  const key = evidenceIdentity(evidence);
  if (acc.evidenceKeys) {
    const doc = acc.evidenceKeys.get(key);
    if (doc !== undefined) return doc === evidence.doc;
    acc.evidenceKeys.set(key, evidence.doc);
  } else {
    for (const seen of acc.evidence) if (evidenceIdentity(seen) === key) return seen.doc === evidence.doc;
    if (acc.evidence.length >= 8)
      acc.evidenceKeys = new Map([...acc.evidence, evidence].map((e) => [evidenceIdentity(e), e.doc]));
  }
  acc.evidence.push(evidence);
  return true;
}

/**
 * Adds a document once. A relation between two hubs gathers thousands of documents: a scan of the list for each
 * new one made assembling grow with the square of the corpus.
 */
function addDoc(acc: RelationAccumulator, doc: string): void {
  if (acc.docs[acc.docs.length - 1] === doc) return; // articles come in order: the usual repeat is the last one
  if (acc.docSet) {
    if (acc.docSet.has(doc)) return;
    acc.docSet.add(doc);
  } else {
    if (acc.docs.includes(doc)) return;
    if (acc.docs.length >= 8) acc.docSet = new Set([...acc.docs, doc]);
  }
  acc.docs.push(doc);
}

function addLabel(acc: RelationAccumulator, label: string): void {
  const i = acc.labels.indexOf(label);
  if (i >= 0) acc.labelCounts[i]!++;
  else {
    acc.labels.push(label);
    acc.labelCounts.push(1);
  }
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

/** Labels by frequency; ties keep first-seen order (the sort is stable). */
function byFrequency(acc: RelationAccumulator): string[] {
  if (acc.labels.length === 1) return acc.labels;
  return acc.labels
    .map((label, i) => ({ label, count: acc.labelCounts[i]! }))
    .sort((a, b) => b.count - a.count)
    .map(({ label }) => label);
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
      // A standing relation whose ends the resolution typed against its signature (a "role" of a person in a
      // person, a place "located in" a company) states nothing the ontology allows: it is kept as co-occurrence.
      const fits = categoryFitsTypes(
        relation.category,
        graph.getNodeAttribute(rawSource, "type"),
        graph.getNodeAttribute(rawTarget, "type"),
      );
      const category: RelationCategory = fits ? relation.category : "CO_OCCURRENCE";
      const [source, target] = orientEdge(rawSource, category, rawTarget);
      const key = edgeKeyOf(source, category, target);
      let acc = relations.get(key);
      if (!acc) {
        acc = {
          source,
          target,
          category,
          labels: [],
          labelCounts: [],
          confidence: 0,
          instances: 0,
          evidence: [],
          evidenceKeys: null,
          docs: [article.docKey],
          docSet: null,
          quantities: null,
        };
        relations.set(key, acc);
      } else addDoc(acc, article.docKey);
      addLabel(acc, fits ? relation.label : "named together");
      acc.instances++;
      let fresh = relation.evidence.length === 0;
      for (const evidence of relation.evidence) if (addEvidence(acc, evidence)) fresh = true;
      // A sentence another article already gave the edge is no independent support: no second noisy-or.
      if (fresh) acc.confidence = noisyOr(acc.confidence, Math.min(1, Math.max(0, relation.confidence)));
      if (!acc.date && relation.date) acc.date = relation.date;
      if (relation.quantities && relation.quantities.length > 0) {
        acc.quantities ??= [];
        for (const q of relation.quantities)
          if (!acc.quantities.some((o) => o.value === q.value && o.unit === q.unit && o.text === q.text))
            acc.quantities.push(q);
      }
      if (!acc.cameo && relation.cameo) acc.cameo = relation.cameo;
    }
  }

  // CO_OCCURRENCE means "nothing more specific": skip it for pairs that have a specific relation.
  const pair = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const specific = new Set<string>();
  for (const acc of relations.values())
    if (acc.category !== "CO_OCCURRENCE") specific.add(pair(acc.source, acc.target));

  for (const key of [...relations.keys()].sort()) {
    const acc = relations.get(key)!;
    if (acc.category === "CO_OCCURRENCE" && specific.has(pair(acc.source, acc.target))) continue;
    const labels = byFrequency(acc);
    const evidence = acc.evidence;
    const attributes: RelationAttributes = {
      category: acc.category,
      label: labels[0] ?? acc.category.toLowerCase(),
      labels,
      confidence: acc.confidence,
      weight: evidence.length || acc.instances,
      evidence,
      docs: acc.docs.length > 1 ? acc.docs.sort() : acc.docs,
    };
    if (acc.date) attributes.date = acc.date;
    if (acc.quantities) attributes.quantities = acc.quantities;
    if (acc.cameo) attributes.cameo = acc.cameo;
    graph.addDirectedEdgeWithKey(key, acc.source, acc.target, attributes);
  }
  return graph;
}
