// Country gazetteer from the maintained `world-countries` package: names, alternative spellings, demonyms
// ("French", plural "Germans") and adjectives derived from the national language when it names the country
// ("Uzbek" -> Uzbekistan). Only sovereign states, today's and former ones (data/former-states.json); dependent
// territories are left to NER as locations.
import type { Country } from "world-countries";
import worldCountries from "world-countries";
import { tokenize } from "../../text/tokenize.js";
import { readDataFile } from "../../data/readDataFile.js";

/** Nationality adjectives and people nouns the package spells otherwise (data/country-demonyms.json). */
interface DemonymFile {
  adjectives: Record<string, string[]>;
  peoples: Record<string, string[]>;
}

/** Former sovereign states (data/former-states.json), keyed by ISO 3166-3 code. */
interface FormerStatesFile {
  states: { code: string; name: string; names: string[]; adjectives: string[] }[];
}

// The package is CommonJS: depending on the loader the array is the default export or its `default` property.
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

export interface CountryInfo {
  iso: string;
  name: string;
  lat?: number;
  lng?: number;
}

export interface CountryIndex {
  /** Surface form (case-sensitive, as in running text) -> country, for names and adjectives. */
  byForm: Map<string, CountryInfo>;
  /** Forms that are adjectives/demonyms rather than names. */
  adjectives: Set<string>;
  /** First token of a form -> longest form length in tokens starting with it. */
  maxByFirst: Map<string, number>;
  byIso: Map<string, CountryInfo>;
  /** Capital cities (the package's `capital`), a hint that a name is a place. */
  capitals: Set<string>;
  /** Capital city -> ISO code of its country. */
  capitalOf: Map<string, string>;
}

/** Everyday English names missing from the package's spellings (generic gazetteer supplement). */
const EXONYMS: Record<string, string> = {
  Britain: "GB",
  Burma: "MM",
  "Ivory Coast": "CI",
  Turkey: "TR",
  Czech: "CZ",
  Holland: "NL",
};

function plural(demonym: string): string[] {
  if (/(ese|ish|ch|ss|sh|x|z)$/.test(demonym)) return [];
  return [demonym + "s"];
}

function build(): CountryIndex {
  const byForm = new Map<string, CountryInfo>();
  const adjectives = new Set<string>();
  const byIso = new Map<string, CountryInfo>();
  const add = (form: string, info: CountryInfo, adjective: boolean) => {
    const f = form.trim();
    if (f.length < 2 || byForm.has(f)) return;
    byForm.set(f, info);
    if (adjective) adjectives.add(f);
  };
  const list = [...countries].filter((c) => c.independent).sort((a, b) => b.area - a.area);
  const names: [string, CountryInfo][] = [];
  for (const c of list) {
    const [lat, lng] = c.latlng ?? [];
    const info: CountryInfo = { iso: c.cca2, name: c.name.common, lat, lng };
    byIso.set(c.cca2, info);
    names.push([c.name.common, info]);
    names.push([c.name.official, info]);
    for (const alt of c.altSpellings) {
      // A two-letter code counts as a name only when it is the name's initials ("US"), not a bare ISO code ("KZ").
      const initials = c.name.common
        .split(/\s+/)
        .map((w) => w[0])
        .join("");
      if (!/^[\p{Script=Latin}\s.,'’()-]+$/u.test(alt) || (alt === c.cca2 && alt !== initials)) continue;
      names.push([alt, info]);
      // "Republic of Turkey" -> "Turkey".
      const short = /^Republic of (\p{Lu}\p{Ll}+)$/u.exec(alt)?.[1];
      if (short) names.push([short, info]);
    }
  }
  // "United States of America" -> "America": what follows "of" in a state's long name names it alone, when no other
  // state's long name ends so ("Korea" ends two, and stays unknown).
  const tails = new Map<string, Set<string>>();
  const tailInfo = new Map<string, CountryInfo>();
  for (const [n, info] of names) {
    const tail = /^(?:\p{Lu}[\p{L}'’-]*\s)+of (?:the )?(\p{Lu}\p{Ll}+)$/u.exec(n)?.[1];
    if (!tail) continue;
    tails.set(tail, new Set([...(tails.get(tail) ?? []), info.iso]));
    tailInfo.set(tail, info);
  }
  for (const [tail, isos] of tails) if (isos.size === 1) names.push([tail, tailInfo.get(tail)!]);
  // Common English short names the package does not list ("Britain").
  for (const [alias, iso] of Object.entries(EXONYMS)) {
    const info = byIso.get(iso);
    if (info) names.push([alias, info]);
  }
  for (const [n, info] of names) {
    add(n, info, false);
    // "Philippines" -> "Philippine": the plural name's singular is its adjective.
    if (/^\p{Lu}\p{Ll}{5,}s$/u.test(n) && n === info.name) add(n.slice(0, -1), info, true);
    if (n.startsWith("The ")) add(n.slice(4), info, false);
    // "United States" also as initialism with periods ("U.S.") when the alt spelling is an initialism.
    if (/^[A-Z]{2,3}$/.test(n)) add(n.split("").join(".") + ".", info, false);
  }
  for (const c of list) {
    const info = byIso.get(c.cca2)!;
    const dem = c.demonyms?.["eng"];
    for (const d of new Set([dem?.m, dem?.f].filter((x): x is string => !!x))) {
      add(d, info, true);
      for (const p of plural(d)) add(p, info, true);
      // After a name ending in a consonant, "-ean" is also spelled "-ian" (not "Korean" from "Korea").
      if (/ean$/.test(d) && /[^aeiou]$/.test(info.name)) add(d.replace(/ean$/, "ian"), info, true);
    }
    // Language adjectives that name the country: "Uzbek" (language) -> "Uzbekistan" (shared stem of 4+ letters).
    for (const lang of Object.values(c.languages ?? {}) as string[]) {
      if (lang.includes(" ")) continue;
      const stem = lang.slice(0, Math.max(4, lang.length - 2));
      if (c.name.common.startsWith(stem) && !byForm.has(lang)) {
        add(lang, info, true);
        for (const p of plural(lang)) add(p, info, true);
      }
    }
  }
  // Everyday spellings the package lacks ("Slovenian" beside its "Slovene"), after its own forms so they never
  // take a form from another country.
  const extra = readDataFile<DemonymFile>("country-demonyms.json");
  for (const [iso, forms] of Object.entries(extra.adjectives)) {
    const info = byIso.get(iso);
    if (!info) continue;
    for (const d of forms) {
      add(d, info, true);
      for (const p of plural(d)) add(p, info, true);
    }
  }
  for (const [iso, forms] of Object.entries(extra.peoples)) {
    const info = byIso.get(iso);
    if (info) for (const d of forms) add(d, info, true);
  }
  // States that no longer exist (data/former-states.json), after today's so they never take a present state's form.
  for (const state of readDataFile<FormerStatesFile>("former-states.json").states) {
    const info: CountryInfo = { iso: state.code, name: state.name };
    byIso.set(state.code, info);
    for (const n of state.names) add(n, info, false);
    for (const d of state.adjectives) add(d, info, true);
  }
  // Keys as the tokenizer sees them ("People 's Republic of China"), indexed by first token for a quick reject.
  const tokenized = new Map<string, CountryInfo>();
  const maxByFirst = new Map<string, number>();
  for (const [form, info] of byForm) {
    const toks = tokenize(form).map((t) => t.text);
    const key = toks.join(" ");
    if (!tokenized.has(key)) tokenized.set(key, info);
    if (adjectives.has(form)) adjectives.add(key);
    maxByFirst.set(toks[0]!, Math.max(maxByFirst.get(toks[0]!) ?? 0, toks.length));
  }
  const capitals = new Set(list.flatMap((c) => c.capital ?? []));
  const capitalOf = new Map(list.flatMap((c) => (c.capital ?? []).map((k) => [k, c.cca2] as [string, string])));
  return { byForm: tokenized, adjectives, maxByFirst, byIso, capitals, capitalOf };
}

let cached: CountryIndex | undefined;
export function countryIndex(): CountryIndex {
  return (cached ??= build());
}
