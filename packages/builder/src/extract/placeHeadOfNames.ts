// A place named by its kind, "of" and a name ("the Province of Varnsk", "the Gulf of Porvik", "the Town of Y"): the
// tagger, which often tags only the name after "of", cuts the place's name short, and the province or gulf is
// then read as the city or country it is named after. The capitalized head and "of" belong to the place's span.
import type { NerSpan } from "./nerSpans.js";
import { PLACE_HEADS_BEFORE_OF } from "./lexicon/placeNameHeads.js";
import { isCapitalized } from "../text/isCapitalized.js";

/** Rewrites the sentence's spans (sorted, non-overlapping): a place span after "<Head> of" starts at the head. */
export function placeHeadOfNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const out = spans.map((s) => ({ ...s }));
  for (let k = 0; k < out.length; k++) {
    const span = out[k]!;
    const head = span.i - 2;
    if (span.label !== "LOC" || head < 0 || words[span.i - 1] !== "of") continue;
    const word = words[head] ?? "";
    if (!isCapitalized(word) || !PLACE_HEADS_BEFORE_OF.has(word.toLowerCase())) continue;
    // The head tagged alone ("Town" of "Town of Y") is part of the place too.
    const previous = out[k - 1];
    const headAlone = previous !== undefined && previous.i === head && previous.j === head + 1;
    if (previous && previous.j > head && !headAlone) continue;
    span.i = head;
    if (headAlone) out.splice(--k, 1);
  }
  return out;
}
