// Extraction on worker threads (one NER model per worker).
import type { Worker } from "node:worker_threads";
import type { ArticleRecord } from "../io/articleRecord.js";
import { withSharedModels, type BackendSpec } from "./extractorBackend.js";
import { messageOf, toInput, type ExtractionOutcome, type OnExtracted } from "./extractionOutcome.js";
import { startWorker } from "./startWorker.js";
import type { FromWorker, ToWorker } from "./workerMessages.js";

/** Below this many articles per worker, starting a thread and loading the model in it costs more than it saves. */
export const MIN_ARTICLES_PER_WORKER = 8;

export function workersFor(requested: number, articles: number): number {
  return Math.max(0, Math.min(requested, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

/** An article that takes longer than this is given up (its worker is replaced): a hung extractor must not hang builds. */
export const DEFAULT_ARTICLE_TIMEOUT_MS = 120_000;

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Article ids sent to this worker, oldest (the one being extracted) first. */
  inFlight: number[];
  /** When the oldest in-flight article started. */
  headSince: number;
}

interface Job {
  articles: readonly ArticleRecord[];
  outcomes: ExtractionOutcome[];
  queue: number[];
  done: number;
  onDone?: OnExtracted;
  finish: (error?: unknown) => void;
}

/**
 * Worker threads that load the extractor and model as soon as they are created, so that a build can start them
 * before it has finished reading the articles (a worker takes ~1 s to load TypeScript and the model). A worker
 * that crashes or exceeds the per-article timeout is replaced; the article it was on is reported as failed.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private failure: Error | null = null;
  private job: Job | null = null;
  private restarts = 0;
  private watchdog: NodeJS.Timeout | null = null;
  private announceModel: ((name: string) => void) | null = null;
  private rejectModel: ((error: Error) => void) | null = null;
  /** The tagger's model name, as reported by the first worker ready. */
  readonly modelName: Promise<string>;

  private readonly spec: BackendSpec;

  constructor(
    readonly size: number,
    spec: BackendSpec,
    private readonly articleTimeoutMs: number = DEFAULT_ARTICLE_TIMEOUT_MS,
  ) {
    this.spec = withSharedModels(spec, size);
    this.modelName = new Promise((resolve, reject) => {
      this.announceModel = resolve;
      this.rejectModel = reject;
    });
    // Nobody may ask: an unobserved rejection must not crash the process.
    this.modelName.catch(() => {});
    for (let w = 0; w < size; w++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker(import.meta.url, "./extractWorker", { workerData: this.spec });
    const slot: Slot = { worker, ready: false, dead: false, inFlight: [], headSince: 0 };
    worker.on("message", (message: FromWorker) => {
      if (slot.dead) return;
      if (message.type === "ready") {
        slot.ready = true;
        this.announceModel?.(message.modelName);
        this.pump(slot);
      } else if (message.type === "failed") this.fail(new Error(`extraction worker could not start: ${message.error}`));
      else this.receive(slot, message);
    });
    worker.on("error", (error) => this.lost(slot, `worker crashed: ${messageOf(error)}`));
    worker.on("exit", (code) => this.lost(slot, `worker exited unexpectedly (code ${code})`));
    return slot;
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.rejectModel?.(error);
    this.job?.finish(error);
  }

  private pump(slot: Slot): void {
    const job = this.job;
    if (!job || !slot.ready || slot.dead) return;
    // Two in flight per worker so that it never waits on the main thread between articles.
    while (slot.inFlight.length < 2 && job.queue.length > 0) {
      const id = job.queue.shift()!;
      if (slot.inFlight.length === 0) slot.headSince = Date.now();
      slot.inFlight.push(id);
      slot.worker.postMessage({ id, article: toInput(job.articles[id]!) } satisfies ToWorker);
    }
  }

  private settle(id: number, outcome: ExtractionOutcome): void {
    const job = this.job!;
    job.outcomes[id] = outcome;
    job.done++;
    job.onDone?.(job.done, job.articles[id]!, outcome);
    if (job.done === job.articles.length) job.finish();
  }

  private receive(slot: Slot, message: Extract<FromWorker, { type: "result" | "error" }>): void {
    if (!this.job) return;
    slot.inFlight = slot.inFlight.filter((id) => id !== message.id);
    slot.headSince = Date.now();
    this.settle(message.id, message.type === "result" ? { extraction: message.extraction } : { error: message.error });
    if (this.job) this.pump(slot);
  }

  /** A worker died or was stopped: its current article fails, the others go back to the queue, a new worker starts. */
  private lost(slot: Slot, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    if (!slot.ready) return this.fail(new Error(`extraction worker could not start: ${reason}`));
    const job = this.job;
    if (!job || this.failure) return;
    const [current, ...waiting] = slot.inFlight;
    job.queue.unshift(...waiting);
    const index = this.slots.indexOf(slot);
    if (++this.restarts > 4 * this.size + 8) return this.fail(new Error(`extraction workers keep failing: ${reason}`));
    this.slots[index] = this.spawn();
    if (current !== undefined) this.settle(current, { error: reason });
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.dead || slot.inFlight.length === 0 || now - slot.headSince <= this.articleTimeoutMs) continue;
      void slot.worker.terminate();
      this.lost(slot, `timed out after ${Math.round(this.articleTimeoutMs / 1000)} s`);
    }
  }

  run(
    articles: readonly ArticleRecord[],
    options: { signal?: AbortSignal; onDone?: OnExtracted },
  ): Promise<ExtractionOutcome[]> {
    return new Promise((resolve, reject) => {
      const outcomes = new Array<ExtractionOutcome>(articles.length);
      let settled = false;
      const finish = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        this.job = null;
        if (this.watchdog) clearInterval(this.watchdog);
        this.watchdog = null;
        options.signal?.removeEventListener("abort", onAbort);
        if (error !== undefined) reject(error);
        else resolve(outcomes);
      };
      const onAbort = (): void => finish(options.signal!.reason);
      if (options.signal?.aborted) return onAbort();
      if (this.failure) return finish(this.failure);
      if (articles.length === 0) return finish();
      options.signal?.addEventListener("abort", onAbort, { once: true });
      // Workers that died while the pool was idle are replaced now.
      for (const [i, slot] of this.slots.entries()) if (slot.dead) this.slots[i] = this.spawn();
      this.job = { articles, outcomes, queue: articles.map((_a, i) => i), done: 0, finish };
      if (options.onDone) this.job.onDone = options.onDone;
      this.watchdog = setInterval(() => this.checkTimeouts(), Math.min(1000, this.articleTimeoutMs / 4));
      for (const slot of this.slots) this.pump(slot);
    });
  }

  async close(): Promise<void> {
    this.fail(new Error("worker pool closed"));
    for (const slot of this.slots) slot.dead = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
