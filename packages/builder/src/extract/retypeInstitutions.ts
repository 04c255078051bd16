// Places that act: "Downing Street", "the White House", "the Pentagon" are tagged as locations but stand for the
// institution seated there. A location always named with "the" that is an ally, a speaker or a supporter/opponent
// in the article, or has a spokesperson, is an organization.
import type { DocModel } from "./docModel.js";
import type { RelationFact } from "./relationFact.js";

const ACTOR_CATEGORIES = new Set(["ALLIANCE", "STATEMENT", "SUPPORT", "OPPOSITION"]);

export function retypeInstitutions(doc: DocModel, facts: RelationFact[]): void {
  const acting = new Set<number>();
  // "White House spokesman X": a place with a spokesperson is an institution, whatever article it takes.
  const speaking = new Set<number>();
  for (const f of facts) {
    if (f.category === "ROLE" && /spokes|press secretary/i.test(f.label)) speaking.add(f.target);
    if (!ACTOR_CATEGORIES.has(f.category)) continue;
    acting.add(f.source);
    if (f.category === "ALLIANCE") acting.add(f.target);
  }
  for (const e of doc.entities) {
    if (e.type !== "LOCATION" || !e.mentions.length) continue;
    if (speaking.has(e.index) && e.mentions.every((m) => m.placeMention === undefined)) {
      e.type = "ORGANIZATION";
      for (const m of e.mentions) m.type = "ORGANIZATION";
      continue;
    }
    if (!acting.has(e.index)) continue;
    const withThe = e.mentions.every((m) => {
      const s = doc.sentences[m.sent]!;
      return m.i > 0 && s.lower[m.i - 1] === "the" && m.j - m.i <= 2 && m.placeMention === undefined;
    });
    if (!withThe) continue;
    e.type = "ORGANIZATION";
    for (const m of e.mentions) m.type = "ORGANIZATION";
  }
}
