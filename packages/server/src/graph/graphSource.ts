// Where the server's answers come from: the graph store (SQLite graph.db or PostgreSQL), read by indexed SQL. The
// store's build version is polled; each new build is announced as a new snapshot (new caches, fresh counts), so
// cached answers never mix two builds. Nothing of the graph is held in memory besides a few counts.
// `kg serve --graph FILE` (the fallback) imports the file into a private SQLite store and answers from that
// alike. A missing, corrupt or unreachable source never stops the server: the error is reported and the last
// good build's counts stay on /health. SQLite reads run on a pool of reader threads (`readers`), so a long query
// never holds up the server's event loop; PostgreSQL's client is asynchronous already.
import type { Stats } from "node:fs";
import { mkdtempSync, rmSync, watch } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { GraphReader, StoreGraphCounts } from "@newskg/graph-model";
import { assertGraphFile } from "@newskg/graph-model";
import type { SqlGraphStore } from "@newskg/store";
import { ReaderPool, describeStore, isPostgresSpec, openStore } from "@newskg/store";
import { VersionCache } from "./versionCache.js";

/** SQLite reader threads by default: two keep answering while one runs a long query. */
export const DEFAULT_READERS = 2;

/** What the server holds besides its code: each bound in MB (see the server README's memory section). */
export interface SourceMemory {
  /** Answers kept per build (searches, neighbourhoods, paths, counts of filtered lists). Default 16. */
  answerCacheMb?: number;
  /** SQLite page cache of each reader thread (the OS keeps the file cached too). Default 8. */
  readerCacheMb?: number;
  /** Old generation of each reader thread's heap (its live rows are one call's; the rest is garbage). Default 64. */
  readerHeapMb?: number;
}

/**
 * Page cache of the server's own SQLite connection while reader threads answer: it reads the build's version and
 * counts and streams exports, so SQLite's usual 32 MB (filled by the counts) would only hold pages once read.
 */
const OWN_CONNECTION_CACHE_MB = 8;

export const DEFAULT_ANSWER_CACHE_MB = 16;
export const DEFAULT_READER_CACHE_MB = 8;
export const DEFAULT_READER_HEAP_MB = 64;

export interface GraphSnapshot {
  /** Reads of the served build; null until a build could be read. */
  reader: GraphReader | null;
  /** Counts of the served build, read once per build (health, stats). */
  counts: StoreGraphCounts | null;
  /** What is wrong with the source, when something is (the last good build may still be served). */
  error: string | null;
  loadedAt: string | null;
  /** Increments on every build loaded: the key of every per-build cache. */
  version: number;
  /** Answers computed from this build, shared by requests. */
  cache: VersionCache;
}

export interface SourceDescription {
  kind: "file" | "sqlite" | "postgres";
  location: string;
  buildVersion: number | null;
}

export abstract class GraphSource {
  protected snapshot: GraphSnapshot = {
    reader: null,
    counts: null,
    error: "graph not loaded yet",
    loadedAt: null,
    version: 0,
    cache: new VersionCache(0),
  };
  protected closed = false;
  private loading: Promise<void> | null = null;
  private again = false;
  protected timers: NodeJS.Timeout[] = [];
  /** Reader threads per SQLite store, made on first publish and closed with the store. */
  private readonly pools = new Map<SqlGraphStore, ReaderPool>();

  constructor(
    /** graph.json: the graph itself for a file source; next to a store, where rebuilds write their export. */
    readonly graphPath: string,
    /** SQLite reader threads; 0 reads on the server's own thread. */
    protected readonly readers: number = DEFAULT_READERS,
    protected readonly memory: SourceMemory = {},
  ) {}

  current(): GraphSnapshot {
    return this.snapshot;
  }

  /** The open store (for exports and the article queue); null until it could be opened. */
  abstract sql(): SqlGraphStore | null;

  abstract describeSource(): SourceDescription;

  /** Brings the snapshot up to date: waits for a load in progress, then checks for a newer build. */
  async reload(): Promise<GraphSnapshot> {
    if (this.loading) await this.loading;
    await this.queueLoad();
    return this.snapshot;
  }

  abstract startWatching(pollMs?: number): void;

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const pool of this.pools.values()) void pool.close();
    this.pools.clear();
  }

  /** The reads of a store: on its reader threads when it is SQLite and the server has any. */
  private readerOf(store: SqlGraphStore, onVersion?: (version: number) => void): GraphReader {
    if (store.engine !== "sqlite" || this.readers <= 0) return store.reader();
    let pool = this.pools.get(store);
    if (!pool) {
      pool = new ReaderPool(store.location, {
        size: this.readers,
        cacheMb: this.memory.readerCacheMb ?? DEFAULT_READER_CACHE_MB,
        oldHeapMb: this.memory.readerHeapMb ?? DEFAULT_READER_HEAP_MB,
      });
      this.pools.set(store, pool);
      // Threads that cannot open the store leave its reads on this thread: said once, not hidden.
      pool.ready().catch((error: unknown) => {
        if (!this.closed)
          process.stderr.write(
            `kg serve: reader threads could not open ${store.location} (${(error as Error).message}); ` +
              "reading on the server's thread\n",
          );
      });
    }
    return pool.reader(onVersion, store.reader());
  }

  /** Closes a store the server no longer reads, with its reader threads. */
  protected async release(store: SqlGraphStore): Promise<void> {
    const pool = this.pools.get(store);
    this.pools.delete(store);
    await pool?.close();
    await store.close();
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

  protected abstract load(): Promise<void>;

  /** Announces a newly committed build of the store. */
  protected async publish(store: SqlGraphStore, onVersion?: (version: number) => void): Promise<void> {
    const reader = this.readerOf(store, onVersion);
    const counts = await reader.counts();
    this.snapshot = {
      reader,
      counts,
      error: null,
      loadedAt: new Date().toISOString(),
      version: this.snapshot.version + 1,
      cache: new VersionCache((this.memory.answerCacheMb ?? DEFAULT_ANSWER_CACHE_MB) * 1024 * 1024),
    };
  }

  protected fail(message: string): void {
    const error = this.snapshot.reader ? `${message} (serving the last good graph)` : message;
    if (this.snapshot.error !== error) this.snapshot = { ...this.snapshot, error };
  }
}

/** The graph store named by a spec (SQLite file or postgres:// URL), following every new build. */
export class StoreGraphSource extends GraphSource {
  private store: SqlGraphStore | null = null;
  /** The store whose reader the snapshot holds. */
  private published: SqlGraphStore | null = null;
  private opening: Promise<SqlGraphStore> | null = null;
  private loadedVersion: number | null = null;

  constructor(
    readonly storeSpec: string,
    graphPath: string,
    readers?: number,
    memory?: SourceMemory,
  ) {
    super(graphPath, readers, memory);
  }

  sql(): SqlGraphStore | null {
    return this.store;
  }

  private async open(): Promise<SqlGraphStore> {
    if (this.store) return this.store;
    const cache = this.readers > 0 ? { cacheMb: OWN_CONNECTION_CACHE_MB } : {};
    this.opening ??= openStore(this.storeSpec, { mustExist: true, ...cache }).finally(() => {
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

  startWatching(pollMs = 1000): void {
    const poll = setInterval(() => void this.queueLoad(), Math.min(pollMs, 500));
    poll.unref();
    this.timers.push(poll);
  }

  describeSource(): SourceDescription {
    return {
      kind: isPostgresSpec(this.storeSpec) ? "postgres" : "sqlite",
      location: describeStore(this.storeSpec),
      buildVersion: this.loadedVersion,
    };
  }

  protected async load(): Promise<void> {
    let version: number;
    let store: SqlGraphStore;
    try {
      store = await this.open();
      version = await store.reader().version();
    } catch (error) {
      if (this.closed) return;
      // PostgreSQL's pool reconnects by itself once the server is back. A SQLite file that fails may have been
      // replaced: it is reopened on the next poll, and the old connection closed once a new one serves.
      if (this.store && this.store.engine === "sqlite") {
        if (this.store !== this.published) void this.release(this.store).catch(() => undefined);
        this.store = null;
      }
      return this.fail((error as Error).message);
    }
    if (version === 0)
      return this.fail(`the graph store ${describeStore(this.storeSpec)} holds no build yet: run \`pnpm kg build\``);
    if (version === this.loadedVersion && store === this.published) {
      if (this.snapshot.error !== null) this.snapshot = { ...this.snapshot, error: null }; // the store is back
      return;
    }
    try {
      // A reader thread that reads a newer build than the one published has the server check for it now.
      await this.publish(store, (read) => {
        if (read !== this.loadedVersion) void this.queueLoad();
      });
      this.loadedVersion = version;
      const previous = this.published;
      this.published = store;
      // Requests still reading through the previous connection get a moment to finish.
      if (previous && previous !== store)
        setTimeout(() => void this.release(previous).catch(() => undefined), 5000).unref();
    } catch (error) {
      this.fail(`cannot read the graph store: ${(error as Error).message}`);
    }
  }

  override close(): void {
    super.close();
    for (const store of new Set([this.store, this.published])) void store?.close().catch(() => undefined);
    this.store = this.published = null;
  }
}

const fileId = (s: Stats) => `${s.ino}:${s.size}:${s.mtimeMs}`;

/**
 * A graph.json file, imported into a private SQLite store (a temporary file, removed on close) whenever it is
 * replaced; answers come from that store like from any other. The import writes on its own connection, so
 * requests keep reading the previous build until the new one is committed.
 */
export class FileGraphSource extends GraphSource {
  private readonly dir = mkdtempSync(join(tmpdir(), "kg-serve-"));
  private writer: SqlGraphStore | null = null;
  private readerStore: SqlGraphStore | null = null;
  private loadedFileId: string | null = null;
  private watcher: ReturnType<typeof watch> | null = null;
  private debounce: NodeJS.Timeout | null = null;

  sql(): SqlGraphStore | null {
    return this.readerStore;
  }

  /** A copy of the file last imported, served as /graph.json byte for byte (the file itself may be broken now). */
  servedFile(): string | null {
    return this.snapshot.reader ? join(this.dir, "served.json") : null;
  }

  describeSource(): SourceDescription {
    return { kind: "file", location: this.graphPath, buildVersion: null };
  }

  startWatching(pollMs = 1000): void {
    const onChange = () => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => void this.queueLoad(), 75);
      this.debounce.unref();
    };
    const tryWatch = () => {
      if (this.watcher || this.closed) return;
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
    const poll = setInterval(() => {
      tryWatch();
      void this.queueLoad();
    }, pollMs);
    poll.unref();
    this.timers.push(poll);
  }

  protected async load(): Promise<void> {
    let id: string;
    try {
      id = fileId(await stat(this.graphPath));
    } catch {
      this.loadedFileId = null;
      return this.fail(`graph file ${this.graphPath} not found: build it with \`pnpm kg build\``);
    }
    if (id === this.loadedFileId || this.closed) return;
    try {
      const text = await readFile(this.graphPath, "utf8");
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`graph file is not valid JSON (${(error as Error).message})`, { cause: error });
      }
      assertGraphFile(parsed);
      const path = join(this.dir, "graph.db");
      this.writer ??= await openStore(path);
      await this.writer.writeBuild({ graph: parsed });
      if (this.closed) return;
      await writeFile(join(this.dir, "served.json"), text);
      this.readerStore ??= await openStore(path, { readonly: true });
      await this.publish(this.readerStore);
    } catch (error) {
      this.fail(`cannot load graph file ${this.graphPath}: ${(error as Error).message}`);
    }
    this.loadedFileId = id;
  }

  override close(): void {
    super.close();
    this.watcher?.close();
    this.watcher = null;
    if (this.debounce) clearTimeout(this.debounce);
    const stores = [this.writer, this.readerStore];
    this.writer = this.readerStore = null;
    const dir = this.dir;
    void (async () => {
      // Wait for an import in progress before closing its connection and removing the file.
      await this.reload().catch(() => undefined);
      for (const store of stores) await store?.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    })();
  }
}
