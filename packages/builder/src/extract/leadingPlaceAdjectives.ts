// Place names opened by a capitalized size or position adjective ("Upper <Name> River", "Greater <Name>") that the
// tagger found without it (data/place-name-heads.json "leadingAdjectives").
import { readDataFile, stringList } from "../data/readDataFile.js";
import type { NerSpan } from "./nerSpans.js";

const FILE = "place-name-heads.json";
const LEADING_ADJECTIVES: ReadonlySet<string> = new Set(
  stringList(readDataFile<Record<string, unknown>>(FILE), "leadingAdjectives", FILE),
);

/** Rewrites the sentence's spans (sorted, non-overlapping): a place span right after such an adjective starts at it. */
export function leadingPlaceAdjectives(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  return spans.map((span, n) => {
    const k = span.i - 1;
    const word = words[k] ?? "";
    const free = n === 0 || spans[n - 1]!.j <= k;
    return span.label === "LOC" && free && /^\p{Lu}/u.test(word) && LEADING_ADJECTIVES.has(word.toLowerCase())
      ? { ...span, i: k }
      : { ...span };
  });
}
