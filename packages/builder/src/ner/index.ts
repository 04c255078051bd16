// Public API of the named-entity tagger.
import { readFileSync } from "node:fs";
import { DEFAULT_NER_PROFILE, nerModelPathOf, resolveNerModel } from "./nerModels.js";
import { LinearTagger } from "./linearTagger.js";
import { deserializeModel } from "./serializeModel.js";
import type { NerTagger } from "./types.js";
import type { NerModelSnapshot } from "./linearTagger.js";

export type { NerModelSnapshot } from "./linearTagger.js";

export type { IobTag, NerTagger } from "./types.js";
export { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";
export { evaluateEntities } from "./evaluateEntities.js";
export type { EntityScores, TypeScore } from "./evaluateEntities.js";
export { NerInputError, parseConll, formatConllWithTags } from "./parseConll.js";
export { DEFAULT_NER_PROFILE, NER_PROFILES, isNerProfile, nerModelPathOf, resolveNerModel } from "./nerModels.js";
export type { NerProfile } from "./nerModels.js";

/** The default model shipped with the package (the `open` profile). */
export const defaultNerModelPath = nerModelPathOf(DEFAULT_NER_PROFILE);

/** Raised when the model file is missing or unreadable; the message names the file. */
export class NerModelError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = "NerModelError";
  }
}

const cache = new Map<string, NerTagger>();

/**
 * Loads (once per path) the tagger stored at modelPath, a file or a profile name ("open", "research"); by default
 * the shipped open model. Synchronous.
 */
export function loadNerTagger(modelPath: string = defaultNerModelPath): NerTagger {
  const path = resolveNerModel(modelPath);
  const hit = cache.get(path);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new NerModelError(
      path,
      code === "ENOENT"
        ? "NER model file not found (train one with `pnpm kg train-ner`)"
        : `cannot read NER model (${code})`,
    );
  }
  let tagger: NerTagger;
  try {
    tagger = new LinearTagger(deserializeModel(bytes));
  } catch (e) {
    throw new NerModelError(path, `corrupt NER model file: ${(e as Error).message}`);
  }
  cache.set(path, tagger);
  return tagger;
}

/**
 * The model at modelPath (as for loadNerTagger) as plain data for worker threads: post it (workerData or
 * postMessage) and call nerTaggerFromSnapshot there. The weight table is a SharedArrayBuffer, shared rather than
 * copied, so a worker neither reads nor indexes the model file again.
 */
export function loadNerModelSnapshot(modelPath: string = defaultNerModelPath): NerModelSnapshot {
  const tagger = loadNerTagger(modelPath);
  if (!(tagger instanceof LinearTagger)) throw new NerModelError(resolveNerModel(modelPath), "not a linear tagger");
  return tagger.snapshot;
}

/** A tagger over a snapshot made by loadNerModelSnapshot, possibly in another thread. */
export function nerTaggerFromSnapshot(snapshot: NerModelSnapshot): NerTagger {
  return new LinearTagger(snapshot);
}
