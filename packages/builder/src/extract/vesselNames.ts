// Ship names after a prefix ("USS <Name>", "HMS <Name>", data/vessel-prefixes.json): ships are named after people
// and places, so the tagger types the name a person or a place, or misses it; with its prefix it is one
// organisation mention (a vessel and its crew).
import { readDataFile, stringList } from "../data/readDataFile.js";
import type { NerSpan } from "./nerSpans.js";

const FILE = "vessel-prefixes.json";
let prefixes: ReadonlySet<string> | undefined;

/** The prefixes, as written (capitals). */
export function vesselPrefixes(): ReadonlySet<string> {
  prefixes ??= new Set(stringList(readDataFile<Record<string, unknown>>(FILE), "prefixes", FILE));
  return prefixes;
}

const MAX_NAME_WORDS = 4;
const isName = (w: string): boolean => /^\p{Lu}/u.test(w) && !vesselPrefixes().has(w);

/**
 * Rewrites the sentence's spans (sorted, non-overlapping): a span right after a prefix, or up to four untagged
 * capitalised words there, becomes an organisation that starts with the prefix; a tagged prefix is taken as the
 * start of the name after it.
 */
export function vesselNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const pre = vesselPrefixes();
  const out = spans.map((s) => ({ ...s }));
  const covered = (k: number) => out.findIndex((s) => s.i <= k && k < s.j);
  for (let k = 0; k < words.length - 1; k++) {
    if (!pre.has(words[k]!) || !isName(words[k + 1]!)) continue;
    const own = covered(k);
    // The prefix tagged alone or with the name: the name's span, started at the prefix.
    if (own >= 0 && out[own]!.i === k && out[own]!.j > k + 1) {
      out[own]!.label = "ORG";
      continue;
    }
    if (own >= 0) out.splice(own, 1);
    const next = covered(k + 1);
    if (next >= 0 && out[next]!.i === k + 1) {
      out[next]!.i = k;
      out[next]!.label = "ORG";
      continue;
    }
    if (next >= 0) continue;
    let j = k + 1;
    while (j < words.length && j - k <= MAX_NAME_WORDS && isName(words[j]!) && covered(j) < 0) j++;
    out.push({ i: k, j, label: "ORG" });
    out.sort((a, b) => a.i - b.i);
  }
  return out;
}
