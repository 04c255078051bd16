// articles -> graph.json: read, extract (cached, in parallel), resolve, assemble, curate, measure, lay out, write.
// Every failure before the final atomic rename leaves the previous graph file as it was.
import { existsSync } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { CurationFile, GraphAttributes } from "@newskg/graph-model";
import { applyCuration } from "../curation/applyCuration.js";
import { loadCurationFile } from "../curation/loadCurationFile.js";
import type { DocumentExtraction } from "../extract/types.js";
import { assembleGraph } from "../graph/assembleGraph.js";
import { computeLayout } from "../graph/computeLayout.js";
import { computeMetrics } from "../graph/computeMetrics.js";
import { entityProjection } from "../graph/entityProjection.js";
import { serializeGraph } from "../graph/serializeGraph.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { loadGraphFile } from "../io/loadGraphFile.js";
import { readArticles } from "../io/readArticles.js";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import { BuildError } from "./buildError.js";
import { BUILDER_VERSION } from "./builderVersion.js";
import { codeFingerprint, moduleDirectory } from "./codeFingerprint.js";
import { ExtractionCache, extractionCacheKey } from "./extractionCache.js";
import { extractInThread, WorkerPool, workersFor, type ExtractionOutcome } from "./extractArticles.js";
import {
  DEFAULT_EXTRACTOR_MODULE,
  DEFAULT_NER_MODULE,
  loadExtractorBackend,
  type BackendSpec,
} from "./extractorBackend.js";
import type { BuildOptions, BuildProgress, BuildReport } from "./types.js";

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

/**
 * Documents of the previous graph file, to report what this build removed. Scanned rather than parsed: the file
 * can be tens of MB, and only the document keys are needed.
 */
async function previousDocuments(outFile: string): Promise<Set<string> | null> {
  let text: string;
  try {
    text = await readFile(outFile, "utf8");
  } catch {
    return null;
  }
  const keys = new Set<string>();
  for (const match of text.matchAll(/\{"key":("(?:[^"\\]|\\.)*"),"attributes":\{"kind":"document"/g))
    keys.add(JSON.parse(match[1]!) as string);
  if (keys.size > 0) return keys;
  // Not written by this serializer: fall back to parsing.
  try {
    const previous = await loadGraphFile(outFile);
    return new Set(previous.nodes.filter((n) => n.attributes?.kind === "document").map((n) => n.key));
  } catch {
    return null;
  }
}

export async function buildGraph(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const articlesDir = resolve(options.articlesDir);
  const outFile = resolve(options.outFile);
  const cacheDir = resolve(options.cacheDir ?? join(dirname(outFile), ".cache"));
  const signal = options.signal;
  const timings: BuildReport["timings"] = {};
  let phaseStart = performance.now();
  const endPhase = (phase: BuildProgress["phase"]): void => {
    const now = performance.now();
    timings[phase] = Math.round((timings[phase] ?? 0) + now - phaseStart);
    phaseStart = now;
  };
  const progress = (phase: BuildProgress["phase"], done: number, total: number, file?: string): void =>
    options.onProgress?.(file === undefined ? { phase, done, total } : { phase, done, total, file });
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    log(`warning: ${message}`);
  };

  // The curation file is checked first: a malformed one fails the build before any expensive work.
  const curationPath = await curationPathOf(options);
  const curation: CurationFile | null = curationPath ? await loadCurationFile(curationPath) : null;

  if (!(await exists(articlesDir))) throw new BuildError(`articles directory not found: ${articlesDir}`);
  const spec: BackendSpec = {
    extractorModule: options.extractorModule ?? DEFAULT_EXTRACTOR_MODULE,
    nerModule: options.nerModule ?? DEFAULT_NER_MODULE,
    ...(options.nerModelPath !== undefined && { nerModelPath: options.nerModelPath }),
  };
  const requestedWorkers = options.workers ?? availableParallelism();
  const workerPool: { current: WorkerPool | null } = { current: null };
  try {
    return await buildWithPool();
  } finally {
    await workerPool.current?.close();
  }

  async function buildWithPool(): Promise<BuildReport> {
    // With a cold cache, start the workers while the articles are read: they take ~1 s to load the model.
    const coldCache = !(await exists(join(cacheDir, "extractions")));
    const read = await readArticles(articlesDir, {
      ...(options.maxArticleBytes !== undefined && { maxArticleBytes: options.maxArticleBytes }),
      onProgress: (done, total, file) => progress("read", done, total, file),
      onListed: (files) => {
        const size = workersFor(requestedWorkers, files.length);
        if (coldCache && size > 0) workerPool.current = new WorkerPool(size, spec, options.articleTimeoutMs);
      },
    });
    const skipped = [...read.skipped];
    for (const { file, reason } of read.skipped) log(`skipped ${file}: ${reason}`);
    for (const warning of read.warnings) warn(warning);
    if (read.articles.length === 0)
      throw new BuildError(
        `no article could be read from ${articlesDir}` +
          (skipped.length > 0 ? ` (${skipped.length} skipped)` : " (no .txt, .md or .html files)"),
      );
    signal?.throwIfAborted();
    endPhase("read");

    const backend = await loadExtractorBackend(spec);
    const version = backend.extractor.EXTRACTOR_VERSION;
    const modelName = backend.tagger.modelName;
    // Sources of the extractor (and the text utilities next to it) and of the tagger, plus the model file.
    const extractorDir = moduleDirectory(spec.extractorModule);
    const nerDir = moduleDirectory(spec.nerModule);
    const fingerprint = codeFingerprint(
      [...new Set([extractorDir, extractorDir && join(extractorDir, "..", "text"), nerDir])].filter(
        (dir): dir is string => dir !== undefined && existsSync(dir),
      ),
      [backend.modelPath],
    );

    // Cache lookup: unchanged articles (same text, metadata, extractor and model) are reused as they are.
    const cache = new ExtractionCache(cacheDir);
    const keys = read.articles.map((article) => extractionCacheKey(article, `${version}+${fingerprint}`, modelName));
    const cached = read.articles.map((article, i) => cache.get(keys[i]!, article.docKey));
    const extractions = new Map<string, DocumentExtraction>();
    const misses: ArticleRecord[] = [];
    const missKeys = new Map<string, string>();
    read.articles.forEach((article, i) => {
      const hit = cached[i];
      if (hit) extractions.set(article.docKey, hit);
      else {
        misses.push(article);
        missKeys.set(article.docKey, keys[i]!);
      }
    });
    signal?.throwIfAborted();

    let cacheWriteFailed = false;
    if (!workerPool.current && misses.length > 0 && workersFor(requestedWorkers, misses.length) > 0)
      workerPool.current = new WorkerPool(workersFor(requestedWorkers, misses.length), spec, options.articleTimeoutMs);
    const activePool = misses.length > 0 ? workerPool.current : null;
    const workers = activePool?.size ?? 0;
    const extractOptions = {
      ...(signal && { signal }),
      onDone: (done: number, article: ArticleRecord, outcome: ExtractionOutcome) => {
        progress("extract", done, misses.length, article.file);
        if (!("extraction" in outcome)) return;
        if (cacheWriteFailed) return;
        try {
          cache.set(missKeys.get(article.docKey)!, outcome.extraction);
        } catch (error) {
          // Not fatal: the build goes on, the next one extracts these articles again.
          warn(`cannot write the extraction cache in ${cacheDir}: ${(error as Error).message}`);
          cacheWriteFailed = true;
        }
      },
    };
    const outcomes = activePool
      ? await activePool.run(misses, extractOptions)
      : await extractInThread(misses, backend, extractOptions);
    // The workers' memory (a model each) is not needed for the rest of the build.
    await workerPool.current?.close();
    workerPool.current = null;
    misses.forEach((article, i) => {
      const outcome = outcomes[i]!;
      if ("extraction" in outcome) extractions.set(article.docKey, outcome.extraction);
      else {
        skipped.push({ file: article.file, reason: `extraction failed: ${outcome.error}` });
        log(`skipped ${article.file}: extraction failed: ${outcome.error}`);
      }
    });
    const articles = read.articles.filter((article) => extractions.has(article.docKey));
    if (articles.length === 0) throw new BuildError(`no article could be extracted from ${articlesDir}`);
    for (const article of articles)
      for (const note of extractions.get(article.docKey)!.warnings) warn(`${article.file}: ${note}`);
    signal?.throwIfAborted();
    endPhase("extract");

    progress("assemble", 0, 1);
    const ordered = articles.map((article) => extractions.get(article.docKey)!);
    const resolution = backend.extractor.resolveAcrossDocuments(ordered);
    const graph = assembleGraph(articles, extractions, resolution);
    let curationReport: BuildReport["curation"] = null;
    if (curation) {
      curationReport = applyCuration(graph, curation);
      for (const { action, reason } of curationReport.skipped)
        warn(`curation ${basename(curationPath!)} ${action} skipped: ${reason}`);
    }
    progress("assemble", 1, 1);
    signal?.throwIfAborted();
    endPhase("assemble");

    const projection = entityProjection(graph);
    progress("metrics", 0, 1);
    computeMetrics(graph, projection);
    progress("metrics", 1, 1);
    endPhase("metrics");
    progress("layout", 0, 1);
    computeLayout(graph, projection);
    progress("layout", 1, 1);
    signal?.throwIfAborted();
    endPhase("layout");

    const attributes: GraphAttributes = {
      name: basename(dirname(articlesDir)) === "graph-data" ? "newskg demo" : basename(articlesDir),
      builtAt: new Date().toISOString(),
      builderVersion: `${BUILDER_VERSION}+extractor.${version}`,
      nerModel: modelName,
      documentCount: articles.length,
      curationApplied: curation !== null,
    };
    graph.replaceAttributes(attributes);

    progress("write", 0, 1);
    const previous = await previousDocuments(outFile);
    const text = serializeGraph(graph);
    signal?.throwIfAborted();
    await writeFileAtomic(outFile, text);
    progress("write", 1, 1);
    if (!cacheWriteFailed) {
      try {
        cache.prune(new Set(keys));
      } catch (error) {
        warn(`cannot prune the extraction cache in ${cacheDir}: ${(error as Error).message}`);
      }
    }
    endPhase("write");

    const current = new Set(articles.map((a) => a.docKey));
    let entities = 0;
    graph.forEachNode((_node, attributes) => {
      if (attributes.kind === "entity") entities++;
    });
    let relations = 0;
    graph.forEachEdge((_edge, attributes) => {
      if (attributes.category !== "MENTIONS") relations++;
    });
    return {
      outFile,
      documents: articles.length,
      entities,
      relations,
      extracted: articles.length - (read.articles.length - misses.length),
      reused: read.articles.length - misses.length,
      removed: previous ? [...previous].filter((key) => !current.has(key)).length : 0,
      skipped,
      warnings,
      curation: curationReport,
      words: articles.reduce((sum, a) => sum + a.wordCount, 0),
      durationMs: Math.round(performance.now() - started),
      workers,
      nerModel: modelName,
      timings,
    };
  }
}
