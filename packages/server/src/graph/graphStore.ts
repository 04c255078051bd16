// Holds the current graph index and swaps in a new one when the graph file is replaced (e.g. by `kg build`).
// The index is immutable and swapped atomically: requests keep the snapshot they started with. A missing or
// corrupt file never stops the server: the error is reported and the last good graph (if any) stays served.
import type { Stats } from "node:fs";
import { watch } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import type { GraphIndex } from "./buildGraphIndex.js";
import { assertGraphFile, buildGraphIndexCooperatively } from "./buildGraphIndex.js";

export interface GraphSnapshot {
  index: GraphIndex | null;
  /** What is wrong with the graph file, when something is (the index may still be the last good one). */
  error: string | null;
  loadedAt: string | null;
  /** Increments on every successful load. */
  version: number;
}

const fileId = (s: Stats) => `${s.ino}:${s.size}:${s.mtimeMs}`;

export class GraphStore {
  protected snapshot: GraphSnapshot = { index: null, error: "graph not loaded yet", loadedAt: null, version: 0 };
  private loadedFileId: string | null = null;
  private loading: Promise<void> | null = null;
  private again = false;
  private watcher: ReturnType<typeof watch> | null = null;
  private poll: NodeJS.Timeout | null = null;
  private debounce: NodeJS.Timeout | null = null;

  constructor(readonly graphPath: string) {}

  current(): GraphSnapshot {
    return this.snapshot;
  }

  /**
   * Brings the index up to date with the file: waits for a load in progress, then loads if the file changed since
   * it was last read (a replaced file has a new inode, size or mtime), so a watcher-triggered load and an explicit
   * reload after a build do not parse the same file twice.
   */
  async reload(): Promise<GraphSnapshot> {
    if (this.loading) await this.loading;
    await this.queueLoad();
    return this.snapshot;
  }

  /** Watches the graph's directory (debounced) and polls as a fallback for filesystems without events. */
  startWatching(pollMs = 1000): void {
    this.watchFile(pollMs);
  }

  /** The file watcher and poll (replaced by a version poll when the graph comes from a store). */
  protected watchFile(pollMs: number): void {
    const onChange = () => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.queueLoad(), 75);
      this.debounce.unref();
    };
    const tryWatch = () => {
      if (this.watcher) return;
      try {
        const name = basename(this.graphPath);
        this.watcher = watch(dirname(this.graphPath), (_event, file) => {
          if (file === null || file === name) onChange();
        });
        this.watcher.on("error", () => {
          this.watcher?.close();
          this.watcher = null;
        });
        this.watcher.unref();
      } catch {
        this.watcher = null; // directory missing: the poll retries
      }
    };
    tryWatch();
    this.poll = setInterval(() => {
      tryWatch();
      void this.queueLoad();
    }, pollMs);
    this.poll.unref();
  }

  /** What the graph is read from, for /health. */
  describeSource(): { kind: "file" | "sqlite" | "postgres"; location: string; buildVersion: number | null } {
    return { kind: "file", location: this.graphPath, buildVersion: null };
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.poll) clearInterval(this.poll);
    if (this.debounce) clearTimeout(this.debounce);
  }

  protected queueLoad(): Promise<void> {
    if (this.loading) {
      // One load at a time; a change seen meanwhile is checked once the current load is done.
      this.again = true;
      return this.loading;
    }
    this.loading = this.load().finally(() => {
      this.loading = null;
      if (this.again) {
        this.again = false;
        void this.queueLoad();
      }
    });
    return this.loading;
  }

  protected async load(): Promise<void> {
    let id: string;
    try {
      id = fileId(await stat(this.graphPath));
    } catch {
      const missing = `graph file ${this.graphPath} not found: build it with \`pnpm kg build\``;
      const error = this.snapshot.index ? `${missing} (serving the last loaded graph)` : missing;
      this.loadedFileId = null;
      if (this.snapshot.error !== error) this.snapshot = { ...this.snapshot, error };
      return;
    }
    if (id === this.loadedFileId) return; // unchanged
    try {
      const text = await readFile(this.graphPath, "utf8");
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`graph file is not valid JSON (${(error as Error).message})`, { cause: error });
      }
      assertGraphFile(parsed);
      const index = await buildGraphIndexCooperatively(parsed);
      this.snapshot = { index, error: null, loadedAt: new Date().toISOString(), version: this.snapshot.version + 1 };
    } catch (error) {
      const message = `cannot load graph file ${this.graphPath}: ${(error as Error).message}`;
      this.snapshot = {
        ...this.snapshot,
        error: this.snapshot.index ? `${message} (serving the last good graph)` : message,
      };
    }
    this.loadedFileId = id;
  }
}
