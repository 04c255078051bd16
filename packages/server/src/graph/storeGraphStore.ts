// The graph index read from the graph store (SQLite graph.db or PostgreSQL) instead of graph.json. The store's
// build version is polled (one indexed query); a new version is read in one snapshot, so the server swaps from one
// whole build to the next and never sees half a build. A missing or unreachable store never stops the server:
// the error is reported and the last good graph stays served.
import type { StoreBuild } from "@newskg/graph-model";
import type { SqlGraphStore } from "@newskg/store";
import { describeStore, isPostgresSpec, openStore } from "@newskg/store";
import { buildGraphIndexCooperatively } from "./buildGraphIndex.js";
import { GraphStore } from "./graphStore.js";

export class StoreGraphStore extends GraphStore {
  private store: SqlGraphStore | null = null;
  private opening: Promise<SqlGraphStore> | null = null;
  private loadedVersion: number | null = null;
  private versionPoll: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly storeSpec: string,
    /** The graph.json export next to the store, served at /graph.json when it exists. */
    graphPath: string,
  ) {
    super(graphPath);
  }

  /** The open store, for queries answered by SQL; null until it could be opened. */
  sql(): SqlGraphStore | null {
    return this.store;
  }

  private async open(): Promise<SqlGraphStore> {
    if (this.store) return this.store;
    this.opening ??= openStore(this.storeSpec, { mustExist: true }).finally(() => {
      this.opening = null;
    });
    const store = await this.opening;
    if (this.closed) {
      await store.close();
      throw new Error("server closing");
    }
    this.store = store;
    return store;
  }

  protected override watchFile(pollMs: number): void {
    this.versionPoll = setInterval(() => void this.queueLoad(), Math.min(pollMs, 500));
    this.versionPoll.unref();
  }

  override describeSource() {
    return {
      kind: isPostgresSpec(this.storeSpec) ? ("postgres" as const) : ("sqlite" as const),
      location: describeStore(this.storeSpec),
      buildVersion: this.loadedVersion,
    };
  }

  protected override async load(): Promise<void> {
    let build: StoreBuild | null;
    try {
      const store = await this.open();
      build = await store.currentBuild();
    } catch (error) {
      if (this.closed) return;
      // A store that went away (file replaced, server restarted) is reopened on the next poll.
      const store = this.store;
      this.store = null;
      await store?.close().catch(() => undefined);
      return this.fail((error as Error).message);
    }
    if (!build)
      return this.fail(`the graph store ${describeStore(this.storeSpec)} holds no build yet: run \`pnpm kg build\``);
    if (build.version === this.loadedVersion) {
      if (this.snapshot.error !== null) this.snapshot = { ...this.snapshot, error: null }; // the store is back
      return;
    }
    try {
      const graph = await this.store!.readGraph();
      if (!graph) return this.fail("the graph store holds no build yet");
      const index = await buildGraphIndexCooperatively(graph);
      this.snapshot = { index, error: null, loadedAt: new Date().toISOString(), version: this.snapshot.version + 1 };
      this.loadedVersion = build.version;
    } catch (error) {
      this.fail(`cannot read the graph store: ${(error as Error).message}`);
    }
  }

  private fail(message: string): void {
    const error = this.snapshot.index ? `${message} (serving the last good graph)` : message;
    if (this.snapshot.error !== error) this.snapshot = { ...this.snapshot, error };
  }

  override close(): void {
    super.close();
    this.closed = true;
    if (this.versionPoll) clearInterval(this.versionPoll);
    const store = this.store;
    this.store = null;
    void store?.close().catch(() => undefined);
  }
}
