// SQLite reads off the caller's thread. better-sqlite3 is synchronous, so a server reading on its own thread stops
// answering anyone while one long query runs (a hub's neighbourhood holds up every other request). The pool keeps
// a few worker threads, each with its own read-only connection (WAL: they read while a build writes), and sends
// each GraphReader call to an idle one; calls wait in arrival order when all are busy. A call runs in one read
// transaction, so it sees one whole build. PostgreSQL needs none of this: its client is asynchronous.
// The wait is bounded: past `maxQueue` waiting calls, or `maxWaitMs` in the queue, a call fails at once with a
// BUSY StoreError, so an overloaded server says so instead of letting every caller wait out its deadline.
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
  /** Calls that may wait for a thread; one more fails with BUSY. Default 256. */
  maxQueue?: number;
  /** A call still waiting for a thread after this many ms fails with BUSY. Default 5000. */
  maxWaitMs?: number;
  /**
   * Young generation of each thread's heap in MB (default 8). V8's default (48 MB on 64-bit) lets a busy thread
   * pile up tens of MB of dead rows between scavenges, in every thread: the pool's resident memory rose with the
   * request rate. A thread's rows die young, so small scavenges cost little.
   */
  youngHeapMb?: number;
  /**
   * Old generation of each thread's heap in MB (default: V8's, which grows with the machine's memory). A thread
   * keeps only its connection and one call's rows, so a small bound costs a few more collections, where V8's own
   * limit let a thread's dead rows take tens of MB. A call that needs more (none of the API's limits does) ends
   * its thread, which is replaced, and fails.
   */
  oldHeapMb?: number;
}

export const DEFAULT_READER_QUEUE = 256;
export const DEFAULT_READER_WAIT_MS = 5000;
export const DEFAULT_READER_YOUNG_HEAP_MB = 8;

interface Job {
  call: ReaderCall;
  /** Fails the call as BUSY when it is still waiting for a thread then. */
  timer: NodeJS.Timeout | null;
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
  private readonly maxQueue: number;
  private readonly maxWaitMs: number;

  constructor(
    readonly path: string,
    private readonly options: ReaderPoolOptions,
  ) {
    this.tickMs = options.tickMs ?? 20;
    this.maxQueue = options.maxQueue ?? DEFAULT_READER_QUEUE;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_READER_WAIT_MS;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Calls waiting for a thread (not those running). */
  get waiting(): number {
    return this.queue.length;
  }

  private closedError(): StoreError {
    return new StoreError(`the reader threads of ${this.path} are closed`, "CLOSED");
  }

  private busy(why: string): StoreError {
    return new StoreError(
      `the store ${this.path} is busy: ${why}; try again shortly (kg serve --readers adds threads)`,
      "BUSY",
    );
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
      resourceLimits: {
        maxYoungGenerationSizeMb: this.options.youngHeapMb ?? DEFAULT_READER_YOUNG_HEAP_MB,
        ...(this.options.oldHeapMb !== undefined && { maxOldGenerationSizeMb: this.options.oldHeapMb }),
      },
      // A thread's heap is set by resourceLimits: Worker refuses V8's heap flags the process may run with.
      ...(fromSource && {
        execArgv: [
          ...process.execArgv.filter((a) => !/^--max-\w+-space-size\b/.test(a)),
          "--conditions=@newskg/source",
        ],
      }),
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
      for (const waiting of this.queue.splice(0)) {
        if (waiting.timer) clearTimeout(waiting.timer);
        waiting.fail(new Error(`cannot read ${this.path} from a reader thread: ${error.message}`));
      }
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
      if (job.timer) clearTimeout(job.timer);
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
    if (this.closed) return Promise.reject(this.closedError());
    if (this.slots.length === 0) return Promise.reject(new Error(`no reader thread could open ${this.path}`));
    const tickAt = args.findIndex((a) => typeof a === "function");
    const tick = tickAt >= 0 ? (args[tickAt] as () => void) : null;
    const sent = args.map((a) => (typeof a === "function" ? null : a));
    const idle = this.slots.some((slot) => slot.ready && !slot.job);
    if (!idle && this.queue.length >= this.maxQueue)
      return Promise.reject(
        this.busy(`all ${this.slots.length} reader threads are answering and ${this.queue.length} calls wait`),
      );
    return new Promise((resolve, reject) => {
      const job: Job = {
        call: { method, args: sent, tickAt: tickAt >= 0 ? tickAt : null },
        timer: null,
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
      };
      this.queue.push(job);
      this.dispatch();
      if (this.queue.includes(job)) {
        job.timer = setTimeout(() => {
          const at = this.queue.indexOf(job);
          if (at < 0) return;
          this.queue.splice(at, 1);
          job.fail(this.busy(`a call waited ${this.maxWaitMs} ms for one of its ${this.slots.length} reader threads`));
        }, this.maxWaitMs);
        job.timer.unref();
      }
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
    for (const job of this.queue.splice(0)) {
      if (job.timer) clearTimeout(job.timer);
      job.fail(this.closedError());
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
