// "X's armed wing, Y" / "the X youth wing, Y" / "X's weekly magazine, Y": a component or outlet noun owned by an
// organization (its possessive, or a name compounded onto the noun), with a name set off after it by a comma,
// names a part of that organization. Read from the surface beside the patterns, because a greedy parse hangs the
// apposed name on whatever heads the phrase the noun sits in ("a spokesman for X's wing, Y, said": Y on
// "spokesman"), not on the noun.
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";

export interface ComponentLink {
  part: EntitySpan;
  whole: EntitySpan;
  /** The component noun ("wing", "magazine"). */
  noun: number;
}

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/** Modifiers that may stand between the owner and the noun ("armed", "political", "propaganda", "nuclear"). */
const MODIFIER_UPOS = new Set(["ADJ", "NOUN"]);
const MAX_MODIFIERS = 3;
/** What may follow the apposed name: the end of its phrase. */
const PHRASE_END = new Set([",", ".", ";", ":", ")", "--", "—", "–"]);

/** The organization that owns the noun at `noun` (possessive or compound before its modifiers), if any. */
function ownerOf(
  doc: Doc,
  noun: number,
  ends: ReadonlyMap<number, EntitySpan>,
  sentStart: number,
): EntitySpan | undefined {
  for (let m = noun - 1, steps = 0; m >= sentStart; m--, steps++) {
    // A name whose last word is m: compounded onto the noun ("the X youth wing").
    const compound = ends.get(m + 1);
    if (compound) return compound;
    if (POSSESSIVE.has(doc.words[m] ?? "")) return ends.get(m);
    if (steps >= MAX_MODIFIERS || !MODIFIER_UPOS.has(doc.upos[m] ?? "")) return undefined;
  }
  return undefined;
}

/** Parts named in apposition to an organization's component or outlet noun (`nouns`: lemmas). */
export function componentAppositions(
  doc: Doc,
  spans: readonly EntitySpan[],
  nouns: ReadonlySet<string>,
): ComponentLink[] {
  const out: ComponentLink[] = [];
  const ends = new Map<number, EntitySpan>();
  for (const s of spans) if (s.type === "ORGANIZATION" && !s.adjective && !s.group) ends.set(s.end, s);
  for (const part of spans) {
    if (part.type !== "ORGANIZATION" || part.reference || part.adjective || part.group || part.nested) continue;
    const sent = doc.sentOf[part.start] ?? 0;
    const sentStart = doc.sentStart[sent] ?? 0;
    const sentEnd = doc.sentEnd[sent] ?? doc.length;
    let comma = part.start - 1;
    if (doc.upos[comma] === "DET") comma--;
    if (comma - 1 <= sentStart || doc.words[comma] !== ",") continue;
    const noun = comma - 1;
    if (doc.upos[noun] !== "NOUN" || !nouns.has(doc.lowerLemma(noun))) continue;
    if (part.end < sentEnd && !PHRASE_END.has(doc.words[part.end] ?? "")) continue;
    const whole = ownerOf(doc, noun, ends, sentStart);
    if (!whole || whole.entity === part.entity) continue;
    out.push({ part, whole, noun });
  }
  return out;
}
