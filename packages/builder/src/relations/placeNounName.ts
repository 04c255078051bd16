// "the city of X", "the province of X", "the island of X": a place noun whose "of" phrase names it stands for the
// named place, so "located in the province of X" places its subject in X. Nouns that relate a place to another
// ("the capital of X", "a suburb of X", "the area of X") are not in the set: their "of" phrase is a larger place.
import type { Doc } from "../nlp/doc.js";
import { caseOf } from "./predicates.js";
import type { EntitySpan } from "./types.js";

/** The place a place-noun token is named by ("of X" on it), or undefined. */
export function placeNamedByNoun(
  doc: Doc,
  t: number,
  nouns: ReadonlySet<string>,
  spanOf: (token: number) => EntitySpan | undefined,
): EntitySpan | undefined {
  if (doc.upos[t] !== "NOUN") return undefined;
  if (!nouns.has(doc.lowerLemma(t))) return undefined;
  // Only the definite description names one place: "a town of X" is one of X's towns.
  if (!doc.children(t).some((c) => doc.deprel[c] === "det" && doc.lowerWord(c) === "the")) return undefined;
  for (const c of doc.children(t)) {
    if (doc.deprel[c] !== "nmod" || caseOf(doc, c) !== "of") continue;
    const s = spanOf(c);
    if (s && (s.type === "LOCATION" || s.type === "COUNTRY") && !s.adjective && !s.group) return s;
  }
  return undefined;
}
