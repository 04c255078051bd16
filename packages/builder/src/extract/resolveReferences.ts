// Resolves pronouns ("she", "his") and bare organization nouns ("the police"). A pronoun refers to the subject
// of its own sentence when one was named before it ("She criticized X and expressed her support"), else to the
// subject of the closest earlier sentence (within three), else to the last person named; "the police" is the
// article's only organization with that head noun.
import type { DocModel, DocReference } from "./docModel.js";
import { mainCountry } from "./mainCountry.js";

const ACTING_FORCES = new Set(["police", "army"]);

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
      let e = cataphora(doc, r.sent, r.i);
      if (e < 0) e = subjectOf.get(r.sent) ?? -1;
      for (let s = r.sent - 1; e < 0 && s >= r.sent - 3; s--) e = subjectOf.get(s) ?? -1;
      if (e < 0 && last >= 0 && r.sent - lastSent <= 3) e = last;
      r.entity = e;
      if (e >= 0 && !subjectOf.has(r.sent)) subjectOf.set(r.sent, e);
    } else if (r.kind === "speaker") {
      r.entity = quoteSpeaker(doc, r.sent);
    } else if (r.kind === "org") {
      let orgs = orgsByHead.get(r.head ?? "");
      // Security forces named without a place act for the country the article is about ("Police arrested 14").
      if (!orgs && ACTING_FORCES.has(r.head ?? "")) {
        const created = nationalBody(doc, r.head!);
        if (created >= 0) orgsByHead.set(r.head!, (orgs = [created]));
      }
      if (orgs?.length === 1) {
        r.entity = orgs[0]!;
        doc.entities[r.entity]!.aliases.add(r.text);
        addReferenceMention(doc, r.entity, r);
      }
    }
  }
}

/** "<Country> police" for the article's country, part of it. Returns the entity index or -1. */
function nationalBody(doc: DocModel, head: string): number {
  const c = mainCountry(doc);
  if (c < 0) return -1;
  const country = doc.entities[c]!;
  const label = `${country.label} ${head}`;
  doc.entities.push({
    index: doc.entities.length,
    type: "ORGANIZATION",
    key: `ORGANIZATION:${label.toLowerCase()}`,
    label,
    aliases: new Set([label]),
    roles: [],
    mentions: [],
    orgHead: head,
    partOf: c,
  });
  return doc.entities.length - 1;
}

/** A resolved "the police" is a mention of the organization (it may be its only one). */
function addReferenceMention(doc: DocModel, entity: number, r: DocReference): void {
  const ent = doc.entities[entity]!;
  if (ent.mentions.some((m) => m.start === r.start)) return;
  const m = {
    id: doc.mentions.length,
    sent: r.sent,
    i: r.i,
    j: r.j,
    ci: r.i,
    cj: r.j,
    type: ent.type,
    text: r.text,
    start: r.start,
    end: r.end,
    key: ent.key,
    label: ent.label,
    entity,
  };
  doc.mentions.push(m);
  ent.mentions.push(m);
}

const OPENERS = new Set([
  "during",
  "after",
  "before",
  "on",
  "in",
  "while",
  "since",
  "despite",
  "following",
  "at",
  "upon",
]);

/** "During his visit to Abuja, Mensah met ...": a pronoun in an opening phrase refers to the subject after it. */
function cataphora(doc: DocModel, sent: number, k: number): number {
  const s = doc.sentences[sent]!;
  if (!OPENERS.has(s.lower[0]!)) return -1;
  const comma = s.lower.indexOf(",");
  if (comma < 0 || k > comma) return -1;
  let q = comma + 1;
  // Titles may stand before the name ("..., Foreign Minister X said").
  while (q < s.tokens.length && s.cover[q]! < 0 && q - comma < 5 && /^\p{Lu}/u.test(s.tokens[q]!.text)) q++;
  const id = s.cover[q] ?? -1;
  const m = id >= 0 ? doc.mentions[id] : undefined;
  return m && m.type === "PERSON" && m.entity >= 0 ? m.entity : -1;
}

const SPEECH = new Set(["said", "says", "told", "added", "explained", "continued", "wrote", "insisted", "stressed"]);
const QUOTES = new Set(['"', "”", "“", "'"]);

/** The person a quote is attributed to: '..." X said' or '... ," said X' within the next four sentences. */
function quoteSpeaker(doc: DocModel, sent: number): number {
  for (let si = sent; si < Math.min(doc.sentences.length, sent + 4); si++) {
    const s = doc.sentences[si]!;
    for (let k = 0; k < s.tokens.length - 1; k++) {
      if (!QUOTES.has(s.tokens[k]!.text) || k === 0) continue;
      // After a closing quote: NAME said | said NAME.
      let q = k + 1;
      const id = s.cover[q] ?? -1;
      const m = id >= 0 ? doc.mentions[id] : undefined;
      if (m && m.type === "PERSON" && m.entity >= 0 && SPEECH.has(s.lower[m.cj] ?? "")) return m.entity;
      if (SPEECH.has(s.lower[q]!)) {
        q++;
        const id2 = s.cover[q] ?? -1;
        const m2 = id2 >= 0 ? doc.mentions[id2] : undefined;
        if (m2 && m2.type === "PERSON" && m2.entity >= 0) return m2.entity;
      }
    }
  }
  return -1;
}
