// What reading an article file gave (its record, or why it was skipped), kept per file name and bytes, so a build
// re-reading thousands of unchanged Markdown or HTML files does not parse them again: parsing is most of the read
// phase (a Markdown file costs ~1.5 ms to parse, its cached record a JSON file read). Keyed by the file's path
// and bytes and by a fingerprint of the reading code and the parsing libraries, so a change to either reads
// every file again.
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { docKeyOf } from "../io/docKeyOf.js";
import type { ReadCache, ReadOutcome } from "../io/readArticles.js";
import { codeFingerprint } from "./codeFingerprint.js";
import { JsonEntries } from "./jsonEntries.js";

/** Libraries the readers parse with: their resolved paths carry their versions (pnpm's store layout). */
const PARSERS = ["mdast-util-from-markdown", "yaml", "htmlparser2"];

let fingerprint: string | undefined;

/** The reading code (src/io and the date reader it uses) and the parsing libraries, hashed once per process. */
function readerFingerprint(): string {
  if (fingerprint === undefined) {
    const ioDir = join(dirname(fileURLToPath(import.meta.url)), "..", "io");
    const dateReader = fileURLToPath(new URL("../extract/normalizeDate.js", import.meta.url));
    const libraries = PARSERS.map((name) => {
      try {
        return import.meta.resolve(name);
      } catch {
        return name;
      }
    });
    fingerprint = `${codeFingerprint([ioDir], [dateReader, dateReader.replace(/\.js$/, ".ts")])}|${libraries.join("|")}`;
  }
  return fingerprint;
}

function isOutcome(value: unknown, file: string): value is ReadOutcome {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== "object" || v === null) return false;
  if (typeof v["skip"] === "string") return true;
  const a = v["article"] as Record<string, unknown> | undefined;
  return (
    typeof a === "object" &&
    a !== null &&
    a["file"] === file &&
    a["docKey"] === docKeyOf(file) &&
    typeof a["text"] === "string" &&
    typeof a["title"] === "string" &&
    typeof a["contentHash"] === "string" &&
    Array.isArray(v["warnings"])
  );
}

export class ArticleCache implements ReadCache {
  private readonly entries: JsonEntries;
  private readonly code = readerFingerprint();
  /** Keys read or written by this build (for prune). */
  readonly used = new Set<string>();

  constructor(cacheDir: string) {
    this.entries = new JsonEntries(join(cacheDir, "articles"));
  }

  private keyOf(file: string, bytes: Uint8Array): string {
    const key = createHash("sha256").update(this.code).update("\u0000").update(file).update("\u0000");
    return key.update(bytes).digest("hex");
  }

  get(file: string, bytes: Uint8Array): ReadOutcome | null {
    const key = this.keyOf(file, bytes);
    this.used.add(key);
    const value = this.entries.read(key);
    return isOutcome(value, file) ? value : null;
  }

  set(file: string, bytes: Uint8Array, outcome: ReadOutcome): void {
    const key = this.keyOf(file, bytes);
    this.used.add(key);
    try {
      this.entries.write(key, outcome);
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  /** Deletes entries this build did not use, oldest first (JsonEntries.prune). */
  prune(since: number): number {
    return this.entries.prune(this.used, since);
  }
}
