// Contract between the per-article extractor (src/extract) and the build pipeline (src/pipeline, src/graph).
// The extractor is pure and synchronous so it can run in worker threads; its output is cached per content hash.
import type { EntityType, Evidence, Mention, Quantity, RelationCategory } from "@newskg/graph-model";

export interface ArticleInput {
  /** Document node key, stable across builds (derived from the file path), e.g. "doc:world/flood-report". */
  docKey: string;
  /** Path relative to the articles directory. */
  file: string;
  title: string;
  /** The text offsets refer to (front matter removed, HTML reduced to text). */
  text: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) used to normalise relative dates ("on September 23", "last week"). */
  date?: string;
  publisher?: string;
  url?: string;
}

export interface ExtractedEntity {
  /** Unique within the document. */
  localId: string;
  type: EntityType;
  label: string;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
  iso?: string;
  lat?: number;
  lng?: number;
}

export interface ExtractedRelation {
  source: string; // localId
  target: string; // localId
  category: RelationCategory; // CO_OCCURRENCE included; MENTIONS edges are made by the pipeline
  label: string;
  confidence: number;
  date?: string;
  quantities?: Quantity[];
  cameo?: string;
  evidence: Evidence[];
}

export interface DocumentExtraction {
  docKey: string;
  sentenceCount: number;
  wordCount: number;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Non-fatal notes about the article (e.g. "2 duplicated paragraphs skipped"). */
  warnings: string[];
}

/** An entity after merging the same entity across documents. */
export interface ResolvedEntity {
  key: string; // graph node key, stable across builds
  type: EntityType;
  label: string;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
  docs: string[];
  iso?: string;
  lat?: number;
  lng?: number;
}

export interface CrossDocumentResolution {
  entities: ResolvedEntity[];
  /** `${docKey}#${localId}` -> ResolvedEntity.key */
  keyOf: Map<string, string>;
}
