// Records that back the GraphQL object types (codegen `mappers`): rows read from the graph store (see
// GraphReader in @newskg/graph-model), fetched per request and cached per build version; nothing of the whole
// graph is held in memory.
import type {
  StoreDocument,
  StoreEntity,
  StoreEvidence,
  StoreGraphCounts,
  StoreMention,
  StoreRelation,
  StoreRelationRow,
} from "@newskg/graph-model";

export type EntityRecord = StoreEntity;
/** The API shows no relation's document list, so relations are read without it (`StoreRelationRow`). */
export type RelationRecord = StoreRelationRow;
export type FullRelationRecord = StoreRelation;
export type MentionRecord = StoreMention;
export type EvidenceRecord = StoreEvidence;
export type DocumentRecord = StoreDocument;

export interface CommunityRecord {
  id: number;
  size: number;
}

export type StatsRecord = StoreGraphCounts;

/** A neighbourhood, overview or community: its rows; nodeColumns/edgeColumns are built from them when asked. */
export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

export type JobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export interface JobRecord {
  id: string;
  status: JobStatus;
  message: string | null;
  documentId: string | null;
}
