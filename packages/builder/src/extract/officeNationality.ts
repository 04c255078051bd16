// A person who holds a post of a country is one of its nationals: "Ruritanian President X", "X, Ruritania's
// foreign minister", "the prime minister of Ruritania, X" state the office (ROLE) and, with it, where X is from
// (ORIGIN). The office readings keep the ROLE and leave the nationality unsaid (relations/readRelations.ts drops an
// ORIGIN read beside it), so it is derived here from each ROLE in a country, in the sentence that states the office.
// Only where the country qualifies the post (an adjective or name before the title, a possessor, an "of" phrase):
// a country a post is held towards ("the envoy to Y", "the consul in Y") says nothing of the holder's nationality.
import type { DocModel } from "./docModel.js";
import type { RelationFact } from "./relationFact.js";

/** Each derived nationality is this much less certain than the office it comes from. */
const DISCOUNT = 0.9;
/** Words after a country's name that show it is not a modifier of the title after it. */
const NOT_MODIFIED = new Set([
  ",",
  ".",
  ";",
  ":",
  ")",
  "(",
  "and",
  "or",
  "to",
  "in",
  "at",
  "on",
  "for",
  "from",
  "with",
]);

function qualifiesPost(doc: DocModel, sent: number, i: number, j: number, adjective: boolean): boolean {
  const words = doc.sentences[sent]?.lower ?? [];
  if (adjective) return true;
  const before = words[i - 1];
  const after = words[j];
  if (before === "of") return true;
  if (after === "'s" || after === "’s" || after === "'" || after === "’") return true;
  // "U.S. envoy", "Ruritania Prime Minister": the name stands as a modifier before a word of the title.
  return after !== undefined && /^\p{L}/u.test(after) && !NOT_MODIFIED.has(after) && !NOT_MODIFIED.has(before ?? "");
}

export function officeHolderNationalities(doc: DocModel, facts: readonly RelationFact[]): RelationFact[] {
  const out: RelationFact[] = [];
  const have = new Set(facts.filter((f) => f.category === "ORIGIN").map((f) => `${f.source}|${f.target}`));
  for (const f of facts) {
    if (f.category !== "ROLE") continue;
    const person = doc.entities[f.source];
    const country = doc.entities[f.target];
    if (person?.type !== "PERSON" || country?.type !== "COUNTRY") continue;
    const key = `${f.source}|${f.target}`;
    if (have.has(key)) continue;
    const qualifying = country.mentions.some(
      (m) => m.sent === f.sent && !m.group && qualifiesPost(doc, m.sent, m.i, m.j, !!m.adjective),
    );
    if (!qualifying) continue;
    have.add(key);
    out.push({
      source: f.source,
      target: f.target,
      category: "ORIGIN",
      label: "nationality",
      confidence: Math.round(f.confidence * DISCOUNT * 1000) / 1000,
      sent: f.sent,
      ...(f.trigger && { trigger: f.trigger }),
      ...(f.argTokens && { argTokens: f.argTokens }),
      via: `${f.via ?? "title"}+office-nationality`,
    });
  }
  return out;
}
