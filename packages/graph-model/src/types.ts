// The graph file contract: graph-data/graph.json is a graphology serialization
// ({ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] })
// of a directed multigraph whose attributes follow these types. Names follow ../shared/ONTOLOGY.md.

export const ENTITY_TYPES = ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type NodeType = EntityType | "DOCUMENT";

export const RELATION_CATEGORIES = [
  "ROLE",
  "PART_OF",
  "LOCATION",
  "ALLIANCE",
  "ASSOCIATION",
  "STATEMENT",
  "SUPPORT",
  "OPPOSITION",
  "COERCION",
  "VIOLENCE",
  "MOVEMENT",
  "ANNOUNCEMENT",
  "ORIGIN",
  "CO_OCCURRENCE",
] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];
export type EdgeCategory = RelationCategory | "MENTIONS";

/** Categories whose direction carries no meaning. */
export const SYMMETRIC_CATEGORIES: ReadonlySet<EdgeCategory> = new Set(["ALLIANCE", "ASSOCIATION", "CO_OCCURRENCE"]);

/**
 * The entity types each standing relation joins (../shared/ONTOLOGY.md): a person holds a role in an organization,
 * country or place; an organization is part of another or of a country; a place or organization lies in a place or
 * country; a person is from a place or country. Event categories take any actor.
 */
export const STATIC_CATEGORY_TYPES: Readonly<
  Partial<Record<RelationCategory, { source: readonly EntityType[]; target: readonly EntityType[] }>>
> = {
  ROLE: { source: ["PERSON"], target: ["ORGANIZATION", "COUNTRY", "LOCATION"] },
  PART_OF: { source: ["ORGANIZATION"], target: ["ORGANIZATION", "COUNTRY"] },
  LOCATION: { source: ["LOCATION", "ORGANIZATION", "EVENT"], target: ["LOCATION", "COUNTRY"] },
  ORIGIN: { source: ["PERSON"], target: ["COUNTRY", "LOCATION"] },
};

/** Whether a relation of this category may join entities of these types (always, for categories not listed). */
export function categoryFitsTypes(category: RelationCategory, source: NodeType, target: NodeType): boolean {
  const types = STATIC_CATEGORY_TYPES[category];
  if (!types) return true;
  return (types.source as readonly string[]).includes(source) && (types.target as readonly string[]).includes(target);
}

/** Where a surface form of an entity occurs: character offsets are into the document's `text`. */
export interface Mention {
  doc: string; // document node key
  start: number;
  end: number;
  text: string;
  sentence: number; // index of the sentence in the document
}

/** One sentence that supports a relation. Offsets are into the document's `text`. */
export interface Evidence {
  doc: string; // document node key
  start: number; // start of the sentence
  end: number; // end of the sentence
  text: string; // the sentence text
  /** Span of the trigger words ("detained", "told") inside the document, when known. */
  trigger?: { start: number; end: number };
}

export interface Quantity {
  value: number;
  unit?: string; // "people", "per day", ...
  text: string; // as written: "around 98,000", "10,000 per day"
}

export interface EntityAttributes {
  kind: "entity";
  type: EntityType;
  label: string; // canonical display name
  aliases: string[]; // every surface form seen (label included)
  roles: string[]; // titles as written, e.g. "President", "police spokesman"
  description?: string;
  mentions: Mention[];
  docs: string[]; // document keys
  mentionCount: number;
  /** ISO 3166-1 alpha-2 for countries; ISO 3166-3 (four letters, e.g. SUHH) for former states. */
  iso?: string;
  lat?: number;
  lng?: number;
  // Computed by the builder's metrics and layout steps:
  degree: number; // distinct neighbours over relation edges (MENTIONS excluded)
  pagerank: number;
  community: number; // Louvain community id
  x: number;
  y: number;
  size: number; // suggested render size
  /** Set when an analyst's curation changed this entity. */
  curated?: boolean;
}

export interface DocumentAttributes {
  kind: "document";
  type: "DOCUMENT";
  label: string; // the title
  title: string;
  publisher?: string;
  date?: string; // ISO 8601 date (YYYY-MM-DD) or partial (YYYY-MM)
  url?: string;
  source?: string; // free-text provenance note
  file: string; // path relative to the articles directory
  contentHash: string; // sha256 of the normalised text
  text: string; // the article text the offsets refer to
  wordCount: number;
  degree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
}

export type NodeAttributes = EntityAttributes | DocumentAttributes;

export interface RelationAttributes {
  category: EdgeCategory;
  label: string; // the wording, e.g. "detained", "President"
  labels: string[]; // every distinct wording seen, label first
  confidence: number; // 0..1
  weight: number; // number of supporting sentences
  date?: string; // ISO date the text gives for the relation, normalised against the article date
  quantities?: Quantity[];
  cameo?: string; // CAMEO code when the category maps to one, e.g. "173"
  evidence: Evidence[];
  docs: string[];
  curated?: boolean;
  note?: string; // analyst's note for edges added by curation
}

export interface GraphAttributes {
  name: string;
  builtAt: string; // ISO timestamp
  builderVersion: string;
  nerModel?: string;
  documentCount: number;
  curationApplied: boolean;
  /**
   * Set when PageRank, communities and layout were carried from an earlier build instead of recomputed (`kg build
   * --carry-metrics`): when they were last computed in full, and for how many documents. Absent: computed now.
   */
  metricsFrom?: { builtAt: string; documentCount: number };
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
}
export interface SerializedKnowledgeGraph {
  attributes: GraphAttributes;
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}
