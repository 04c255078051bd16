// A place whose name ends in a street, site or feature noun the tagger left out ("<Name> Drive", "<Place> Stadium",
// "<Demonym> Empire"): the tagger closes the span before the noun and types the rest by its shape, a person's or a
// nationality. The capitalized noun right after the span belongs to it, and the name is a place's.
import type { NerSpan } from "./nerSpans.js";
import { PLACE_HEADS_AFTER_NAME } from "./lexicon/placeNameHeads.js";
import { isCapitalized } from "../text/isCapitalized.js";

/** Share of capitalized words above which a sentence is a title-case headline, whose capitals say nothing. */
const HEADLINE_CAPITALS = 0.6;

function isHeadline(words: readonly string[]): boolean {
  const lexical = words.filter((w) => /^\p{L}/u.test(w));
  return lexical.length >= 4 && lexical.filter(isCapitalized).length / lexical.length > HEADLINE_CAPITALS;
}

/** Rewrites the sentence's spans (sorted, non-overlapping): a span followed by a capitalized place noun takes it in. */
export function placeHeadAfterNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const out = spans.map((s) => ({ ...s }));
  if (isHeadline(words)) return out;
  for (let k = 0; k < out.length; k++) {
    const span = out[k]!;
    const word = words[span.j] ?? "";
    if (!isCapitalized(word) || !PLACE_HEADS_AFTER_NAME.has(word.toLowerCase())) continue;
    // The noun opening the next name ("<Name> Park Hotel") or followed by more capitals is some other name's word.
    if (out[k + 1]?.i === span.j || isCapitalized(words[span.j + 1] ?? "")) continue;
    span.j += 1;
    span.label = "LOC";
  }
  return out;
}
