// Runs the extractor over the articles that were not in the cache, on worker threads (one NER model per worker)
// or on the calling thread. A failure on one article skips that article only.
import { Worker } from "node:worker_threads";
import type { ArticleInput, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import type { BackendSpec, ExtractorBackend } from "./extractorBackend.js";
import type { FromWorker, ToWorker } from "./workerMessages.js";

export type ExtractionOutcome = { extraction: DocumentExtraction } | { error: string };

/** Below this many articles per worker, starting a thread and loading the model in it costs more than it saves. */
export const MIN_ARTICLES_PER_WORKER = 8;

export function workersFor(requested: number, articles: number): number {
  return Math.max(0, Math.min(requested, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

function toInput(article: ArticleRecord): ArticleInput {
  const input: ArticleInput = { docKey: article.docKey, file: article.file, title: article.title, text: article.text };
  if (article.date) input.date = article.date;
  if (article.publisher) input.publisher = article.publisher;
  if (article.url) input.url = article.url;
  return input;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type OnDone = (done: number, article: ArticleRecord, outcome: ExtractionOutcome) => void;

/**
 * Worker threads that load the extractor and model as soon as they are created, so that a build can start them
 * before it has finished reading the articles (a worker takes ~1 s to load TypeScript and the model).
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly ready: Promise<void>[] = [];
  private failure: Error | null = null;
  private listener: ((message: FromWorker, worker: Worker) => void) | null = null;
  private onFailure: ((error: Error) => void) | null = null;

  constructor(
    readonly size: number,
    spec: BackendSpec,
  ) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(new URL("./extractWorker.mjs", import.meta.url), { workerData: spec });
      this.workers.push(worker);
      this.ready.push(
        new Promise((resolve) => {
          worker.on("message", (message: FromWorker) => {
            if (message.type === "ready") resolve();
            else if (message.type === "failed")
              this.fail(new Error(`extraction worker could not start: ${message.error}`));
            else this.listener?.(message, worker);
          });
        }),
      );
      worker.on("error", (error) => this.fail(new Error(`extraction worker crashed: ${messageOf(error)}`)));
      worker.on("exit", (code) => this.fail(new Error(`extraction worker exited unexpectedly (code ${code})`)));
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.onFailure?.(error);
  }

  run(
    articles: readonly ArticleRecord[],
    options: { signal?: AbortSignal; onDone?: OnDone },
  ): Promise<ExtractionOutcome[]> {
    return new Promise((resolve, reject) => {
      const outcomes = new Array<ExtractionOutcome>(articles.length);
      let next = 0;
      let done = 0;
      let settled = false;
      const finish = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        this.listener = null;
        this.onFailure = null;
        options.signal?.removeEventListener("abort", onAbort);
        if (error !== undefined) reject(error);
        else resolve(outcomes);
      };
      const onAbort = (): void => finish(options.signal!.reason);
      if (options.signal?.aborted) return onAbort();
      if (this.failure) return finish(this.failure);
      if (articles.length === 0) return finish();
      options.signal?.addEventListener("abort", onAbort, { once: true });
      this.onFailure = finish;

      const feed = (worker: Worker): void => {
        if (next >= articles.length) return;
        const id = next++;
        worker.postMessage({ id, article: toInput(articles[id]!) } satisfies ToWorker);
      };
      this.listener = (message, worker) => {
        if (settled || (message.type !== "result" && message.type !== "error")) return;
        const outcome: ExtractionOutcome =
          message.type === "result" ? { extraction: message.extraction } : { error: message.error };
        outcomes[message.id] = outcome;
        done++;
        options.onDone?.(done, articles[message.id]!, outcome);
        if (done === articles.length) finish();
        else feed(worker);
      };
      this.workers.forEach((worker, w) => {
        void this.ready[w]!.then(() => {
          // Two in flight per worker so it never waits on the main thread between articles.
          if (settled) return;
          feed(worker);
          feed(worker);
        });
      });
    });
  }

  async close(): Promise<void> {
    this.fail(new Error("worker pool closed"));
    for (const worker of this.workers) worker.removeAllListeners("exit");
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

export async function extractInThread(
  articles: readonly ArticleRecord[],
  backend: ExtractorBackend,
  options: { signal?: AbortSignal; onDone?: OnDone },
): Promise<ExtractionOutcome[]> {
  const { extractor, tagger } = backend;
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
