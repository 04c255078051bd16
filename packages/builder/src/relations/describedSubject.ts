// A text that defines its subject with a copula ("X is a village in Y", "X was a shipping company") goes on to
// name it by that noun: "the village", "the company". Such a definite description, later in the text and left
// unresolved by the reference resolver, is read as the defined name. Encyclopedic introductions do this in nearly
// every paragraph; news profiles do it too ("X is a lawyer ... the lawyer said"). Only the first definition of a
// noun counts, and not once another name has been defined by the same noun (then "the village" is ambiguous).
// A place or facility noun makes the description a place whatever type the name alone was given.
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";

/** Definitions are looked for in the first sentences only: that is where a text defines what it is about. */
const DEFINING_SENTENCES = 4;
/** Determiners of a description that points back ("the village", "this company"). */
const BACK_DETERMINERS = new Set(["the", "this"]);

interface Definition {
  noun: string;
  span: EntitySpan;
  sent: number;
}

/** Copular definitions "NAME is a NOUN" in the first sentences, the first per noun; nouns defined twice dropped. */
function definitions(doc: Doc, spanAt: (t: number) => EntitySpan | undefined): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const ambiguous = new Set<string>();
  const lastSent = Math.min(doc.sentenceCount, DEFINING_SENTENCES);
  for (let s = 0; s < lastSent; s++) {
    for (let p = doc.sentStart[s] ?? 0; p < (doc.sentEnd[s] ?? 0); p++) {
      if (doc.upos[p] !== "NOUN" || spanAt(p)) continue;
      const kids = doc.children(p);
      if (!kids.some((c) => doc.deprel[c] === "cop")) continue;
      const subject = kids.find((c) => doc.deprel[c] === "nsubj");
      const span = subject === undefined ? undefined : spanAt(subject);
      if (!span || span.reference || span.adjective || span.group) continue;
      const noun = doc.lowerLemma(p);
      const seen = out.get(noun);
      if (seen && seen.span.entity !== span.entity) ambiguous.add(noun);
      else if (!seen) out.set(noun, { noun, span, sent: s });
    }
  }
  for (const noun of ambiguous) out.delete(noun);
  return out;
}

/**
 * Reference spans for "the NOUN" after a copular definition of a name by NOUN. `taken` marks tokens already in a
 * name or resolved reference; `placeNouns` are the nouns that make the description a place.
 */
export function describedSubjectReferences(
  doc: Doc,
  spans: readonly EntitySpan[],
  taken: (t: number) => boolean,
  placeNouns: ReadonlySet<string>,
  typeOf: (entity: number) => EntityType,
): EntitySpan[] {
  const at = new Map<number, EntitySpan>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (!at.has(i)) at.set(i, s);
  const spanAt = (t: number): EntitySpan | undefined => at.get(t);
  const defs = definitions(doc, spanAt);
  if (!defs.size) return [];
  const out: EntitySpan[] = [];
  for (let t = 0; t < doc.length; t++) {
    if (doc.upos[t] !== "NOUN" || taken(t)) continue;
    const def = defs.get(doc.lowerLemma(t));
    if (!def || (doc.sentOf[t] ?? 0) <= def.sent) continue;
    const kids = doc.children(t);
    if (!kids.some((c) => doc.deprel[c] === "det" && BACK_DETERMINERS.has(doc.lowerWord(c)))) continue;
    // "the village of Z", "the Y village": a name on the description says which one it is.
    if (kids.some((c) => spanAt(c) !== undefined)) continue;
    // A plural ("the villages") or a description in a name's own apposition is not the subject.
    if (/s$/i.test(doc.words[t] ?? "") && doc.lowerLemma(t) !== doc.lowerWord(t)) continue;
    const head = doc.head[t] ?? -1;
    if (doc.deprel[t] === "appos" && head >= 0 && spanAt(head)) continue;
    const type: EntityType = placeNouns.has(def.noun) ? "LOCATION" : typeOf(def.span.entity);
    out.push({ start: t, end: t + 1, entity: def.span.entity, type, reference: true });
  }
  return out;
}
