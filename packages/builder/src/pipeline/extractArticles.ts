// Runs the extractor over the articles that were not in the cache, on worker threads (one NER model per worker)
// or on the calling thread. A failure on one article skips that article only.
import { Worker } from "node:worker_threads";
import type { ArticleInput, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import type { BackendSpec, ExtractorBackend } from "./extractorBackend.js";
import type { FromWorker, ToWorker } from "./workerMessages.js";

export type ExtractionOutcome = { extraction: DocumentExtraction } | { error: string };

/** Below this many articles, starting threads and loading the model in each costs more than it saves. */
export const MIN_ARTICLES_PER_WORKER = 8;

export interface ExtractArticlesOptions {
  workers: number;
  spec: BackendSpec;
  /** Backend of the calling thread, used when extracting in-thread. */
  backend: ExtractorBackend;
  signal?: AbortSignal;
  onDone?: (done: number, article: ArticleRecord, outcome: ExtractionOutcome) => void;
}

function toInput(article: ArticleRecord): ArticleInput {
  const input: ArticleInput = { docKey: article.docKey, file: article.file, title: article.title, text: article.text };
  if (article.date) input.date = article.date;
  if (article.publisher) input.publisher = article.publisher;
  if (article.url) input.url = article.url;
  return input;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function workersFor(requested: number, articles: number): number {
  return Math.max(0, Math.min(requested, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

async function extractInThread(
  articles: readonly ArticleRecord[],
  options: ExtractArticlesOptions,
): Promise<ExtractionOutcome[]> {
  const { extractor, tagger } = options.backend;
  const outcomes: ExtractionOutcome[] = [];
  for (const [i, article] of articles.entries()) {
    options.signal?.throwIfAborted();
    let outcome: ExtractionOutcome;
    try {
      outcome = { extraction: extractor.extractDocument(toInput(article), tagger) };
    } catch (error) {
      outcome = { error: messageOf(error) };
    }
    outcomes.push(outcome);
    options.onDone?.(i + 1, article, outcome);
    // Let signals, progress output and timers run between articles.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outcomes;
}

function extractInWorkers(
  articles: readonly ArticleRecord[],
  count: number,
  options: ExtractArticlesOptions,
): Promise<ExtractionOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes = new Array<ExtractionOutcome>(articles.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const worker of workers) void worker.terminate();
      if (error !== undefined) reject(error);
      else resolve(outcomes);
    };
    const onAbort = (): void => finish(options.signal!.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) return onAbort();

    const feed = (worker: Worker): void => {
      if (next >= articles.length) return;
      const id = next++;
      worker.postMessage({ id, article: toInput(articles[id]!) } satisfies ToWorker);
    };

    for (let w = 0; w < count; w++) {
      const worker = new Worker(new URL("./extractWorker.mjs", import.meta.url), { workerData: options.spec });
      workers.push(worker);
      worker.on("message", (message: FromWorker) => {
        if (settled) return;
        switch (message.type) {
          case "ready":
            // Two in flight per worker so it never waits on the main thread between articles.
            feed(worker);
            feed(worker);
            return;
          case "failed":
            return finish(new Error(`extraction worker could not start: ${message.error}`));
          case "result":
          case "error": {
            const outcome: ExtractionOutcome =
              message.type === "result" ? { extraction: message.extraction } : { error: message.error };
            outcomes[message.id] = outcome;
            done++;
            options.onDone?.(done, articles[message.id]!, outcome);
            if (done === articles.length) return finish();
            feed(worker);
            return;
          }
        }
      });
      worker.on("error", (error) => finish(new Error(`extraction worker crashed: ${messageOf(error)}`)));
      worker.on("exit", (code) => {
        if (!settled) finish(new Error(`extraction worker exited unexpectedly (code ${code})`));
      });
    }
  });
}

export async function extractArticles(
  articles: readonly ArticleRecord[],
  options: ExtractArticlesOptions,
): Promise<{ outcomes: ExtractionOutcome[]; workers: number }> {
  if (articles.length === 0) return { outcomes: [], workers: 0 };
  const count = workersFor(options.workers, articles.length);
  if (count === 0) return { outcomes: await extractInThread(articles, options), workers: 0 };
  return { outcomes: await extractInWorkers(articles, count, options), workers: count };
}
