// Readings a static pattern or the pair classifier makes that the sentence itself contradicts: a role or membership
// the clause negates ("X never played for Y", "X is not a member of Y"), and a role or membership whose
// organization is the title of a work NER typed as an organization ("starred in the film Y", "Y, an album by X",
// a quoted title; once one mention of an entity names a work, every mention does: "the Y director" after "the film
// Y"), and a person's role in a country read from the same title as a role in an organization ("the company's UK
// chief executive": the organization employs them, the country only qualifies the post, and is no nationality either). "Former" is no negation: a former post is still a ROLE, its label keeps the qualifier.
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import { acronymInParentheses } from "./acronymInParentheses.js";
import type { EntitySpan, ReadRelation } from "./types.js";

/** Categories a negation or a work title undoes. */
const VETOED: ReadonlySet<string> = new Set(["ROLE", "PART_OF"]);
/** Categories an acronym in parentheses cannot take as a second name ("X (XY)" is no place in X). */
const STATIC_WITH_ACRONYM: ReadonlySet<string> = new Set(["LOCATION", "PART_OF"]);
const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no"]);
const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);

/** The token's lemma when it is a common noun ("the film", not the verb "played"), else "". */
function nounLemma(doc: Doc, i: number): string {
  return doc.upos[i] === "NOUN" ? doc.lowerLemma(i) : "";
}

/** Whether the token (a verb or predicate noun) is negated by a child of its own. */
export function negatedAt(doc: Doc, t: number): boolean {
  return doc.children(t).some((c) => /^(advmod|neg|det)/.test(doc.deprel[c] ?? "") && NEGATORS.has(doc.lowerWord(c)));
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

/**
 * Whether tokens [start, end) are described as a work by the parse itself: a work noun before the name that is
 * attached to it or it to the noun ("the film Y"), or in apposition either way. Stricter than namesAWork, since it
 * speaks for every mention of the entity: a title line run into the first sentence ("... video games Y is a
 * company") puts a work noun before a name without relating the two.
 */
function describedAsWork(doc: Doc, start: number, end: number, workNouns: ReadonlySet<string>): boolean {
  if (start <= 0 || end > doc.length) return false;
  const inside = (t: number): boolean => t >= start && t < end;
  if (workNouns.has(nounLemma(doc, start - 1))) {
    if (inside(doc.head[start - 1] ?? -1)) return true;
    for (let i = start; i < end; i++) if ((doc.head[i] ?? -1) === start - 1) return true;
  }
  for (let i = start; i < end; i++) {
    const h = doc.head[i] ?? -1;
    if (inside(h)) continue;
    if (doc.children(i).some((c) => doc.deprel[c] === "appos" && workNouns.has(nounLemma(doc, c)))) return true;
    if (h >= 0 && doc.deprel[i] === "appos" && workNouns.has(nounLemma(doc, h))) return true;
  }
  return false;
}

/** Word sets that say a name is a work: nouns ("the film Y"), verbs taking it ("directed Y", "starred in Y"). */
export interface WorkWords {
  nouns: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  inVerbs: ReadonlySet<string>;
}

/** Whether the name over [start, end) is the object of a verb of making a work, or the "in" phrase of starring. */
function madeAsWork(doc: Doc, start: number, end: number, words: WorkWords): boolean {
  const head = end - 1;
  const h = doc.head[head] ?? -1;
  if (h < 0 || (h >= start && h < end) || doc.upos[h] !== "VERB") return false;
  const lemma = doc.lowerLemma(h);
  const rel = doc.deprel[head] ?? "";
  if (rel === "obj" || rel === "nsubj:pass") return words.verbs.has(lemma);
  return rel === "obl" && caseWord(doc, head) === "in" && words.inVerbs.has(lemma);
}

function caseWord(doc: Doc, t: number): string {
  for (const c of doc.children(t)) if (doc.deprel[c] === "case") return doc.lowerWord(c);
  return "";
}

/**
 * Entities one of whose mentions (names, not references) the parse describes as a work, or (for names typed as
 * organizations) makes the object of a verb of making one: no ROLE or PART_OF reaches them.
 */
export function workEntities(
  doc: Doc,
  spans: readonly EntitySpan[],
  words: WorkWords,
  typeOf?: (entity: number) => EntityType,
): Set<number> {
  const out = new Set<number>();
  for (const sp of spans) {
    if (sp.reference) continue;
    if (describedAsWork(doc, sp.start, sp.end, words.nouns)) out.add(sp.entity);
    // A person or place directed or written about is no work: only a name typed as an organization.
    else if (typeOf?.(sp.entity) === "ORGANIZATION" && madeAsWork(doc, sp.start, sp.end, words)) out.add(sp.entity);
  }
  return out;
}

const PLACES: ReadonlySet<EntityType> = new Set(["COUNTRY", "LOCATION"]);

/**
 * The readings a sentence contradicts, and a ROLE in a country or place read from the same title token of the same
 * person as a ROLE in an organization (the organization is where the post is held). A person read as part of an
 * organization is a member of it: a ROLE (PART_OF relates organizations and places).
 */
export function withoutContradicted(
  doc: Doc,
  spans: readonly EntitySpan[],
  relations: readonly ReadRelation[],
  typeOf: (entity: number) => EntityType,
  words: WorkWords,
): ReadRelation[] {
  const workNouns = words.nouns;
  const works = workEntities(doc, spans, words, typeOf);
  const kept = relations.filter(
    (r) =>
      !contradicted(doc, r, workNouns) &&
      !(VETOED.has(r.category) && (works.has(r.target) || works.has(r.source))) &&
      // "Velmar Hills (VH)": an acronym in parentheses restates the name before it.
      !(STATIC_WITH_ACRONYM.has(r.category) && r.argTokens.some(([s, e]) => acronymInParentheses(doc, s, e))),
  );
  const orgRole = new Set(
    kept
      .filter((r) => r.category === "ROLE" && typeOf(r.target) === "ORGANIZATION")
      .map((r) => `${r.sent}|${r.trigger}|${r.source}`),
  );
  // The same goes for the nationality such a title carries ("the UK economist of Y", "Y's Ruritanian managing
  // director X"): it names the branch the post is in, not where the person is from.
  return kept
    .filter(
      (r) =>
        !(
          (r.category === "ROLE" || r.category === "ORIGIN") &&
          PLACES.has(typeOf(r.target)) &&
          orgRole.has(`${r.sent}|${r.trigger}|${r.source}`)
        ),
    )
    .map((r): ReadRelation =>
      r.category === "PART_OF" && typeOf(r.source) === "PERSON" ? { ...r, category: "ROLE" } : r,
    );
}
