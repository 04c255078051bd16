// `kg worker`: claims queued articles from the PostgreSQL store (FOR UPDATE SKIP LOCKED, heartbeats while it
// works), extracts them and stores each extraction on its queue row. When nothing is waiting or running, one
// worker (the resolution lock decides which) resolves entities across all articles and writes the next build.
// Resolution is incremental as in `kg build`: the index of the last worker build lives in the store
// (resolution_index, committed with that build), keyed by queue row, so only the entities the new or changed
// articles reach are resolved again.
import { hostname } from "node:os";
import type { CurationFile } from "@newskg/graph-model";
import { ArticleQueue, openStore, type DoneArticle } from "@newskg/store";
import type { DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { docKeyOf } from "../io/docKeyOf.js";
import { parseArticle } from "../io/parseArticle.js";
import { messageOf, toInput } from "../pipeline/extractionOutcome.js";
import { decodeResolutionIndex, encodeResolutionIndex } from "../pipeline/resolutionIndex.js";
import { resolveIncrementally } from "../pipeline/resolveIncrementally.js";
import { loadExtractorBackend, type BackendSpec } from "../pipeline/extractorBackend.js";
import { writeGraphStoreTo } from "../pipeline/writeGraphStore.js";
import { assembleBuild } from "./assembleBuild.js";

export interface WorkerOptions {
  store: string;
  /** Name in claimed_by; default host:pid. */
  id?: string;
  backend: BackendSpec;
  curation?: CurationFile | null;
  /** Exit once the queue is empty and resolved (instead of waiting for more articles). */
  drain?: boolean;
  /** Resolve every article again instead of only what the new ones reach (the index is rewritten). */
  fullResolution?: boolean;
  pollMs?: number;
  /** A claim without a heartbeat for this long is taken back by another worker. Default 30 s. */
  staleMs?: number;
  log?: (message: string) => void;
  signal?: AbortSignal;
}

export interface WorkerReport {
  extracted: number;
  failed: number;
  builds: number[];
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), done()), { once: true });
  });

export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const id = options.id ?? `${hostname()}:${process.pid}`;
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const staleMs = options.staleMs ?? 30_000;
  const store = await openStore(options.store);
  const report: WorkerReport = { extracted: 0, failed: 0, builds: [] };
  try {
    const queue = ArticleQueue.of(store, { staleMs });
    const backend = await loadExtractorBackend(options.backend);
    const tagger = await backend.tagger();
    // The parser too, as `kg build` extracts with it (without it the worker's relations came from mentions only).
    const parser = await backend.parser();
    log(`kg worker ${id}: ready (${store.location})`);
    while (!options.signal?.aborted) {
      const job = await queue.claim(id);
      if (job) {
        const beat = setInterval(() => void queue.heartbeat(job.id, id).catch(() => undefined), staleMs / 3);
        try {
          const parsed = parseArticle(job.file, docKeyOf(job.file), job.body, Buffer.byteLength(job.body));
          if (!parsed.ok) {
            await queue.fail(job.id, parsed.reason);
            report.failed++;
            log(`kg worker ${id}: skipped ${job.file}: ${parsed.reason}`);
            continue;
          }
          // Let the heartbeat timer run before a long synchronous extraction.
          await new Promise((done) => setImmediate(done));
          const extraction = backend.extractor.extractDocument(toInput(parsed.article), tagger, parser);
          if (await queue.complete(job.id, id, parsed.article, extraction)) report.extracted++;
          else log(`kg worker ${id}: ${job.file} was taken back by another worker meanwhile`);
        } catch (error) {
          await queue.fail(job.id, messageOf(error));
          report.failed++;
          log(`kg worker ${id}: ${job.file} failed: ${messageOf(error)}`);
        } finally {
          clearInterval(beat);
        }
        continue;
      }
      const counts = await queue.counts();
      if (counts.queued === 0 && counts.running === 0) {
        const version = await queue.resolveOnce(async (done: DoneArticle[]) => {
          const articles = done.map((d) => d.article as ArticleRecord);
          const extractions = new Map(
            done.map((d) => [(d.article as ArticleRecord).docKey, d.extraction as DocumentExtraction]),
          );
          // A queue row's extraction never changes once done: its id identifies it (an edit is a new row).
          const hashes = new Map(done.map((d) => [(d.article as ArticleRecord).docKey, `queue:${d.id}`]));
          const started = performance.now();
          const { resolution, index, resolvedItems, totalItems, changedDocs, touched } = resolveIncrementally(
            backend.extractor,
            [...extractions.values()],
            hashes,
            options.fullResolution ? null : decodeResolutionIndex(await store.resolutionIndex()),
          );
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          log(
            changedDocs === null
              ? `kg worker ${id}: resolution: every article (${totalItems} article entities) in ${seconds} s`
              : `kg worker ${id}: resolution: ${changedDocs} articles changed since the last build; ` +
                  `${resolvedItems} of ${totalItems} article entities resolved again in ${seconds} s`,
          );
          const { graph, curation } = assembleBuild(
            "queue",
            articles,
            extractions,
            resolution,
            backend.extractor,
            tagger.modelName,
            options.curation ?? null,
          );
          const written = await writeGraphStoreTo(
            store,
            graph,
            curation && options.curation ? { file: options.curation, outcomes: curation.outcomes } : null,
            index.docs.size > 0 ? encodeResolutionIndex(index) : undefined,
            touched,
          );
          log(
            `kg worker ${id}: resolved ${articles.length} articles into build ${written.version} ` +
              `(${written.mode === "change" ? "the rows they reach" : "whole graph"}) ` +
              `(documents +${written.changes.documents.inserted} ~${written.changes.documents.updated} -${written.changes.documents.deleted})`,
          );
          return written.version;
        });
        if (version !== null) report.builds.push(version);
        if (options.drain) break;
      }
      await sleep(options.pollMs ?? 500, options.signal);
    }
    return report;
  } finally {
    await store.close();
  }
}
