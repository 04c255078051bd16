// Readings a static pattern or the pair classifier makes that the sentence itself contradicts: a role or membership
// the clause negates ("X never played for Y", "X is not a member of Y"), and a role or membership whose
// organization is the title of a work NER typed as an organization ("starred in the film Y", "Y, an album by X",
// a quoted title). "Former" is no negation: a former post is still a ROLE, its label keeps the qualifier.
import type { Doc } from "../nlp/doc.js";
import type { ReadRelation } from "./types.js";

/** Categories a negation or a work title undoes. */
const VETOED: ReadonlySet<string> = new Set(["ROLE", "PART_OF"]);
const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no"]);
const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);

function lower(doc: Doc, i: number): string {
  return (doc.words[i] ?? "").toLowerCase();
}

/** The token's lemma when it is a common noun ("the film", not the verb "played"), else "". */
function nounLemma(doc: Doc, i: number): string {
  return doc.upos[i] === "NOUN" ? (doc.lemma[i] || doc.words[i] || "").toLowerCase() : "";
}

/** Whether the token (a verb or predicate noun) is negated by a child of its own. */
export function negatedAt(doc: Doc, t: number): boolean {
  return doc.children(t).some((c) => /^(advmod|neg|det)/.test(doc.deprel[c] ?? "") && NEGATORS.has(lower(doc, c)));
}

/**
 * Whether tokens [start, end) name a work (film, album, book, ...) rather than an organization: a work noun right
 * before the name ("the film Y", "her 1999 album Y") or in apposition to it ("Y, a film about ..."), or the name
 * in quotation marks.
 */
export function namesAWork(doc: Doc, start: number, end: number, workNouns: ReadonlySet<string>): boolean {
  if (start <= 0 || end > doc.length) return false;
  if (workNouns.has(nounLemma(doc, start - 1))) return true;
  if (QUOTES.has(doc.words[start - 1] ?? "") && QUOTES.has(doc.words[end] ?? "")) return true;
  for (let i = start; i < end; i++) {
    const h = doc.head[i] ?? -1;
    if (h >= start && h < end) continue;
    // The name's head: a work noun in apposition to it, or a work noun it is in apposition to.
    if (doc.children(i).some((c) => doc.deprel[c] === "appos" && workNouns.has(nounLemma(doc, c)))) return true;
    if (h >= 0 && doc.deprel[i] === "appos" && workNouns.has(nounLemma(doc, h))) return true;
  }
  return false;
}

/** Whether a ROLE or PART_OF reading is negated at its trigger or has a work title as one of its ends. */
export function contradicted(doc: Doc, r: ReadRelation, workNouns: ReadonlySet<string>): boolean {
  if (!VETOED.has(r.category)) return false;
  if (negatedAt(doc, r.trigger)) return true;
  return r.argTokens.some(([s, e]) => namesAWork(doc, s, e, workNouns));
}
