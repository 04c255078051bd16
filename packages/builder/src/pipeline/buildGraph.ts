// articles -> graph.json: read, extract (cached, in parallel), resolve, assemble, curate, measure, lay out, write.
// Every failure before the final atomic rename leaves the previous graph file as it was.
import { access } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { CurationFile, GraphAttributes, KnowledgeGraph } from "@newskg/graph-model";
import { applyCuration } from "../curation/applyCuration.js";
import { loadCurationFile } from "../curation/loadCurationFile.js";
import { assembleGraph } from "../graph/assembleGraph.js";
import { computeLayout } from "../graph/computeLayout.js";
import { computeMetrics } from "../graph/computeMetrics.js";
import { carryMetrics } from "../graph/carryMetrics.js";
import { entityProjection } from "../graph/entityProjection.js";
import { serializeGraphChunks, sortedSerialization } from "../graph/serializeGraph.js";
import { readArticles, type ReadArticlesResult } from "../io/readArticles.js";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import { ArticleCache } from "./articleCache.js";
import { backendFingerprint } from "./backendFingerprint.js";
import { createBuildContext } from "./buildContext.js";
import { BuildError } from "./buildError.js";
import { BUILDER_VERSION } from "./builderVersion.js";
import { WorkerPool, workersFor } from "./workerPool.js";
import {
  DEFAULT_EXTRACTOR_MODULE,
  DEFAULT_NER_MODULE,
  loadExtractorBackend,
  type BackendSpec,
  type ExtractorBackend,
} from "./extractorBackend.js";
import { extractWithCache, type ExtractWithCacheResult } from "./extractWithCache.js";
import { nerModelPathOf } from "../ner/nerModels.js";
import { modelNameOf } from "./modelNameOf.js";
import { previousDocuments } from "./previousDocuments.js";
import { readResolutionIndex, storeBuildStamp, writeResolutionIndex } from "./resolutionIndex.js";
import { resolveIncrementally } from "./resolveIncrementally.js";
import type { BuildOptions, BuildReport } from "./types.js";
import { writeGraphStore, type StoreStepReport } from "./writeGraphStore.js";
import { isPostgresSpec, openStore } from "@newskg/store";

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** The explicit file, null for none, or <articlesDir>/../curation.json when it exists. */
async function curationPathOf(options: BuildOptions): Promise<string | null> {
  if (options.curationFile === null) return null;
  if (options.curationFile !== undefined) return resolve(options.curationFile);
  const fallback = resolve(options.articlesDir, "..", "curation.json");
  return (await exists(fallback)) ? fallback : null;
}

/** "graph-data" for graph-data/articles, else the folder's own name. */
function graphName(articlesDir: string): string {
  return basename(articlesDir) === "articles" ? basename(dirname(articlesDir)) : basename(articlesDir);
}

function countElements(graph: KnowledgeGraph): { entities: number; relations: number } {
  let entities = 0;
  let relations = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === "entity") entities++;
  });
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.category !== "MENTIONS") relations++;
  });
  return { entities, relations };
}

/** The store's last metrics (graph/carryMetrics.ts), or null when it holds no build yet. */
async function previousMetrics(spec: string) {
  if (!isPostgresSpec(spec) && !(await exists(spec))) return null;
  const store = await openStore(spec);
  try {
    const found = await store.entityMetrics();
    return found && found.metrics.size > 0 ? found : null;
  } catch (error) {
    throw new BuildError(`cannot read the metrics to carry from the graph store: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
}

export async function buildGraph(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const context = createBuildContext(options);
  const { log, warn, progress, endPhase, signal } = context;
  const articlesDir = resolve(options.articlesDir);
  const outFile = resolve(options.outFile);
  const cacheDir = resolve(options.cacheDir ?? join(dirname(outFile), ".cache"));
  const requestedWorkers = options.workers ?? availableParallelism();
  const spec: BackendSpec = {
    extractorModule: options.extractorModule ?? DEFAULT_EXTRACTOR_MODULE,
    nerModule: options.nerModule ?? DEFAULT_NER_MODULE,
    ...(options.nerModelPath !== undefined
      ? { nerModelPath: options.nerModelPath }
      : options.nerModel !== undefined && { nerModelPath: nerModelPathOf(options.nerModel) }),
  };

  // The curation file is checked first: a malformed one fails the build before any expensive work.
  const curationPath = await curationPathOf(options);
  const curation: CurationFile | null = curationPath ? await loadCurationFile(curationPath) : null;
  if (!(await exists(articlesDir))) throw new BuildError(`articles directory not found: ${articlesDir}`);

  // With a cold cache, the workers start while the articles are read: each takes ~1 s to load the model.
  const coldCache = !(await exists(join(cacheDir, "extractions")));
  let earlyPool: WorkerPool | null = null;
  let read: ReadArticlesResult;
  let backend: ExtractorBackend;
  let modelName: string;
  let extraction: ExtractWithCacheResult;
  try {
    const readStarted = Date.now();
    const articleCache = new ArticleCache(cacheDir);
    read = await readArticles(articlesDir, {
      ...(options.maxArticleBytes !== undefined && { maxArticleBytes: options.maxArticleBytes }),
      cache: articleCache,
      onProgress: (done, total, file) => progress("read", done, total, file),
      onListed: (files) => {
        const size = workersFor(requestedWorkers, files.length);
        if (coldCache && size > 0) earlyPool = new WorkerPool(size, spec, options.articleTimeoutMs);
      },
    });
    try {
      articleCache.prune(readStarted);
    } catch (error) {
      warn(`cannot prune the article cache in ${cacheDir}: ${(error as Error).message}`);
    }
    for (const { file, reason } of read.skipped) log(`skipped ${file}: ${reason}`);
    for (const warning of read.warnings) warn(warning);
    if (read.articles.length === 0)
      throw new BuildError(
        `no article could be read from ${articlesDir}` +
          (read.skipped.length > 0 ? ` (${read.skipped.length} skipped)` : " (no .txt, .md or .html files)"),
      );
    signal?.throwIfAborted();
    endPhase("read");

    backend = await loadExtractorBackend(spec);
    const fingerprint = backendFingerprint(spec, backend);
    modelName = await modelNameOf(backend, cacheDir, fingerprint, (earlyPool as WorkerPool | null)?.modelName);
    const pool: WorkerPool | null = earlyPool;
    earlyPool = null; // extractWithCache owns (and closes) it from here
    extraction = await extractWithCache(read.articles, context, {
      cacheDir,
      version: `${backend.extractor.EXTRACTOR_VERSION}+${fingerprint}`,
      modelName,
      backend,
      spec,
      requestedWorkers,
      pool,
      ...(options.articleTimeoutMs !== undefined && { articleTimeoutMs: options.articleTimeoutMs }),
    });
  } finally {
    await (earlyPool as WorkerPool | null)?.close();
  }
  const { extractions } = extraction;
  const skipped = [...read.skipped, ...extraction.failed];
  for (const { file, reason } of extraction.failed) log(`skipped ${file}: ${reason}`);
  const articles = read.articles.filter((article) => extractions.has(article.docKey));
  if (articles.length === 0) throw new BuildError(`no article could be extracted from ${articlesDir}`);
  for (const article of articles)
    for (const note of extractions.get(article.docKey)!.warnings) warn(`${article.file}: ${note}`);
  signal?.throwIfAborted();
  endPhase("extract");

  progress("assemble", 0, 1);
  const resolveStarted = performance.now();
  const { resolution, index, resolvedItems, totalItems, changedDocs, touched } = resolveIncrementally(
    backend.extractor,
    articles.map((a) => extractions.get(a.docKey)!),
    extraction.keys,
    options.fullResolution ? null : await readResolutionIndex(cacheDir),
  );
  const resolveSeconds = ((performance.now() - resolveStarted) / 1000).toFixed(1);
  log(
    changedDocs === null
      ? `resolution: every article (${totalItems} article entities) in ${resolveSeconds} s`
      : `resolution: ${changedDocs} articles changed since the last build; ${resolvedItems} of ${totalItems} ` +
          `article entities resolved again in ${resolveSeconds} s`,
  );
  const graph = assembleGraph(articles, extractions, resolution);
  let curationReport: BuildReport["curation"] = null;
  let curationOutcomes: { applied: boolean; reason?: string }[] = [];
  if (curation) {
    const { outcomes, ...result } = applyCuration(graph, curation);
    curationReport = result;
    curationOutcomes = outcomes;
    for (const { action, reason } of curationReport.skipped)
      warn(`curation ${basename(curationPath!)} ${action} skipped: ${reason}`);
  }
  progress("assemble", 1, 1);
  signal?.throwIfAborted();
  endPhase("assemble");

  const projection = entityProjection(graph);
  const storeSpec = options.store === undefined ? join(dirname(outFile), "graph.db") : options.store;
  progress("metrics", 0, 1);
  const kept = options.carryMetrics && storeSpec !== null ? await previousMetrics(storeSpec) : null;
  if (kept) {
    const { carried, placed } = carryMetrics(graph, projection, kept.metrics);
    log(
      `metrics carried for ${carried} entities, ${placed} new placed beside their neighbours ` +
        `(computed in full at ${kept.metricsFrom.builtAt} for ${kept.metricsFrom.documentCount} documents)`,
    );
  } else computeMetrics(graph, projection);
  progress("metrics", 1, 1);
  endPhase("metrics");
  progress("layout", 0, 1);
  if (!kept) computeLayout(graph, projection);
  progress("layout", 1, 1);
  signal?.throwIfAborted();
  endPhase("layout");

  const attributes: GraphAttributes = {
    name: graphName(articlesDir),
    builtAt: new Date().toISOString(),
    builderVersion: `${BUILDER_VERSION}+extractor.${backend.extractor.EXTRACTOR_VERSION}`,
    nerModel: modelName,
    documentCount: articles.length,
    curationApplied: curation !== null,
    ...(kept && { metricsFrom: kept.metricsFrom }),
  };
  graph.replaceAttributes(attributes);

  progress("write", 0, 1);
  // With a store, its write says how many documents went: scanning the previous graph.json for them held the
  // whole file in memory as a string (hundreds of MB at archive scale) beside the graph.
  const previous = storeSpec === null ? await previousDocuments(outFile) : null;
  signal?.throwIfAborted();
  // The store first: when it cannot be written (locked, unreachable), graph.json stays as it was too.
  let store: StoreStepReport | null = null;
  if (storeSpec !== null) {
    try {
      store = await writeGraphStore(
        storeSpec,
        sortedSerialization(graph),
        curation ? { file: curation, outcomes: curationOutcomes } : null,
        touched,
      );
      log(
        store.mode === "change"
          ? `store: wrote the rows the changed articles reach (build ${store.version})`
          : `store: wrote the whole graph (build ${store.version})`,
      );
    } catch (error) {
      throw new BuildError(`cannot write the graph store: ${(error as Error).message}`);
    }
  }
  // Once the store has the build, graph.json (its export) follows even if a signal arrives meanwhile.
  await writeFileAtomic(outFile, serializeGraphChunks(graph));
  // Last: an index the next build cannot trust is one it does not find (it then resolves everything). It names
  // the store build it goes with, so the next build writes only its changed rows into that build alone.
  if (store) index.storeBuild = storeBuildStamp({ version: store.version, builtAt: attributes.builtAt });
  if (index.docs.size > 0) {
    try {
      await writeResolutionIndex(cacheDir, index);
    } catch (error) {
      warn(`cannot write the resolution index in ${cacheDir}: ${(error as Error).message}`);
    }
  }
  progress("write", 1, 1);
  endPhase("write");

  const current = new Set(articles.map((a) => a.docKey));
  return {
    outFile,
    documents: articles.length,
    ...countElements(graph),
    extracted: extraction.extracted,
    reused: extraction.reused,
    removed: store
      ? store.changes.documents.deleted
      : previous
        ? [...previous].filter((key) => !current.has(key)).length
        : 0,
    skipped,
    warnings: context.warnings,
    curation: curationReport,
    words: articles.reduce((sum, a) => sum + a.wordCount, 0),
    durationMs: Math.round(performance.now() - started),
    workers: extraction.workers,
    nerModel: modelName,
    store: store && { engine: store.engine, location: store.location, version: store.version, changes: store.changes },
    timings: context.timings,
  };
}
