// Contract of the build pipeline, used by `kg build` and by the server's mutations (which run it in a worker).
import type { StoreWriteCounts } from "@newskg/graph-model";
import type { NerProfile } from "../ner/nerModels.js";

export interface BuildProgress {
  phase: "read" | "extract" | "assemble" | "metrics" | "layout" | "write";
  done: number;
  total: number;
  file?: string;
}

export interface BuildOptions {
  articlesDir: string;
  outFile: string;
  /** Curation file to apply; null skips curation (`--no-curation`). Defaults to <articlesDir>/../curation.json. */
  curationFile?: string | null;
  /** Cache of per-article extractions keyed by content hash. Defaults to <dir of outFile>/.cache. */
  cacheDir?: string;
  /** Worker threads for extraction; defaults to the number of cores. 0 extracts on the calling thread. */
  workers?: number;
  onProgress?: (progress: BuildProgress) => void;
  /** Human-readable messages (skipped files, curation notes). Defaults to stderr. */
  log?: (message: string) => void;
  /** Articles larger than this many bytes are skipped without being read. Defaults to 5 MB. */
  maxArticleBytes?: number;
  /** Aborts the build (e.g. on SIGINT); the previous graph file is left as it was. */
  signal?: AbortSignal;
  /** Module URLs of the extractor (extractDocument, resolveAcrossDocuments, EXTRACTOR_VERSION) and of the NER
   * tagger (loadNerTagger); default to this package's src/extract and src/ner. Tests substitute doubles. */
  extractorModule?: string;
  nerModule?: string;
  /** On worker threads, an article whose extraction takes longer is skipped (and its worker replaced). Default 120 s. */
  articleTimeoutMs?: number;
  /** NER model file passed to loadNerTagger; wins over nerModel. The tagger's default when both are absent. */
  nerModelPath?: string;
  /**
   * Graph store to write (a SQLite file path or a postgres:// URL); null writes graph.json only. Defaults to
   * graph.db next to outFile.
   */
  store?: string | null;
  /**
   * Keep the store's PageRank, communities and layout for the entities it has and place new ones beside their
   * neighbours, instead of recomputing them over the whole graph (graph/carryMetrics.ts): a small addition then
   * rewrites the rows it touches, not every entity's. Stale until a build without it; graph attributes say since
   * when (`metricsFrom`). Without a store holding a build, metrics are computed in full.
   */
  carryMetrics?: boolean;
  /**
   * Resolve entities across every article, ignoring the index the last build left in the cache folder (by
   * default only the entities an added, changed or removed article reaches are resolved again, with the same
   * result: pipeline/resolveIncrementally.ts).
   */
  fullResolution?: boolean;
  /** Shipped NER model by name: "open" (the default: commercially usable training data) or "research"
   * (CoNLL-2003, research use only). See packages/builder/models. */
  nerModel?: NerProfile;
}

export interface SkippedInput {
  file: string;
  reason: string;
}

export interface BuildReport {
  outFile: string;
  documents: number;
  entities: number;
  relations: number;
  /** Articles extracted in this build vs. reused from the cache. */
  extracted: number;
  reused: number;
  /** Articles that were in the previous build and are gone now. */
  removed: number;
  skipped: SkippedInput[];
  warnings: string[];
  curation: { applied: number; skipped: { action: string; reason: string }[] } | null;
  words: number;
  durationMs: number;
  /** Worker threads used for extraction (0: extracted on the calling thread, or nothing to extract). */
  workers: number;
  nerModel: string;
  /** What the store step wrote (null when the build wrote no store). */
  store: {
    engine: "sqlite" | "postgres";
    location: string;
    version: number;
    changes: StoreWriteCounts;
  } | null;
  /** Milliseconds per phase, for profiling. */
  timings: Partial<Record<BuildProgress["phase"], number>>;
}
