// Records of the in-memory index that back the GraphQL object types (codegen `mappers`). They are built once per
// graph load and never mutated, so a request can keep using the index it started with while a new one is swapped in.
import type { EntityType, Evidence, Quantity, RelationCategory } from "@newskg/graph-model";

export interface EntityRecord {
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
  /** Document keys, in the graph's order. */
  docIds: string[];
  /** Index of this entity's mentions (MentionRecord[]), in document then offset order. */
  mentionRecords: MentionRecord[];
  /** Relations touching this entity, either direction, strongest first. */
  relationRecords: RelationRecord[];
  /** For well-connected entities only: relations by the other entity's id, so subgraph edges need no full scan. */
  byNeighbour: Map<string, RelationRecord[]> | null;
}

export interface RelationRecord {
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
  evidenceRecords: EvidenceRecord[];
  docIds: string[];
  /** Dates used by the date-range filter: the relation's own date, else its documents' dates. */
  dates: string[];
}

export interface MentionRecord {
  entityId: string;
  docId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface EvidenceRecord {
  docId: string;
  start: number;
  end: number;
  text: string;
  trigger: Evidence["trigger"] | null;
}

export interface DocumentRecord {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  file: string;
  wordCount: number;
  text: string;
  /** Entity mentions sorted by start offset. */
  mentionRecords: MentionRecord[];
  entityIds: string[];
}

export interface CommunityRecord {
  id: number;
  size: number;
  /** Members, highest PageRank first. */
  members: EntityRecord[];
}

export interface StatsRecord {
  entityCount: number;
  relationCount: number;
  documentCount: number;
  entitiesByType: { type: EntityType; count: number }[];
  relationsByCategory: { category: RelationCategory; count: number }[];
  communityRecords: CommunityRecord[];
  builtAt: string | null;
}

export type JobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export interface JobRecord {
  id: string;
  status: JobStatus;
  message: string | null;
  documentId: string | null;
}
