// A body's part named with its parent ("the Porvik Senate Finance subcommittee", "the Varnsk press office"): the
// tagger tags the parent's name and leaves the lowercase noun of the part, so the part's statements went to the
// parent. The part is an organisation of its own (nouns in data/org-apposition-nouns.json, "parts").
import { DETERMINERS, PREPOSITIONS } from "./lexicon/function.js";
import { orgAppositionNouns } from "./lexicon/orgNameHeads.js";
import type { NerSpan } from "./nerSpans.js";

const isLowerWord = (w: string): boolean => /^\p{Ll}+$/u.test(w);
/** A noun or adjective before the part's noun: not a function word ("in office") nor a participle ("ran office"). */
const isModifier = (w: string): boolean =>
  !PREPOSITIONS.has(w) && !DETERMINERS.has(w) && w !== "and" && w !== "or" && !/(ed|ing)$/.test(w);

/** Extends an organisation span over a following part noun ("subcommittee"), or a lowercase modifier and a part
 * noun that needs one ("press office"). */
export function subBodyNames(spans: readonly NerSpan[], words: readonly string[]): NerSpan[] {
  const { parts, partsWithModifier } = orgAppositionNouns();
  const lower = words.map((w) => w.toLowerCase());
  return spans.map((sp, k) => {
    if (sp.label !== "ORG") return sp;
    const limit = spans[k + 1]?.i ?? words.length;
    const j = sp.j;
    if (j < limit && isLowerWord(words[j]!) && parts.has(lower[j]!)) return { ...sp, j: j + 1 };
    if (
      j + 1 < limit &&
      isModifier(lower[j]!) &&
      isLowerWord(words[j]!) &&
      isLowerWord(words[j + 1]!) &&
      partsWithModifier.has(lower[j + 1]!)
    )
      return { ...sp, j: j + 2 };
    return sp;
  });
}
