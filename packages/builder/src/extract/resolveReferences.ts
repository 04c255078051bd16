// Resolves pronouns ("she", "his") and bare organization nouns ("the police"). A pronoun refers to the subject
// of its own sentence when one was named before it ("She criticized X and expressed her support"), else to the
// subject of the closest earlier sentence (within three), else to the last person named; "the police" is the
// article's only organization with that head noun.
import type { DocModel } from "./docModel.js";

export function resolveReferences(doc: DocModel): void {
  const orgsByHead = new Map<string, number[]>();
  for (const e of doc.entities)
    if (e.orgHead) orgsByHead.set(e.orgHead, [...(orgsByHead.get(e.orgHead) ?? []), e.index]);
  type Item = { start: number; sent: number; entity: number; ref?: number };
  const items: Item[] = [];
  for (const m of doc.mentions)
    if (m.type === "PERSON" && m.entity >= 0 && !m.nested)
      items.push({ start: m.start, sent: m.sent, entity: m.entity });
  doc.refs.forEach((r, k) => items.push({ start: r.start, sent: r.sent, entity: -1, ref: k }));
  items.sort((a, b) => a.start - b.start);
  const subjectOf = new Map<number, number>(); // sentence -> first person (or resolved pronoun) in it
  let last = -1;
  let lastSent = -1;
  for (const it of items) {
    if (it.ref === undefined) {
      last = it.entity;
      lastSent = it.sent;
      if (!subjectOf.has(it.sent)) subjectOf.set(it.sent, it.entity);
      continue;
    }
    const r = doc.refs[it.ref]!;
    if (r.kind === "pronoun") {
      let e = subjectOf.get(r.sent) ?? -1;
      for (let s = r.sent - 1; e < 0 && s >= r.sent - 3; s--) e = subjectOf.get(s) ?? -1;
      if (e < 0 && last >= 0 && r.sent - lastSent <= 3) e = last;
      r.entity = e;
      if (e >= 0 && !subjectOf.has(r.sent)) subjectOf.set(r.sent, e);
    } else if (r.kind === "org") {
      const orgs = orgsByHead.get(r.head ?? "");
      if (orgs?.length === 1) {
        r.entity = orgs[0]!;
        doc.entities[r.entity]!.aliases.add(r.text);
      }
    }
  }
}
