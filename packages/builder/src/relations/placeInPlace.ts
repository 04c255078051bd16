// "in Town in Country", "at Town in northern Region": a place named as a preposition's object and followed at once
// by "in" and a second place lies in the second one. A greedy parser usually hangs both phrases on the verb as two
// obliques, so the tree patterns on a place's own "in" phrase miss it; the pair is read from token order.
import type { Doc } from "../nlp/doc.js";
import { COMPASS } from "./placeChains.js";
import type { EntitySpan } from "./types.js";

/** Prepositions that name where something is or comes from. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);

export interface PlaceInPlace {
  inner: EntitySpan;
  outer: EntitySpan;
  /** The "in" between them. */
  trigger: number;
}

function plainPlace(s: EntitySpan): boolean {
  return (s.type === "LOCATION" || s.type === "COUNTRY") && !s.adjective && !s.group && !s.reference && !s.modifier;
}

export function placesInPlaces(doc: Doc, spans: readonly EntitySpan[]): PlaceInPlace[] {
  const out: PlaceInPlace[] = [];
  const startingAt = new Map<number, EntitySpan>();
  for (const s of spans) if (!s.reference) startingAt.set(s.start, s);
  for (const inner of spans) {
    // A country lies in no place; "in Country in Region" is a clause's two settings, not containment.
    if (!plainPlace(inner) || inner.type === "COUNTRY") continue;
    let p = inner.start - 1;
    if (doc.upos[p] === "DET") p--;
    if (p < 0 || doc.sentOf[p] !== doc.sentOf[inner.start] || !PLACE_PREPOSITIONS.has(doc.lowerWord(p))) continue;
    const trigger = inner.end;
    if (doc.lowerWord(trigger) !== "in" || doc.sentOf[trigger] !== doc.sentOf[inner.start]) continue;
    let k = trigger + 1;
    if (doc.upos[k] === "DET") k++;
    if (COMPASS.has(doc.lowerWord(k))) k++;
    const outer = startingAt.get(k);
    if (!outer || !plainPlace(outer) || outer.entity === inner.entity) continue;
    // The second name ends its phrase: not "in Y's north", "in Y province".
    const next = outer.end;
    if (doc.sentOf[next] === doc.sentOf[outer.start]) {
      const u = doc.upos[next];
      if (POSSESSIVE.has(doc.words[next] ?? "") || u === "NOUN" || u === "PROPN") continue;
    }
    out.push({ inner, outer, trigger });
  }
  return out;
}
