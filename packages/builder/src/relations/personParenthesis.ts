// A parenthesis right after a person's name that names places ("X (born 1950 in Y)", "X (1901, Y – 1980, Z)",
// "Representative X (D-Y)") gives the places the person was born, died or sits for: where the person is from.
// Read from the surface, because parsers attach such asides anywhere.
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan } from "./types.js";

/** Longer asides are not a name's gloss (a flattened list, an unclosed parenthesis). */
const MAX_ASIDE = 25;

export interface AsidePlace {
  person: EntitySpan;
  place: EntitySpan;
  /** The opening parenthesis. */
  trigger: number;
}

export function personParentheses(doc: Doc, spans: readonly EntitySpan[]): AsidePlace[] {
  const out: AsidePlace[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const person = sorted[i]!;
    if (person.type !== "PERSON" || person.reference) continue;
    const open = person.end;
    if (doc.words[open] !== "(") continue;
    const sentEnd = doc.sentEnd[doc.sentOf[open] ?? 0] ?? doc.length;
    let close = -1;
    for (let k = open + 1; k < Math.min(sentEnd, open + MAX_ASIDE); k++) {
      const w = doc.words[k];
      if (w === "(") break;
      if (w === ")") {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const s = sorted[j]!;
      if (s.start >= close) break;
      if ((s.type === "LOCATION" || s.type === "COUNTRY") && !s.reference && !s.group && s.end <= close)
        out.push({ person, place: s, trigger: open });
    }
  }
  return out;
}
