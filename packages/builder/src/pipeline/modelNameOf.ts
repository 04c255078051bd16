// The tagger's model name without loading the model: remembered in the cache per model/code fingerprint, so that
// a build that finds every article in the cache does not spend a second and ~100 MB loading a model it never uses.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExtractorBackend } from "./extractorBackend.js";

export async function modelNameOf(
  backend: ExtractorBackend,
  cacheDir: string,
  fingerprint: string,
  /** Another way to learn the name, e.g. from a worker that has loaded the model anyway. */
  fromElsewhere?: Promise<string>,
): Promise<string> {
  const file = join(cacheDir, "models", `${fingerprint}.txt`);
  try {
    const name = readFileSync(file, "utf8").trim();
    if (name) return name;
  } catch {
    // not remembered yet
  }
  const name = fromElsewhere ? await fromElsewhere : (await backend.tagger()).modelName;
  try {
    mkdirSync(join(cacheDir, "models"), { recursive: true });
    writeFileSync(file, `${name}\n`);
  } catch {
    // a cache that cannot be written only costs time
  }
  return name;
}
