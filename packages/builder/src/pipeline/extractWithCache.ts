// Extractions for every article: reused from the cache when the article, the extraction code and the model are
// unchanged, otherwise extracted (on the worker pool or in-thread) and cached.
import type { DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import type { BuildContext } from "./buildContext.js";
import { ExtractionCache, extractionCacheKey } from "./extractionCache.js";
import { extractInThread } from "./extractInThread.js";
import type { ExtractionOutcome } from "./extractionOutcome.js";
import { WorkerPool, workersFor } from "./workerPool.js";
import type { BackendSpec, ExtractorBackend } from "./extractorBackend.js";
import type { SkippedInput } from "./types.js";

export interface ExtractWithCacheOptions {
  cacheDir: string;
  /** Extractor version and code fingerprint, part of every cache key. */
  version: string;
  modelName: string;
  backend: ExtractorBackend;
  spec: BackendSpec;
  requestedWorkers: number;
  articleTimeoutMs?: number;
  /** A pool started early (see buildGraph); taken over and closed here. */
  pool: WorkerPool | null;
}

export interface ExtractWithCacheResult {
  extractions: Map<string, DocumentExtraction>;
  /** docKey -> the cache key of its extraction (what identifies it between builds). */
  keys: Map<string, string>;
  reused: number;
  extracted: number;
  failed: SkippedInput[];
  workers: number;
}

export async function extractWithCache(
  articles: readonly ArticleRecord[],
  context: BuildContext,
  options: ExtractWithCacheOptions,
): Promise<ExtractWithCacheResult> {
  const startedAt = Date.now();
  const cache = new ExtractionCache(options.cacheDir);
  const modelName = options.modelName;
  const keys = new Map(articles.map((a) => [a.docKey, extractionCacheKey(a, options.version, modelName)]));
  const extractions = new Map<string, DocumentExtraction>();
  const misses: ArticleRecord[] = [];
  for (const article of articles) {
    const hit = cache.get(keys.get(article.docKey)!, article.docKey);
    if (hit) extractions.set(article.docKey, hit);
    else misses.push(article);
  }
  context.signal?.throwIfAborted();

  let pool = options.pool;
  let cacheWritable = true;
  try {
    const size = workersFor(options.requestedWorkers, misses.length);
    if (!pool && size > 0) pool = new WorkerPool(size, options.spec, options.articleTimeoutMs);
    const active = misses.length > 0 ? pool : null;
    const run = {
      ...(context.signal && { signal: context.signal }),
      onDone: (done: number, article: ArticleRecord, outcome: ExtractionOutcome) => {
        context.progress("extract", done, misses.length, article.file);
        if (!("extraction" in outcome) || !cacheWritable) return;
        try {
          cache.set(keys.get(article.docKey)!, outcome.extraction);
        } catch (error) {
          // Not fatal: the build goes on, the next one extracts these articles again.
          context.warn(`cannot write the extraction cache in ${options.cacheDir}: ${(error as Error).message}`);
          cacheWritable = false;
        }
      },
    };
    const outcomes = active ? await active.run(misses, run) : await extractInThread(misses, options.backend, run);
    const failed: SkippedInput[] = [];
    misses.forEach((article, i) => {
      const outcome = outcomes[i]!;
      if ("extraction" in outcome) extractions.set(article.docKey, outcome.extraction);
      else failed.push({ file: article.file, reason: `extraction failed: ${outcome.error}` });
    });
    if (cacheWritable) {
      try {
        cache.prune(new Set(keys.values()), startedAt);
      } catch (error) {
        context.warn(`cannot prune the extraction cache in ${options.cacheDir}: ${(error as Error).message}`);
      }
    }
    return {
      extractions,
      keys,
      reused: articles.length - misses.length,
      extracted: misses.length - failed.length,
      failed,
      workers: active?.size ?? 0,
    };
  } finally {
    // The workers' memory (a model each) is not needed for the rest of the build.
    await pool?.close();
  }
}
