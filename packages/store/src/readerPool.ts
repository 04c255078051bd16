// SQLite reads off the caller's thread. better-sqlite3 is synchronous, so a server reading on its own thread stops
// answering anyone while one long query runs (a hub's neighbourhood holds up every other request). The pool keeps
// a few worker threads, each with its own read-only connection (WAL: they read while a build writes), and sends
// each GraphReader call to an idle one; calls wait in arrival order when all are busy. A call runs in one read
// transaction, so it sees one whole build. PostgreSQL needs none of this: its client is asynchronous.
import type { GraphReader } from "@newskg/graph-model";
import { Worker } from "node:worker_threads";
import type { StoreErrorCode } from "./errors.js";
import { StoreError } from "./errors.js";
import type { ReaderCall, ReaderMethod, ReaderReply } from "./readerMessages.js";
import { READER_METHODS } from "./readerMessages.js";

export interface ReaderPoolOptions {
  /** Reader threads (at least 1). */
  size: number;
  /** Page cache per thread in MB (default 16): the pool's memory grows with size, not with the store. */
  cacheMb?: number;
  /** How often a running call checks its caller's `tick` (the server's deadline), in ms. Default 20. */
  tickMs?: number;
}

interface Job {
  call: ReaderCall;
  tick: (() => void) | null;
  done: (reply: ReaderReply) => void;
  fail: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  cancel: Int32Array;
  job: Job | null;
  ready: boolean;
}

/** Threads run what the module that starts them runs: dist's .js, or from sources a bootstrap registering tsx. */
function workerUrl(): URL {
  const fromSource = /\.[cm]?ts$/.test(new URL(import.meta.url).pathname);
  return new URL(fromSource ? "./readerWorker.mjs" : "./readerWorker.js", import.meta.url);
}

export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;
  private readonly tickMs: number;

  constructor(
    readonly path: string,
    private readonly options: ReaderPoolOptions,
  ) {
    this.tickMs = options.tickMs ?? 20;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Resolves once every thread has opened its connection (a failure to open rejects). */
  async ready(): Promise<void> {
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((done, fail) => {
            if (slot.ready) return done();
            slot.worker.once("message", () => done());
            slot.worker.once("error", fail);
          }),
      ),
    );
  }

  private start(): Slot {
    const cancel = new SharedArrayBuffer(4);
    const fromSource = workerUrl().pathname.endsWith(".mjs");
    const worker = new Worker(workerUrl(), {
      workerData: { path: this.path, cancel, cacheMb: this.options.cacheMb ?? 16 },
      ...(fromSource && { execArgv: [...process.execArgv, "--conditions=@newskg/source"] }),
    });
    worker.unref();
    const slot: Slot = { worker, cancel: new Int32Array(cancel), job: null, ready: false };
    worker.on("message", (message: ReaderReply | "ready") => {
      if (message === "ready") {
        slot.ready = true;
        return this.dispatch();
      }
      const job = slot.job;
      slot.job = null;
      slot.worker.unref();
      job?.done(message);
      this.dispatch();
    });
    worker.on("error", (error) => this.lost(slot, error));
    worker.on("exit", (code) => this.lost(slot, new Error(`reader thread exited (code ${code})`)));
    return slot;
  }

  /** A thread that died takes its call with it; another one takes its place. */
  private lost(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    slot.job = null;
    job?.fail(new Error(`a reader thread of ${this.path} failed: ${error.message}`, { cause: error }));
    if (this.closed) return;
    if (!slot.ready) {
      // It never opened its connection (a missing or unreadable file): say so to whoever waits, do not retry.
      this.slots.splice(index, 1);
      for (const waiting of this.queue.splice(0))
        waiting.fail(new Error(`cannot read ${this.path} from a reader thread: ${error.message}`));
      if (this.slots.length === 0) return;
      return this.dispatch();
    }
    this.slots[index] = this.start();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift()!;
      try {
        job.tick?.(); // already past its deadline: do not start it
      } catch (error) {
        job.fail(error as Error);
        continue;
      }
      Atomics.store(slot.cancel, 0, 0);
      slot.job = job;
      if (job.tick) this.watch(slot, job);
      slot.worker.ref(); // a call in flight keeps the process alive; an idle thread does not
      slot.worker.postMessage(job.call);
    }
  }

  /** Checks the caller's deadline while its call runs; when it throws, the thread is told to stop. */
  private watch(slot: Slot, job: Job): void {
    const timer = setInterval(() => {
      if (slot.job !== job) return clearInterval(timer);
      try {
        job.tick!();
      } catch (error) {
        clearInterval(timer);
        Atomics.store(slot.cancel, 0, 1);
        const fail = job.fail;
        job.fail = job.done = () => undefined; // the thread's late answer is dropped
        fail(error as Error);
      }
    }, this.tickMs);
    timer.unref();
  }

  /** Runs one GraphReader call on a reader thread; resolves with its value and the build version it read. */
  call(method: ReaderMethod, args: readonly unknown[]): Promise<{ value: unknown; version: number }> {
    if (this.closed) return Promise.reject(new Error(`the reader pool of ${this.path} is closed`));
    if (this.slots.length === 0) return Promise.reject(new Error(`no reader thread could open ${this.path}`));
    const tickAt = args.findIndex((a) => typeof a === "function");
    const tick = tickAt >= 0 ? (args[tickAt] as () => void) : null;
    const sent = args.map((a) => (typeof a === "function" ? null : a));
    return new Promise((resolve, reject) => {
      this.queue.push({
        call: { method, args: sent, tickAt: tickAt >= 0 ? tickAt : null },
        tick,
        done: (reply) => {
          if (reply.ok) return resolve({ value: reply.value, version: reply.version });
          reject(
            reply.code && !reply.cancelled
              ? new StoreError(reply.message, reply.code as StoreErrorCode)
              : new Error(reply.message),
          );
        },
        fail: reject,
      });
      this.dispatch();
    });
  }

  /**
   * A GraphReader whose calls run on the pool. `onVersion` hears the build version each call read: a call that
   * starts after a newer build committed reads that build whole, which tells the caller to follow it. `meanwhile`
   * (the caller's own connection) answers until the first thread is ready.
   */
  reader(onVersion?: (version: number) => void, meanwhile?: GraphReader): GraphReader {
    const reader = {} as Record<ReaderMethod, (...args: unknown[]) => Promise<unknown>>;
    for (const method of READER_METHODS)
      reader[method] = async (...args: unknown[]) => {
        // Threads take a moment to start (seconds from TypeScript sources): until one is up, `meanwhile` answers.
        if (meanwhile && !this.slots.some((slot) => slot.ready))
          return (meanwhile[method] as (...a: unknown[]) => Promise<unknown>).apply(meanwhile, args);
        const { value, version } = await this.call(method, args);
        onVersion?.(version);
        return value;
      };
    return reader as unknown as GraphReader;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.fail(new Error(`the reader pool of ${this.path} is closed`));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
