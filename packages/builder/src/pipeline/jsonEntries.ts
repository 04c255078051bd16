// One JSON file per key in a folder of the build cache (256 shards by the key's first two characters): what the
// extraction cache and the article cache store. A missing or corrupt entry reads as absent.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export class JsonEntries {
  private readonly shards = new Set<string>();

  constructor(readonly dir: string) {}

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The entry's value, or undefined when missing or unreadable. Synchronous: for thousands of small files the
   * promise-based fs API costs several times more CPU.
   */
  read(key: string): unknown {
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), "utf8");
    } catch {
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  /**
   * Temporary file + rename, so a reader never sees half an entry. No fsync: an entry lost to a power cut is only
   * computed again, and syncing thousands of small files would dominate builds. Synchronous for the same reason
   * as read().
   */
  write(key: string, value: unknown): void {
    const shard = join(this.dir, key.slice(0, 2));
    if (!this.shards.has(shard)) {
      mkdirSync(shard, { recursive: true });
      this.shards.add(shard);
    }
    const path = join(shard, `${key}.json`);
    const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      writeFileSync(temp, JSON.stringify(value));
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /**
   * Keeps the folder bounded: entries this build did not use are deleted, oldest first, until there are no more of
   * them than used ones (so switching between two versions of the articles or the code stays cheap), along with
   * temporary files that interrupted builds left behind. Entries written since `since` (epoch ms) are kept: they
   * may come from another build sharing the cache. Returns the number of files removed.
   */
  prune(usedKeys: ReadonlySet<string>, since: number = Date.now()): number {
    const unused: { path: string; mtime: number }[] = [];
    const stale: string[] = [];
    let shards: string[];
    try {
      shards = readdirSync(this.dir);
    } catch {
      return 0;
    }
    const hourAgo = Date.now() - 3_600_000;
    for (const shard of shards) {
      let files: string[];
      try {
        files = readdirSync(join(this.dir, shard));
      } catch {
        continue;
      }
      for (const file of files) {
        const path = join(this.dir, shard, file);
        if (file.includes(".tmp-")) {
          if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < hourAgo) stale.push(path);
        } else if (file.endsWith(".json") && !usedKeys.has(file.slice(0, -5))) unused.push({ path, mtime: 0 });
      }
    }
    const excess = unused.length - usedKeys.size;
    if (excess > 0) {
      for (const entry of unused) entry.mtime = statSync(entry.path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      const prunable = unused.filter((entry) => entry.mtime < since).sort((a, b) => a.mtime - b.mtime);
      stale.push(...prunable.slice(0, excess).map((entry) => entry.path));
    }
    for (const path of stale) rmSync(path, { force: true });
    return stale.length;
  }
}
