// Identity of the extraction code and model for the cache key. EXTRACTOR_VERSION and the model name are kept by
// hand; hashing the sources and the model file as well means a change that forgot to bump them still invalidates
// the cache instead of silently reusing extractions made by older code.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function addDirectory(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addDirectory(hash, path);
    else if (/\.(?:[cm]?[jt]s|json)$/.test(entry.name) && !/\.test\.[jt]s$/.test(entry.name)) {
      hash.update(path.slice(dir.length)).update("\u0000").update(readFileSync(path)).update("\u0000");
    }
  }
}

/** The folder of a file: module URL (undefined for other URLs). */
export function moduleDirectory(url: string): string | undefined {
  return url.startsWith("file:") ? dirname(fileURLToPath(url)) : undefined;
}

/** sha256 over the given source folders and files (missing ones only contribute their name). */
export function codeFingerprint(directories: readonly string[], files: readonly (string | undefined)[]): string {
  const hash = createHash("sha256");
  for (const dir of directories) {
    try {
      addDirectory(hash, dir);
    } catch {
      hash.update(dir);
    }
  }
  for (const file of files) {
    if (!file) continue;
    try {
      if (statSync(file).isFile()) hash.update(readFileSync(file));
    } catch {
      hash.update(file);
    }
  }
  return hash.digest("hex").slice(0, 16);
}
