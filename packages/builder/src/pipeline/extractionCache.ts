// Per-article extraction cache: one JSON file per (article content + metadata, extractor version, NER model).
// An unchanged article is never extracted twice; a corrupt entry is treated as missing.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { JsonEntries } from "./jsonEntries.js";

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
  private readonly entries: JsonEntries;
  constructor(cacheDir: string) {
    this.entries = new JsonEntries(join(cacheDir, "extractions"));
  }

  /** The cached extraction, or null when missing or unreadable (it is then simply extracted again). */
  get(key: string, docKey: string): DocumentExtraction | null {
    const value = this.entries.read(key);
    return isExtraction(value, docKey) ? value : null;
  }

  /** Written atomically (JsonEntries.write). */
  set(key: string, extraction: DocumentExtraction): void {
    this.entries.write(key, extraction);
  }

  /** Deletes entries this build did not use, oldest first (JsonEntries.prune). */
  prune(usedKeys: ReadonlySet<string>, since: number = Date.now()): number {
    return this.entries.prune(usedKeys, since);
  }
}
