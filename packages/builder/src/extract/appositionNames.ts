// A name after the noun of what it is ("the broadcaster <Word> <Name> TV") whose first words the tagger left out of
// its span: capitalised words between such a noun (data/org-apposition-nouns.json, "before") and the span start
// the name.
import { orgAppositionNouns } from "./lexicon/orgNameHeads.js";
import type { NerSpan } from "./nerSpans.js";
import { isCapitalized } from "../text/isCapitalized.js";

const MAX_LEFT_WORDS = 2;

/** Extends a span left over up to two untagged capitalised words that follow a lowercase apposition noun. */
export function appositionNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const before = orgAppositionNouns().before;
  return spans.map((sp, k) => {
    const floor = spans[k - 1]?.j ?? 0;
    let i = sp.i;
    while (i > floor && sp.i - i < MAX_LEFT_WORDS && isCapitalized(words[i - 1]!)) i--;
    if (i === sp.i || i === 0 || !before.has(words[i - 1]!)) return sp;
    return { ...sp, i };
  });
}
