// Runs `buildGraph` in one long-lived worker thread (started on first use; the builder's models and caches stay
// warm between builds). Builds are serialised by the caller's mutation queue; this only correlates replies.
import { Worker } from "node:worker_threads";

// Mirrors the parts of @newskg/builder's BuildOptions/BuildReport (packages/builder/src/pipeline/types.ts) the
// server uses. Declared here so type-checking the server does not depend on the builder's build output.
export interface WorkerBuildOptions {
  articlesDir: string;
  outFile: string;
  /** Graph store to write too (BuildOptions.store); null for graph.json only. */
  store?: string | null;
  curationFile?: string | null;
  cacheDir?: string;
  workers?: number;
}

export interface BuildReport {
  documents: number;
  entities: number;
  relations: number;
  extracted: number;
  reused: number;
  skipped: { file: string; reason: string }[];
  warnings: string[];
  durationMs: number;
}

interface Pending {
  resolve: (report: BuildReport & { log: string[] }) => void;
  reject: (error: Error) => void;
}

export class BuildRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  run(options: WorkerBuildOptions): Promise<BuildReport & { log: string[] }> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // keep the process alive while a build runs
      worker.postMessage({ id, options });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./buildWorker.mjs", import.meta.url));
    worker.unref();
    worker.on(
      "message",
      (message: { id: number; ok: boolean; report?: BuildReport; log: string[]; error?: string }) => {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (this.pending.size === 0) worker.unref();
        if (message.ok) pending.resolve({ ...message.report!, log: message.log });
        else pending.reject(new Error(message.error ?? "build failed"));
      },
    );
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`build worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
