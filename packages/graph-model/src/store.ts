// The graph store contract: one interface over two engines (SQLite embedded, the default, at graph-data/graph.db;
// PostgreSQL for several builders and servers), the same schema in both (packages/store/migrations/<engine>/):
// documents, sentences, entities, aliases, mentions, relations, evidence, curation log, build metadata.
// Writes are transactional and incremental (rows whose content did not change are not touched); every committed
// write is one build version, and a reader sees a whole build or none of it.
import type { CurationAction } from "./curation.js";
import type { EdgeCategory, EntityType, Evidence, GraphAttributes, SerializedKnowledgeGraph } from "./types.js";

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
}

export interface StoreWriteReport {
  version: number;
  changes: StoreWriteCounts;
  durationMs: number;
}

export interface StoreSearchHit {
  id: string;
  label: string;
  type: EntityType;
  pagerank: number;
}

export interface StoreEntitySummary {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  description: string | null;
  degree: number;
  pagerank: number;
  community: number;
  mentionCount: number;
  documentCount: number;
}

export interface StoreRelationRow {
  id: string;
  source: string;
  target: string;
  category: EdgeCategory;
  label: string;
  confidence: number;
  weight: number;
  date: string | null;
}

export interface StoreSubgraph {
  nodes: StoreEntitySummary[];
  edges: StoreRelationRow[];
  /** True when the limit cut the neighbourhood short. */
  truncated: boolean;
}

export interface StoreNeighbourhoodOptions {
  depth?: number;
  limit?: number;
  categories?: EdgeCategory[];
}

export interface StoreEdgePage {
  rows: StoreRelationRow[];
  /** Pass as `after` for the next page; null on the last page. */
  endCursor: string | null;
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
  /** Removes one document (its sentences, and its mentions and evidence everywhere) as a new build version. */
  deleteDocument(key: string): Promise<StoreWriteReport>;
  /** The latest build as a graph file, read in one snapshot; null for an empty store. */
  readGraph(): Promise<SerializedKnowledgeGraph | null>;
  search(query: string, options?: { types?: EntityType[]; limit?: number }): Promise<StoreSearchHit[]>;
  entity(id: string): Promise<StoreEntitySummary | null>;
  /** Entities whose label or alias equals the name (case-insensitive), highest PageRank first. */
  entitiesNamed(name: string): Promise<StoreEntitySummary[]>;
  neighbourhood(id: string, options?: StoreNeighbourhoodOptions): Promise<StoreSubgraph>;
  /** One shortest path over relation edges (MENTIONS excluded): entity ids from `from` to `to`, or null. */
  shortestPath(from: string, to: string, options?: { maxDepth?: number }): Promise<string[] | null>;
  evidence(relationId: string): Promise<Evidence[]>;
  edgeList(options?: { first?: number; after?: string | null; categories?: EdgeCategory[] }): Promise<StoreEdgePage>;
  curationLog(): Promise<(StoreCurationEntry & { build: number })[]>;
  close(): Promise<void>;
}
