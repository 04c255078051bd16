// The shipped NER models by profile name. `open` (the default) is trained only on data whose terms allow commercial
// use; `open-permissive` leaves out the share-alike sources too (weights without CC BY-SA); `research` adds
// CoNLL-2003, whose Reuters text is licensed for research only. See packages/builder/models.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const NER_PROFILES = ["open", "open-permissive", "research"] as const;
export type NerProfile = (typeof NER_PROFILES)[number];

export const DEFAULT_NER_PROFILE: NerProfile = "open";

const modelsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../models");

export function isNerProfile(value: string): value is NerProfile {
  return (NER_PROFILES as readonly string[]).includes(value);
}

/** Model file of a profile. */
export function nerModelPathOf(profile: NerProfile): string {
  return resolve(modelsDir, `ner-${profile}.bin.gz`);
}

/** A profile name ("open", "open-permissive", "research") or a model file path -> the model file path. */
export function resolveNerModel(nameOrPath: string): string {
  return isNerProfile(nameOrPath) ? nerModelPathOf(nameOrPath) : resolve(nameOrPath);
}
