// Annotation conventions of the open training corpora mapped onto CoNLL-style PER/ORG/LOC/MISC. The rules are data
// (packages/builder/data/ner-conventions.json, each with why it exists); place names and demonyms come from the
// `world-countries` gazetteer. The mappings apply to training data only (measuring sets keep their own gold tags);
// the title words also feed a tagging feature.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { iobSpans } from "@newskg/graph-model";
import { loadGazetteer } from "./loadGazetteer.js";
import type { Gazetteer } from "./loadGazetteer.js";

interface ConventionsFile {
  titleWords: { words: string[] };
  demonyms: { endings: string[]; plural: string };
  groupWords: { words: string[] };
  placeNames: { twoLetterCodes: { codes: string[] } };
}

export interface TrainingConventions {
  /** Lowercased leading words GMB puts inside person spans. */
  readonly titleWords: ReadonlySet<string>;
  /** Whether the token sequence is, as a whole, a country, capital or region name (or a country code). */
  isPlaceName(tokens: readonly string[]): boolean;
  /**
   * Whether a single word is a nationality word (singular or plural), not itself a place: listed in the gazetteer,
   * or, unless `listedOnly`, with a nationality ending.
   */
  isDemonym(word: string, listedOnly?: boolean): boolean;
  /** Whether a single word names a religious or ethnic community ("Sunni", "Arabs"). */
  isGroupWord(word: string): boolean;
  /** Whether `tokens` (all but the last word of a place) plus a word starting with the place's last word ("Lankan"). */
  isPlaceAdjective(tokens: readonly string[]): boolean;
}

let cached: TrainingConventions | undefined;

const conventionsPath = fileURLToPath(new URL("../../data/ner-conventions.json", import.meta.url));

/** One section of ner-conventions.json (the training rules kept as data), read from the file. */
export function readNerConventions<T>(section: string): T {
  return (JSON.parse(readFileSync(conventionsPath, "utf8")) as Record<string, T>)[section]!;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function loadTrainingConventions(gaz: Gazetteer = loadGazetteer()): TrainingConventions {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(conventionsPath, "utf8")) as ConventionsFile;
  const require = createRequire(import.meta.url);
  const countries = require("world-countries/countries.json") as { altSpellings?: string[] }[];
  // Country codes as the package lists them among alternative spellings ("US", "UAE", "DPRK").
  const codes = new Set(countries.flatMap((c) => (c.altSpellings ?? []).filter((a) => /^[A-Z]{2,}$/.test(a))));
  const twoLetter = new Set(file.placeNames.twoLetterCodes.codes);
  const endings = new RegExp(`(${file.demonyms.endings.join("|")})$`);
  const plural = file.demonyms.plural;
  const isPlaceName = (tokens: readonly string[]): boolean => {
    if (tokens.length === 0) return false;
    if (tokens.length === 1) {
      const w = tokens[0]!;
      if (/^(\p{Lu}\.){2,}$/u.test(w)) return codes.has(w.replace(/\./g, ""));
      if (/^\p{Lu}+$/u.test(w) && (twoLetter.has(w) || (w.length >= 3 && codes.has(w)))) return true;
    }
    const lo = tokens.map((t) => t.toLowerCase());
    return gaz.places.get(lo[0]!)?.some((p) => sameTokens(p, lo)) ?? false;
  };
  const isDemonym = (word: string, listedOnly = false): boolean => {
    if (isPlaceName([word])) return false;
    const lo = word.toLowerCase();
    const singular = lo.endsWith(plural) ? lo.slice(0, -plural.length) : lo;
    if (gaz.demonyms.has(lo) || gaz.demonyms.has(singular)) return true;
    return !listedOnly && (endings.test(lo) || endings.test(singular));
  };
  const groupWords = new Set(file.groupWords.words);
  const isGroupWord = (word: string): boolean => {
    const lo = word.toLowerCase();
    return groupWords.has(lo) || (lo.endsWith(plural) && groupWords.has(lo.slice(0, -plural.length)));
  };
  const isPlaceAdjective = (tokens: readonly string[]): boolean => {
    if (tokens.length < 2) return false;
    const lo = tokens.map((t) => t.toLowerCase());
    const last = lo[lo.length - 1]!;
    return (
      gaz.places
        .get(lo[0]!)
        ?.some(
          (p) =>
            p.length === lo.length &&
            sameTokens(p.slice(0, -1), lo.slice(0, -1)) &&
            last.startsWith(p[p.length - 1]!) &&
            last !== p[p.length - 1],
        ) ?? false
    );
  };
  cached = { titleWords: new Set(file.titleWords.words), isPlaceName, isDemonym, isGroupWord, isPlaceAdjective };
  return cached;
}

interface RawSpan {
  start: number;
  end: number; // exclusive
  type: string;
}

/** GMB spans on its own types: B-x opens a span, I-x continues one of the same type (else opens one). */
function gmbSpans(raw: readonly string[]): RawSpan[] {
  const spans: RawSpan[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t === "O") continue;
    const type = t.slice(2);
    const last = spans[spans.length - 1];
    if (t.startsWith("I-") && last && last.end === i && last.type === type) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, type });
  }
  return spans;
}

const NAME_TYPES = new Set(["geo", "gpe", "org", "per"]);

function writeSpan(out: string[], start: number, end: number, type: string): void {
  for (let k = start; k < end; k++) out[k] = `${k === start ? "B" : "I"}-${type}`;
}

/**
 * Maps one GMB sentence's tags (B-/I- with geo, gpe, org, per, tim, art, eve, nat) onto IOB2 PER/ORG/LOC/MISC:
 * per -> PER without leading titles, org -> ORG, geo -> LOC, gpe -> LOC or MISC for nationality words,
 * art/eve/nat -> MISC, tim -> O; a span that is a country, capital or region name is LOC whatever its GMB type
 * (except per), adjacent spans that together make one are joined, and a lone community or nationality word is MISC.
 */
export function mapGmbTags(words: readonly string[], raw: readonly string[], conv: TrainingConventions): string[] {
  const spans = gmbSpans(raw);
  // Join adjacent name spans that make one place ("Sri" + "Lanka") or its adjective ("Sri" + "Lankan").
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (a.end !== b.start || !NAME_TYPES.has(a.type) || !NAME_TYPES.has(b.type)) continue;
    const toks = words.slice(a.start, b.end);
    const type = conv.isPlaceName(toks) ? "geo" : conv.isPlaceAdjective(toks) ? "gpe" : "";
    if (!type) continue;
    spans.splice(k, 2, { start: a.start, end: b.end, type });
    k--;
  }
  const out: string[] = words.map(() => "O");
  for (const sp of spans) {
    const toks = words.slice(sp.start, sp.end);
    let start = sp.start;
    let type: string;
    if (sp.type === "tim") continue;
    if (toks.length === 1 && conv.isGroupWord(toks[0]!)) type = "MISC";
    else if (sp.type === "per") {
      type = "PER";
      while (start < sp.end && conv.titleWords.has(words[start]!.toLowerCase())) start++;
    } else if (sp.type === "art" || sp.type === "eve" || sp.type === "nat") type = "MISC";
    else if (conv.isPlaceName(toks)) type = "LOC";
    else if (
      conv.isPlaceAdjective(toks) ||
      (toks.length === 1 && sp.type === "org" && conv.isDemonym(toks[0]!, true))
    ) {
      type = "MISC";
    } else if (sp.type === "org") type = "ORG";
    else if (sp.type === "gpe") {
      const last = toks[toks.length - 1]!;
      type = conv.isDemonym(last) || conv.isPlaceAdjective(toks) ? "MISC" : "LOC";
    } else type = "LOC";
    if (start < sp.end) writeSpan(out, start, sp.end, type);
  }
  return out;
}

/** Organisation spans of a tagged training sentence whose whole text is a place name become LOC (tweets' "US"). */
export function placeNamesAsLoc(
  words: readonly string[],
  tags: readonly string[],
  conv: TrainingConventions,
): string[] {
  const out = [...tags];
  for (const sp of iobSpans(tags)) {
    if (sp.type === "ORG" && conv.isPlaceName(words.slice(sp.start, sp.end))) writeSpan(out, sp.start, sp.end, "LOC");
  }
  return out;
}
