// First-level divisions of countries (states, provinces, counties) from the maintained `provinces` package, for the
// countries and exclusions data/subdivisions.json names: what a state's name looks like in the builder's tokens.
import { createRequire } from "node:module";
import { readDataFile, stringList } from "../../data/readDataFile.js";
import { tokenize } from "../../text/tokenize.js";
import { loadGazetteer } from "../../ner/loadGazetteer.js";
import { countryIndex } from "./countryIndex.js";

const FILE = "subdivisions.json";

interface Province {
  name: string;
  country: string;
  alt?: string[];
}

/** Division names as token sequences by their first token, longest first. */
export type SubdivisionIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

let cached: SubdivisionIndex | undefined;

export function subdivisionIndex(): SubdivisionIndex {
  if (cached) return cached;
  const data = readDataFile<Record<string, unknown>>(FILE);
  const countries = new Set(stringList(data, "countries", FILE));
  const exclude = new Set(stringList(data, "exclude", FILE));
  const provinces = createRequire(import.meta.url)("provinces") as Province[];
  const firstNames = loadGazetteer().firstNames;
  const countryForms = countryIndex().byForm;
  const index = new Map<string, string[][]>();
  for (const p of provinces) {
    if (!countries.has(p.country)) continue;
    for (const name of [p.name, ...(p.alt ?? [])]) {
      // A first name ("Victoria", "Georgia") or a country's name is not read as a division on its own.
      if (exclude.has(name) || countryForms.has(name) || firstNames.has(name.toLowerCase())) continue;
      const toks = tokenize(name).map((t) => t.text);
      if (toks.length === 0 || !/^\p{Lu}/u.test(toks[0]!)) continue;
      const list = index.get(toks[0]!) ?? [];
      if (!list.some((l) => l.join(" ") === toks.join(" "))) list.push(toks);
      index.set(toks[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  cached = index;
  return index;
}

/** The length in tokens of the longest division name starting at word k, or 0. */
export function subdivisionAt(words: readonly string[], k: number): number {
  for (const name of subdivisionIndex().get(words[k] ?? "") ?? [])
    if (name.every((w, q) => words[k + q] === w)) return name.length;
  return 0;
}
