// What reading an article file gave last time, by file and the sha1 of its bytes, so that a build that adds a few
// articles to a large corpus does not parse every other one again: Markdown parsing was 70% of the read phase's
// CPU (16 s for 25,000 articles), which every incremental build paid. Same bytes and the same reading code give the
// same article, so an entry is used only when both match: the code's fingerprint (this folder's sources and the
// Markdown parser's resolved version) is the file's version, and a file whose bytes changed is read again.
// A missing, unreadable or foreign cache file is an empty cache; the file is rewritten only when it changed.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { codeFingerprint, moduleDirectory } from "../pipeline/codeFingerprint.js";
import type { ArticleRecord } from "./articleRecord.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

/** What reading one file gave: the article and its warnings, or why it was skipped. */
export type ReadOutcome = { article: ArticleRecord; warnings: string[] } | { skip: string };

interface Entry {
  sha1: string;
  outcome: ReadOutcome;
}

interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

let readerVersion: string | null = null;

/** The reading code's identity: io/'s sources and the Markdown parser the build resolves. */
export function articleReaderVersion(): string {
  if (readerVersion) return readerVersion;
  const dir = moduleDirectory(import.meta.url);
  let parser = "mdast-util-from-markdown";
  try {
    parser = createRequire(import.meta.url).resolve("mdast-util-from-markdown");
  } catch {
    // ESM-only packages may not resolve through require; the package name alone then stands for it.
  }
  readerVersion = codeFingerprint(dir ? [dir] : [], []) + ":" + createHash("sha1").update(parser).digest("hex");
  return readerVersion;
}

export const sha1Of = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

export class ParsedArticleCache {
  private entries = new Map<string, Entry>();
  private readonly next = new Map<string, Entry>();
  private changed = false;
  hits = 0;

  private constructor(
    readonly path: string,
    private readonly version: string,
  ) {}

  /** Opens the cache at `path`; anything unreadable there is treated as no cache. */
  static async open(path: string, version = articleReaderVersion()): Promise<ParsedArticleCache> {
    const cache = new ParsedArticleCache(path, version);
    try {
      const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<CacheFile>;
      if (parsed.version === version && parsed.entries && typeof parsed.entries === "object")
        cache.entries = new Map(Object.entries(parsed.entries));
    } catch {
      // missing or unreadable: an empty cache
    }
    return cache;
  }

  /** The outcome recorded for this file with these bytes, as a copy the caller may change. */
  get(file: string, sha1: string): ReadOutcome | null {
    const entry = this.entries.get(file);
    if (!entry || entry.sha1 !== sha1) return null;
    this.next.set(file, entry);
    this.hits++;
    const { outcome } = entry;
    return "skip" in outcome
      ? { skip: outcome.skip }
      : { article: { ...outcome.article }, warnings: [...outcome.warnings] };
  }

  set(file: string, sha1: string, outcome: ReadOutcome): void {
    const copy: ReadOutcome = "skip" in outcome ? outcome : { ...outcome, article: { ...outcome.article } };
    this.next.set(file, { sha1, outcome: copy });
    this.changed = true;
  }

  /** Writes what this read saw (files read now, none that are gone), when that differs from what was there. */
  async save(): Promise<void> {
    if (!this.changed && this.next.size === this.entries.size) return;
    const entries = [...this.next.entries()];
    // In pieces: the whole corpus's text as one string would double the memory it takes.
    function* chunks(version: string): Generator<string> {
      yield `{"version":${JSON.stringify(version)},"entries":{`;
      for (let i = 0; i < entries.length; i++)
        yield `${i > 0 ? "," : ""}${JSON.stringify(entries[i]![0])}:${JSON.stringify(entries[i]![1])}`;
      yield "}}\n";
    }
    await writeFileAtomic(this.path, chunks(this.version));
  }
}
