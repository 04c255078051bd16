// Resolves pronouns ("she", "his") to the last person named before them (within three sentences) and bare
// organization nouns ("the police") to the article's only organization with that head noun.
import type { DocModel } from "./docModel.js";

export function resolveReferences(doc: DocModel): void {
  const orgsByHead = new Map<string, number[]>();
  for (const e of doc.entities)
    if (e.orgHead) orgsByHead.set(e.orgHead, [...(orgsByHead.get(e.orgHead) ?? []), e.index]);
  // Persons in text order.
  const persons = doc.mentions.filter((m) => m.type === "PERSON" && m.entity >= 0).sort((a, b) => a.start - b.start);
  let p = 0;
  let last = -1;
  let lastSent = -1;
  const refs = [...doc.refs].sort((a, b) => a.start - b.start);
  for (const r of refs) {
    while (p < persons.length && persons[p]!.start < r.start) {
      last = persons[p]!.entity;
      lastSent = persons[p]!.sent;
      p++;
    }
    if (r.kind === "pronoun") {
      if (last >= 0 && r.sent - lastSent <= 3) r.entity = last;
    } else if (r.kind === "org") {
      const orgs = orgsByHead.get(r.head ?? "");
      if (orgs?.length === 1) {
        r.entity = orgs[0]!;
        const ent = doc.entities[r.entity]!;
        ent.aliases.add(r.text);
      }
    }
  }
}
