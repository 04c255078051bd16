// A national office written before a name without its country ("President X", "Premier X"): news leaves the
// holder's country unsaid when the story is about that country. When the sentence names the country the article
// mentions most, the office is read as held there. A country that is already another person's (their office's
// holder) is not a candidate, and neither is anything when the person's office has a holder of its own.
import type { Doc } from "../nlp/doc.js";
import type { EntitySpan, ReadRelation } from "./types.js";

export interface UnheldOffice {
  person: EntitySpan;
  country: EntitySpan;
  /** The office token. */
  trigger: number;
  /** The office's words, lowercased ("prime minister"). */
  label: string;
}

/** Relations through which the office sits on the name ("President X": nmod:desc in EWT, compound or flat too). */
const OFFICE_ON_NAME = new Set(["nmod:desc", "compound", "flat"]);

/** The countries each article mentions, by entity, with their mention counts. */
function countryCounts(spans: readonly EntitySpan[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of spans)
    if (s.type === "COUNTRY" && !s.reference) counts.set(s.entity, (counts.get(s.entity) ?? 0) + 1);
  return counts;
}

/** The article's most-mentioned country, when one leads (a tie names no country). */
function leadingCountry(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [entity, n] of counts) {
    if (n > bestCount) [best, bestCount, tie] = [entity, n, false];
    else if (n === bestCount) tie = true;
  }
  return tie || bestCount < 2 ? undefined : best;
}

/** The national office token on the person's name that has no modifier naming a holder, if any. */
function unheldOfficeToken(
  doc: Doc,
  person: EntitySpan,
  offices: ReadonlySet<string>,
  spanAt: Int32Array,
): { trigger: number; label: string } | undefined {
  for (let k = person.start; k < person.end; k++) {
    for (const c of doc.children(k)) {
      if (c >= person.start && c < person.end) continue;
      if (!OFFICE_ON_NAME.has(doc.deprel[c] ?? "")) continue;
      // "Prime Minister X": the first word names the office.
      const prime = doc.children(c).find((m) => m < c && offices.has(doc.lowerWord(m)));
      if (!offices.has(doc.lowerLemma(c)) && prime === undefined) continue;
      // "Ruritanian President X", "the President of Y X": a holder stated on the office.
      if (doc.children(c).some((m) => (spanAt[m] ?? -1) >= 0)) return undefined;
      const first = prime ?? c;
      const label = doc.words
        .slice(first, c + 1)
        .map((w) => w.toLowerCase())
        .join(" ");
      return { trigger: c, label };
    }
  }
  return undefined;
}

/**
 * Offices before names with the holder's country unsaid, read as held in the article's leading country when the
 * sentence names it. `found` are the relations read so far: a person with a ROLE in the sentence already has its
 * holder, and a country another person holds an office in is theirs.
 */
export function unheldOffices(
  doc: Doc,
  spans: readonly EntitySpan[],
  nested: readonly EntitySpan[],
  spanAt: Int32Array,
  offices: ReadonlySet<string>,
  found: readonly ReadRelation[],
): UnheldOffice[] {
  // A country inside a name counts ("the Ruritanian army" is about Ruritania).
  const countries = [...spans, ...nested].filter((s) => s.type === "COUNTRY" && !s.reference);
  const leading = leadingCountry(countryCounts(countries));
  if (leading === undefined) return [];
  const out: UnheldOffice[] = [];
  const rolesIn = new Map<number, ReadRelation[]>();
  for (const r of found) {
    if (r.category !== "ROLE") continue;
    const list = rolesIn.get(r.sent);
    if (list) list.push(r);
    else rolesIn.set(r.sent, [r]);
  }
  for (const person of spans) {
    if (person.type !== "PERSON" || person.reference) continue;
    const office = unheldOfficeToken(doc, person, offices, spanAt);
    if (office === undefined) continue;
    const sent = doc.sentOf[person.start] ?? 0;
    const roles = rolesIn.get(sent) ?? [];
    if (roles.some((r) => r.source === person.entity)) continue;
    if (roles.some((r) => r.target === leading)) continue;
    const country = countries.find((s) => s.entity === leading && (doc.sentOf[s.start] ?? -1) === sent);
    if (country) out.push({ person, country, ...office });
  }
  return out;
}
