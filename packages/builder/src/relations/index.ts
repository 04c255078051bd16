// Relations read from a dependency parse (see readRelations.ts); references resolved on the same parse.
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import { readRelations, workTitleEntities } from "./readRelations.js";
import { normalizeNamePhrases } from "./namePhrases.js";
import { repairAdjectivalPassives } from "./adjectivalPassives.js";
import { resolveReferences } from "./references.js";
import { STATIC_PATTERNS } from "./staticPatterns.js";
import { describedSubjectReferences } from "./describedSubject.js";
import type { EntitySpan, ReadRelation } from "./types.js";

export type { EntitySpan, ReadRelation } from "./types.js";
export { eventCategoryOf } from "./eventCategory.js";

/** Words that stand before a name like titles ("President", "spokesman", "resident"). */
const TITLE_WORDS = new Set([
  ...(STATIC_PATTERNS.sets["TITLE"] ?? []),
  ...(STATIC_PATTERNS.sets["OFFICE"] ?? []),
  ...(STATIC_PATTERNS.sets["OCCUPATION"] ?? []),
]);

/** Nouns that make a description a place ("the village", "the airport"). */
const SITE_NOUNS = new Set(STATIC_PATTERNS.sets["SITE_NOUN"] ?? []);

/** Names laid over a parsed doc, references resolved, relations read. */
export function relationsFromParse(
  doc: Doc,
  names: EntitySpan[],
  nested: EntitySpan[],
  typeOf: (entity: number) => EntityType,
  resolvedElsewhere: EntitySpan[] = [],
  /** Entity "the country" means when no country was named nearby (the article's dateline country), or -1. */
  topicCountry = -1,
): { relations: ReadRelation[]; references: EntitySpan[]; works: Set<number> } {
  normalizeNamePhrases(doc, [...names, ...resolvedElsewhere], TITLE_WORDS);
  // "X was beaten by Y" with the participle tagged as an adjective: a passive.
  repairAdjectivalPassives(doc);
  const taken = new Uint8Array(doc.length);
  for (const s of [...names, ...resolvedElsewhere]) for (let i = s.start; i < s.end; i++) taken[i] = 1;
  const references = resolveReferences(
    doc,
    [...names, ...resolvedElsewhere].sort((a, b) => a.start - b.start),
    (t) => taken[t] === 1,
    topicCountry,
  );
  for (const s of references) for (let i = s.start; i < s.end; i++) taken[i] = 1;
  // "X is a village ... the village": the noun a copula defined a name by stands for it later on.
  const described = describedSubjectReferences(
    doc,
    [...names, ...resolvedElsewhere],
    (t) => taken[t] === 1,
    SITE_NOUNS,
    typeOf,
  );
  const spans = [...names, ...resolvedElsewhere, ...references, ...described].sort((a, b) => a.start - b.start);
  const parsed = { doc, spans, nested, typeOf };
  return {
    relations: readRelations(parsed),
    references: [...references, ...described],
    // Names the parse shows to be works' titles: readings made without it (titles found on the surface) skip them.
    works: workTitleEntities(parsed),
  };
}
