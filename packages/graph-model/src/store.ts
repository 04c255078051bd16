// The graph store contract: one interface over two engines (SQLite embedded, the default, at graph-data/graph.db;
// PostgreSQL for several builders and servers), the same schema in both (packages/store/migrations/<engine>/):
// documents, sentences, entities, aliases, mentions, relations, evidence, curation log, build metadata.
// Writes are transactional and incremental (rows whose content did not change are not touched); every committed
// write is one build version, and a reader sees a whole build or none of it.
import type { CurationAction } from "./curation.js";
import type {
  EntityType,
  GraphAttributes,
  Quantity,
  RelationCategory,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
} from "./types.js";

export type StoreEngineName = "sqlite" | "postgres";

/** The schema's tables, in the order a write touches them. */
export const STORE_TABLES = [
  "documents",
  "sentences",
  "entities",
  "aliases",
  "mentions",
  "relations",
  "evidence",
  "curation_log",
  "builds",
] as const;
export type StoreTable = (typeof STORE_TABLES)[number];

/** One committed build: the graph attributes plus what the write changed. */
export interface StoreBuild extends GraphAttributes {
  version: number;
  startedAt: string;
  committedAt: string;
  entityCount: number;
  relationCount: number;
  changes: StoreWriteCounts;
}

export interface StoreTableCounts {
  inserted: number;
  /** Rows whose content changed (rewritten with their children when those changed too). */
  updated: number;
  /** Rows whose content is unchanged but whose graph-wide metrics (degree, PageRank, layout) moved. */
  rescored: number;
  deleted: number;
}
export type StoreWriteCounts = Record<"documents" | "entities" | "relations", StoreTableCounts>;

export interface StoreCurationEntry {
  action: CurationAction;
  applied: boolean;
  reason?: string;
}

export interface StoreWriteInput {
  graph: SerializedKnowledgeGraph;
  /** Sentence boundaries of a document's text (the builder's splitter); none stored when absent. */
  sentencesOf?: (text: string, docKey: string) => { start: number; end: number }[];
  /** Curation actions this build applied or skipped, appended to the curation log. */
  curation?: StoreCurationEntry[];
  /** Incremental resolution's index for the next build (kg worker), committed with this build; kept when absent. */
  resolutionIndex?: string;
}

/**
 * A change to the latest build, as a new build version (writeChanges): whole nodes and edges added or replaced,
 * keys removed; everything else stays. What a build of a few articles into a large store hands over, so the
 * write reads and compares those rows alone, not the whole graph.
 */
export interface StoreChangeInput {
  /** The new build's attributes (name, builtAt, builderVersion, ...); counts are taken from the store. */
  attributes: GraphAttributes;
  /** Documents and entities added or changed, whole (an entity with all its mentions). */
  nodes: SerializedNode[];
  /** Edges added or changed, whole. */
  edges: SerializedEdge[];
  /** Documents and entities to remove; their edges go with them. */
  removedNodes: string[];
  removedEdges: string[];
  sentencesOf?: StoreWriteInput["sentencesOf"];
  curation?: StoreCurationEntry[];
  /** As in StoreWriteInput: committed with this build; kept when absent. */
  resolutionIndex?: string;
}

export interface StoreWriteReport {
  version: number;
  changes: StoreWriteCounts;
  durationMs: number;
}

/** One article waiting in (or claimed from) the build queue. */
export interface QueuedArticle {
  id: number;
  file: string;
  body: string;
  attempts: number;
}

export interface QueueCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

export interface GraphStore {
  readonly engine: StoreEngineName;
  /** File path (SQLite) or the connection string without its password (PostgreSQL), for messages. */
  readonly location: string;
  /** The latest committed build, or null for an empty store. */
  currentBuild(): Promise<StoreBuild | null>;
  /** Writes a whole graph as the next build version, in one transaction, touching only rows that changed. */
  writeBuild(input: StoreWriteInput): Promise<StoreWriteReport>;
  /** Writes a change to the latest build as the next build version, in one transaction, reading only its rows. */
  writeChanges(input: StoreChangeInput): Promise<StoreWriteReport>;
  /** Removes one document (its sentences, and its mentions and evidence everywhere) as a new build version. */
  deleteDocument(key: string): Promise<StoreWriteReport>;
  /** The latest build as a graph file (the streamed graph.json export, parsed), in one snapshot; null if empty. */
  readGraph(): Promise<SerializedKnowledgeGraph | null>;
  /** Every query of the latest build: search, entities, neighbourhoods, paths, evidence, lists. */
  reader(): GraphReader;
  curationLog(): Promise<(StoreCurationEntry & { build: number })[]>;
  close(): Promise<void>;
}

// ---- the read side the server answers from (GraphReader): rows shaped as the API's objects, no graph in memory ----

export interface StoreEntity {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  description: string | null;
  iso: string | null;
  degree: number;
  pagerank: number;
  community: number;
  mentionCount: number;
  x: number;
  y: number;
  size: number;
  curated: boolean;
}

/** One row of the edge list (GraphReader.edgeRowsAfter). */
export interface StoreEdgeRow extends Pick<
  StoreRelationRow,
  "id" | "sourceId" | "targetId" | "category" | "label" | "weight" | "confidence" | "firstDate"
> {
  sourceLabel: string;
  sourceType: EntityType;
  targetLabel: string;
  targetType: EntityType;
}

/**
 * A relation without its document list: what neighbourhoods and overviews return (the API shows no relation's
 * documents, and a relation between two countries lists thousands; `relations(ids)` reads them).
 */
export interface StoreRelationRow {
  id: string;
  sourceId: string;
  targetId: string;
  category: RelationCategory;
  label: string;
  labels: string[];
  confidence: number;
  weight: number;
  date: string | null;
  quantities: Quantity[];
  cameo: string | null;
  curated: boolean;
  note: string | null;
  /** The relation's own date, else the date of the first of its documents that has one (a column, every read). */
  firstDate: string | null;
}

export interface StoreRelation extends StoreRelationRow {
  docIds: string[];
}

export interface StoreDocument {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  file: string;
  wordCount: number;
  text: string;
}

export interface StoreMention {
  entityId: string;
  docId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface StoreEvidence {
  docId: string;
  start: number;
  end: number;
  text: string;
  trigger: { start: number; end: number } | null;
}

/** RelationFilter of the API, dates already checked (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface StoreRelationFilter {
  categories?: RelationCategory[] | null;
  excludeCoOccurrence?: boolean | null;
  minConfidence?: number | null;
  document?: string | null;
  from?: string | null;
  to?: string | null;
  entityTypes?: EntityType[] | null;
  community?: number | null;
}

export interface StoreEntityFilter {
  types?: EntityType[] | null;
  community?: number | null;
  document?: string | null;
  minDegree?: number | null;
}

export type StoreEntityOrder = "DEGREE" | "PAGERANK" | "NAME" | "MENTIONS";
export type StoreRelationOrder = "CONFIDENCE" | "WEIGHT" | "DATE";

/** One name (label or alias) of an entity that matched a search, with what ranking needs. */
export interface StoreNameMatch {
  entityId: string;
  display: string;
  /** The name under normalizeSearchText. */
  norm: string;
  pagerank: number;
}

/** A search hit: exact name > word prefix > misspelling (fewer edits first), then PageRank. */
export interface StoreSearchMatch {
  entityId: string;
  /** 1 exact, 0.8 prefix, 0.5 minus 0.1 per edit for a misspelling. */
  score: number;
  /** The name or alias that matched, as written. */
  matched: string;
}

/** A neighbourhood: entity ids (the focus first) and the relations among them. */
export interface StoreSubgraph {
  nodeIds: string[];
  edges: StoreRelationRow[];
  /** True when a limit cut the neighbourhood short. */
  truncated: boolean;
}

/** One fewest-hop path: entity ids from one end to the other and the relation standing for each hop. */
export interface StorePath {
  nodeIds: string[];
  edges: StoreRelation[];
  length: number;
}

export interface StoreGraphCounts {
  entityCount: number;
  relationCount: number;
  documentCount: number;
  entitiesByType: { type: EntityType; count: number }[];
  relationsByCategory: { category: RelationCategory; count: number }[];
  builtAt: string | null;
}

/**
 * Whole-store aggregates under filters: what an explorer that loads only part of the graph shows in its legend,
 * filters and date range. Relation dates are as the date filter reads them: the relation's own date, else the dates
 * of its documents.
 */
export interface StoreFacets {
  entityCount: number;
  relationCount: number;
  entitiesByType: { type: EntityType; count: number }[];
  relationsByCategory: { category: RelationCategory; count: number }[];
  /** Earliest and latest relation date; null when no relation passing the filter is dated. */
  dateRange: { from: string; to: string } | null;
}

/** Indexed reads of the latest build, on either engine. Lists come back in the API's orders. */
export interface GraphReader {
  /** The latest committed build's version (0 for an empty store). */
  version(): Promise<number>;
  entities(ids: readonly string[]): Promise<Map<string, StoreEntity>>;
  /** Names equal to the normalised text, highest PageRank first. */
  namesExact(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]>;
  /** Names in which the normalised text starts a word (its last word a prefix), highest PageRank first. */
  namesWithPrefix(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]>;
  /** Candidate names sharing letter trigrams with the text (for misspellings), most shared first; [] if unsupported. */
  namesLike(norm: string, types: readonly EntityType[], limit: number): Promise<StoreNameMatch[]>;
  /** Name search over labels and aliases (the API's `search`), best first; types null or empty for all. */
  search(query: string, types: readonly EntityType[] | null, limit: number): Promise<StoreSearchMatch[]>;
  entityPage(
    filter: StoreEntityFilter | null,
    order: StoreEntityOrder,
    asc: boolean,
    offset: number,
    limit: number,
  ): Promise<StoreEntity[]>;
  entityCount(filter: StoreEntityFilter | null): Promise<number>;
  /** Entities by PageRank, highest first. */
  topEntities(limit: number): Promise<StoreEntity[]>;
  communities(limit: number): Promise<{ id: number; size: number }[]>;
  communityMembers(community: number, limit: number): Promise<StoreEntity[]>;
  relations(ids: readonly string[]): Promise<Map<string, StoreRelation>>;
  relationPage(
    filter: StoreRelationFilter | null,
    order: StoreRelationOrder,
    asc: boolean,
    offset: number,
    limit: number,
  ): Promise<StoreRelation[]>;
  relationCount(filter: StoreRelationFilter | null): Promise<number>;
  /** Each entity's relations (either direction, MENTIONS excluded), strongest first, at most `perEntity` each. */
  relationsOf(
    ids: readonly string[],
    filter: StoreRelationFilter | null,
    perEntity: number,
  ): Promise<Map<string, StoreRelation[]>>;
  /** Relations with both ends among the ids, strongest first, at most `max` (without their document lists). */
  relationsAmong(ids: readonly string[], filter: StoreRelationFilter | null, max: number): Promise<StoreRelationRow[]>;
  /** Relations between one entity and any of the others, either direction, strongest first. */
  relationsBetween(id: string, others: readonly string[], filter: StoreRelationFilter | null): Promise<StoreRelation[]>;
  /** For breadth-first search: [entity, neighbour] for every relation touching one of the ids. */
  neighbours(ids: readonly string[], filter: StoreRelationFilter | null): Promise<[string, string][]>;
  /**
   * Breadth-first neighbourhood, ignoring direction, strongest relations first, at most `limit` entities and
   * `maxEdges` relations. `tick` is called between steps (the server's deadline check throws from it).
   */
  neighbourhood(
    focusId: string,
    depth: number,
    limit: number,
    maxEdges: number,
    filter: StoreRelationFilter | null,
    tick?: () => void,
  ): Promise<StoreSubgraph>;
  /** Up to `maxPaths` fewest-hop paths over relations, ignoring direction; [] when the ends are not connected. */
  shortestPaths(
    from: string,
    to: string,
    filter: StoreRelationFilter | null,
    maxPaths: number,
    tick?: () => void,
  ): Promise<StorePath[]>;
  /** Relation-list keyset page in key order (the edge list). */
  relationsAfter(filter: StoreRelationFilter | null, afterKey: string | null, limit: number): Promise<StoreRelation[]>;
  /**
   * The same page as edge-list rows: the columns the edge list shows and its ends' labels and types, read in one
   * statement from a covering index (no relation's document list or other JSON read); relations whose end is
   * missing are left out.
   */
  edgeRowsAfter(filter: StoreRelationFilter | null, afterKey: string | null, limit: number): Promise<StoreEdgeRow[]>;
  evidence(relationIds: readonly string[]): Promise<Map<string, StoreEvidence[]>>;
  documents(ids: readonly string[]): Promise<Map<string, StoreDocument>>;
  /** Newest first. */
  documentPage(offset: number, limit: number): Promise<StoreDocument[]>;
  documentCount(): Promise<number>;
  /** Document ids whose file is this path or ends with /path. */
  documentsWithFile(file: string): Promise<string[]>;
  /** An entity's documents, newest first. */
  documentsOf(entityId: string, limit: number): Promise<StoreDocument[]>;
  mentionsOf(entityId: string, documentId: string | null, limit: number): Promise<StoreMention[]>;
  /** A document's mentions inside [start, end) (the whole document without a range), by offset. */
  mentionsIn(documentId: string, range: { start: number; end: number } | null): Promise<StoreMention[]>;
  /** Entities mentioned in a document, in order of first mention. */
  entitiesIn(documentId: string): Promise<string[]>;
  counts(): Promise<StoreGraphCounts>;
  /** Entity counts per type and relation counts per category and date range, each under its own filter. */
  facets(entities: StoreEntityFilter | null, relations: StoreRelationFilter | null): Promise<StoreFacets>;
}
