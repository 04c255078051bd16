// Per-article extraction cache: one JSON file per (article content + metadata, extractor version, NER model).
// An unchanged article is never extracted twice; a corrupt entry is treated as missing.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";

export function extractionCacheKey(article: ArticleRecord, extractorVersion: string, modelName: string): string {
  const identity = [
    article.docKey,
    article.file,
    article.title,
    article.date ?? "",
    article.publisher ?? "",
    article.url ?? "",
    article.text,
  ];
  return createHash("sha256")
    .update(JSON.stringify(identity))
    .update("\u0000" + extractorVersion + "\u0000" + modelName)
    .digest("hex");
}

function isExtraction(value: unknown, docKey: string): value is DocumentExtraction {
  const v = value as DocumentExtraction | null;
  return (
    typeof v === "object" &&
    v !== null &&
    v.docKey === docKey &&
    Array.isArray(v.entities) &&
    Array.isArray(v.relations) &&
    Array.isArray(v.warnings)
  );
}

export class ExtractionCache {
  private readonly dir: string;
  constructor(cacheDir: string) {
    this.dir = join(cacheDir, "extractions");
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached extraction, or null when missing or unreadable (it is then simply extracted again). */
  async get(key: string, docKey: string): Promise<DocumentExtraction | null> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), "utf8");
    } catch {
      return null;
    }
    try {
      const value: unknown = JSON.parse(text);
      return isExtraction(value, docKey) ? value : null;
    } catch {
      return null;
    }
  }

  /**
   * Temporary file + rename, so a reader never sees half an entry. No fsync: a cache entry lost to a power cut is
   * only re-extracted, and syncing thousands of small files would dominate warm builds.
   */
  async set(key: string, extraction: DocumentExtraction): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await writeFile(temp, JSON.stringify(extraction));
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
