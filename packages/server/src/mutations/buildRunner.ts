// Runs `buildGraph` in one long-lived worker thread (started on first use; the builder's models and caches stay
// warm between builds). Builds are serialised by the caller's mutation queue; this only correlates replies.
import type { Worker } from "node:worker_threads";
import { startWorker } from "@newskg/builder";
import type { BuildOptions, BuildReport } from "@newskg/builder";

/** What the server may ask of a build (functions and signals do not cross threads). */
export type WorkerBuildOptions = Pick<
  BuildOptions,
  "articlesDir" | "outFile" | "store" | "curationFile" | "cacheDir" | "workers"
>;
export type { BuildReport };

/** Messages between the runner and buildWorker.ts. */
export interface BuildRequest {
  id: number;
  options: WorkerBuildOptions;
}
export type BuildReply =
  | { id: number; ok: true; report: BuildReport; log: string[] }
  | { id: number; ok: false; error: string; log: string[] };

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
      worker.postMessage({ id, options } satisfies BuildRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(import.meta.url, "./buildWorker");
    worker.unref();
    worker.on("message", (message: BuildReply) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.ok) pending.resolve({ ...message.report, log: message.log });
      else pending.reject(new Error(message.error));
    });
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
