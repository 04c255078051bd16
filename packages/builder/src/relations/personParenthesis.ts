// A parenthesis right after a person's name that names places ("X (born 1950 in Y)", "X (1901, Y – 1980, Z)",
// "Representative X (D-Y)") gives the places the person was born, died or sits for: where the person is from.
// One that holds nothing but an organization's name ("X (Y Party)", "X (Y Corp)") gives the party or employer
// the person is listed with. Read from the surface, because parsers attach such asides anywhere. In a roster
// ("A (Y), B (Z), C (Y)": squads, line-ups) a lone name in the parenthesis is a team, often named for its town, and
// gives no origin.
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan, ReadRelation } from "./types.js";

/** Longer asides are not a name's gloss (a flattened list, an unclosed parenthesis). */
const MAX_ASIDE = 25;

/** A name in a person's parenthesis: a place or an organization. */
export interface PersonAside {
  person: EntitySpan;
  other: EntitySpan;
  /** The opening parenthesis. */
  trigger: number;
}

/** Organizations that are a person's whole parenthesis: "X (Y Party)". */
export function personAsideOrganizations(doc: Doc, spans: readonly EntitySpan[]): PersonAside[] {
  const out: PersonAside[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const person = sorted[i]!;
    const org = sorted[i + 1]!;
    if (person.type !== "PERSON" || person.reference || org.type !== "ORGANIZATION" || org.reference) continue;
    const open = person.end;
    if (doc.words[open] !== "(" || doc.words[org.end] !== ")") continue;
    // The name fills the parenthesis ("the" may open it): no date, place or other words beside it.
    const first = doc.upos[open + 1] === "DET" ? open + 2 : open + 1;
    if (org.start !== first) continue;
    out.push({ person, other: org, trigger: open });
  }
  return out;
}

/** Words that give a birth name ("X (née Y; 1950, Z)"): the name after them is a surname, never a birthplace. */
const BIRTH_NAME = new Set(["née", "nee", "né", "geb."]);

/** A sentence with this many "Name (Name)" entries is a roster: the asides name teams, not birthplaces. */
const ROSTER_ENTRIES = 3;

/** Whether the person's parenthesis holds nothing but the next name ("X (Y)"). */
function nameOnlyAside(doc: Doc, person: EntitySpan, next: EntitySpan | undefined): boolean {
  return !!next && doc.words[person.end] === "(" && next.start === person.end + 1 && doc.words[next.end] === ")";
}

/**
 * The parenthesis of a person's name that closes at `end`: right after it, or after a birth name set off by a
 * comma ("X, née Y (1931 in Z – 1991 in W)"); -1 for none.
 */
function asideOpening(doc: Doc, end: number): number {
  if (doc.words[end] === "(") return end;
  let k = doc.words[end] === "," ? end + 1 : end;
  if (!BIRTH_NAME.has(doc.lowerWord(k))) return -1;
  k++;
  const start = k;
  while (k < doc.length && k - start < 4 && doc.upos[k] === "PROPN") k++;
  return k > start && doc.words[k] === "(" ? k : -1;
}

/** Places in a person's parenthesis: "X (born 1950 in Y)". */
export function personParentheses(doc: Doc, spans: readonly EntitySpan[]): PersonAside[] {
  const out: PersonAside[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Rosters ("A (Y), B (Z), C (Y) ...", squads and line-ups) by sentence.
  const entries = new Map<number, number>();
  sorted.forEach((p, i) => {
    if (p.type === "PERSON" && nameOnlyAside(doc, p, sorted[i + 1])) {
      const sent = doc.sentOf[p.start] ?? 0;
      entries.set(sent, (entries.get(sent) ?? 0) + 1);
    }
  });
  for (let i = 0; i < sorted.length; i++) {
    const person = sorted[i]!;
    if (person.type !== "PERSON" || person.reference) continue;
    const open = asideOpening(doc, person.end);
    if (open < 0) continue;
    const roster = (entries.get(doc.sentOf[open] ?? 0) ?? 0) >= ROSTER_ENTRIES;
    if (roster && nameOnlyAside(doc, person, sorted[i + 1])) continue;
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
      if (BIRTH_NAME.has(doc.lowerWord(s.start - 1))) continue;
      if ((s.type === "LOCATION" || s.type === "COUNTRY") && !s.reference && !s.group && s.end <= close)
        out.push({ person, other: s, trigger: open });
    }
  }
  return out;
}

/** What each kind of aside says, person -> the name in it (readRelations emits one edge per aside). */
export const PERSON_ASIDES: readonly {
  category: ReadRelation["category"];
  label: string;
  via: string;
  read: (doc: Doc, spans: readonly EntitySpan[]) => PersonAside[];
}[] = [
  { category: "ORIGIN", label: "from", via: "person-parenthesis", read: personParentheses },
  { category: "ROLE", label: "of", via: "person-parenthesis-organization", read: personAsideOrganizations },
];
