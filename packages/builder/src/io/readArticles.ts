// Reads every article under a directory. Bad files are reported and skipped so that the others still build.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { SkippedInput } from "../pipeline/types.js";
import type { ArticleRecord } from "./articleRecord.js";
import { decodeArticleBytes } from "./decodeArticleBytes.js";
import { docKeyOf } from "./docKeyOf.js";
import { listArticleFiles } from "./listArticleFiles.js";
import { parseArticle } from "./parseArticle.js";
import type { ParsedArticleCache, ReadOutcome } from "./parsedArticleCache.js";
import { sha1Of } from "./parsedArticleCache.js";

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ReadArticlesResult {
  articles: ArticleRecord[];
  skipped: SkippedInput[];
  warnings: string[];
}

type FileOutcome = ReadOutcome;

/** Synchronous: for thousands of small files the promise-based fs API costs several times more CPU. */
function readOne(dir: string, file: string, maxBytes: number, cache: ParsedArticleCache | null): FileOutcome {
  const fd = openSync(join(dir, file), "r");
  try {
    const { size } = fstatSync(fd);
    // Checked before reading so that a huge file never gets loaded whole.
    if (size > maxBytes) return { skip: `too large (${size} bytes > limit of ${maxBytes}; see --max-article-bytes)` };
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, bytes, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    const read = bytes.subarray(0, offset);
    const sha1 = cache ? sha1Of(read) : "";
    const known = cache?.get(file, sha1);
    if (known) return known;
    const outcome = parseBytes(file, read, size);
    cache?.set(file, sha1, outcome);
    return outcome;
  } finally {
    closeSync(fd);
  }
}

function parseBytes(file: string, bytes: Uint8Array, size: number): FileOutcome {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { skip: decoded.reason };
  const parsed = parseArticle(file, docKeyOf(file), decoded.text, size);
  if (!parsed.ok) return { skip: parsed.reason };
  return {
    article: parsed.article,
    warnings: decoded.warning ? [decoded.warning, ...parsed.warnings] : parsed.warnings,
  };
}

export async function readArticles(
  dir: string,
  options: {
    maxArticleBytes?: number;
    onProgress?: (done: number, total: number, file: string) => void;
    /** Called once the files are listed, before they are read. */
    onListed?: (files: readonly string[]) => void;
    /** What earlier reads gave (io/parsedArticleCache.ts): files with the same bytes are not parsed again. */
    cache?: ParsedArticleCache;
  } = {},
): Promise<ReadArticlesResult> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const files = await listArticleFiles(dir);
  options.onListed?.(files);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      outcome = readOne(dir, file, maxBytes, options.cache ?? null);
    } catch (error) {
      outcome = { skip: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
    }
    outcomes.push(outcome);
    options.onProgress?.(i + 1, files.length, file);
    // Let signals and progress output through now and then.
    if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
  }

  const result: ReadArticlesResult = { articles: [], skipped: [], warnings: [] };
  const byHash = new Map<string, string>();
  const byKey = new Map<string, string>();
  files.forEach((file, i) => {
    const outcome = outcomes[i]!;
    if ("skip" in outcome) {
      result.skipped.push({ file, reason: outcome.skip });
      return;
    }
    const { article } = outcome;
    const original = byHash.get(article.contentHash);
    if (original !== undefined) {
      result.skipped.push({ file, reason: `duplicate of ${original} (same text)` });
      return;
    }
    // a.txt and a.md would share "doc:a"; the later one keeps its extension in the key.
    if (byKey.has(article.docKey)) article.docKey = `doc:${file}`;
    byHash.set(article.contentHash, file);
    byKey.set(article.docKey, file);
    for (const warning of outcome.warnings) result.warnings.push(`${file}: ${warning}`);
    result.articles.push(article);
  });
  return result;
}
