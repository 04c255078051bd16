// "A in B", "A, in B", "A, within B": a place name followed at once by a locative phrase naming another place lies
// in it ("a lake in X County in the state of Y", "a village in the district of X, within Y, in northern Z").
// Encyclopedic text stacks such phrases from the smallest place out; a greedy parse hangs the later phrases on the
// verb or on the first noun, so, like comma chains (`placeChains.ts`), they are read from token order. The phrase
// may describe its place first: a determiner, lowercase adjectives ("northern", "administrative"), a country's
// adjective or name ("the U.S. state of Y"), and a naming place noun with "of" ("the province of Y").
import type { Doc } from "../nlp/doc.js";
import type { PlaceLink } from "./placeChains.js";
import type { EntitySpan } from "./types.js";

/** Prepositions of a place inside a larger one. */
const INSIDE = new Set(["in", "within"]);
/** A token after a name that makes the name a modifier of what follows. */
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

function isPlace(s: EntitySpan | undefined): s is EntitySpan {
  return (
    !!s && (s.type === "LOCATION" || s.type === "COUNTRY") && !s.adjective && !s.group && !s.reference && !s.modifier
  );
}

/**
 * Links from each place to the place its locative phrase names. `namingNouns` are the place nouns whose "of"
 * phrase names the place itself ("the province of Y"; not "the capital of Y").
 */
export function prepositionChains(
  doc: Doc,
  spans: readonly EntitySpan[],
  namingNouns: ReadonlySet<string>,
): PlaceLink[] {
  const out: PlaceLink[] = [];
  const starting = new Map<number, EntitySpan>();
  for (const s of spans) if (!s.reference) starting.set(s.start, s);
  for (const inner of spans) {
    if (!isPlace(inner)) continue;
    const sentEnd = doc.sentEnd[doc.sentOf[inner.start] ?? 0] ?? doc.length;
    let k = inner.end;
    if (doc.words[k] === ",") k++;
    const prep = k;
    if (k >= sentEnd || !INSIDE.has(doc.lowerWord(k))) continue;
    k++;
    if (doc.lowerWord(k) === "the") k++;
    // Lowercase adjectives and a country's adjective or name describing the place noun.
    for (;;) {
      const s = starting.get(k);
      if (s && s.type === "COUNTRY" && doc.upos[s.end] === "NOUN") k = s.end;
      else if (doc.upos[k] === "ADJ" && /^\p{Ll}/u.test(doc.words[k] ?? "")) k++;
      else break;
    }
    if (namingNouns.has(doc.lowerLemma(k)) && doc.lowerWord(k + 1) === "of") {
      k += 2;
      if (doc.lowerWord(k) === "the") k++;
    }
    const outer = starting.get(k);
    if (!isPlace(outer) || outer.end > sentEnd || outer.entity === inner.entity) continue;
    // A country lies in no other place, and the name must end its phrase (not "in Y's north", "in Y police").
    if (inner.type === "COUNTRY" && outer.type !== "COUNTRY") continue;
    if (inner.type === "COUNTRY" && outer.type === "COUNTRY") continue;
    const next = outer.end < sentEnd ? outer.end : -1;
    if (next >= 0 && (POSSESSIVE.has(doc.words[next] ?? "") || ["NOUN", "PROPN"].includes(doc.upos[next] ?? "")))
      continue;
    out.push({ inner, outer, trigger: prep, toCountry: outer.type === "COUNTRY" });
  }
  return out;
}
