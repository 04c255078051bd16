// Titles kept as roles and turned into ROLE edges: "Ruritanian President Anna Kovel" -> Kovel ROLE(President)
// Ruritania; "Police spokesman X" -> ROLE to the article's police; "Acme CEO X" -> ROLE to Acme;
// appositions "X, Y's foreign minister," and "X, the president of Y,". Then nominal references to a unique
// title holder ("the Ruritanian leader", "the minister") are resolved.
import type { DocEntity, DocMention, DocModel, DocSentence } from "./docModel.js";
import { countryIndex } from "./lexicon/countryIndex.js";
import { mainCountry } from "./mainCountry.js";
import { DETERMINERS, PREPOSITIONS, SUBJECT_GAP } from "./lexicon/function.js";
import { ORG_DESCRIPTORS, ORG_HEADS } from "./lexicon/organizations.js";
import { OCCUPATIONS, REFERRING_TITLES, TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { TRIGGERS } from "./lexicon/triggers.js";

export interface RoleFact {
  person: number;
  target: number;
  role: string;
  sent: number;
  start: number;
  end: number;
  confidence: number;
  /** ROLE, or ASSOCIATION for a person's relation to another person ("Hargrove's attorney, X"). */
  category: "ROLE" | "ASSOCIATION" | "ORIGIN";
}

const CORPORATE_TITLES =
  /\b(chairman|chairwoman|chief executive|ceo|cfo|executive|director|founder|spokesman|spokeswoman|spokesperson|manager|owner|president|coach|captain|chief|officer)\b/i;

/** Turns an entity the tagger typed as a person into an organization, unless it holds a title itself. */
function retypeAsOrganization(doc: DocModel, entity: number): void {
  const e = doc.entities[entity]!;
  if (e.roles.length || e.type !== "PERSON") return;
  e.type = "ORGANIZATION";
  for (const m of e.mentions) m.type = "ORGANIZATION";
  // "Rovers" is "Porvik Rovers" when that organization is named in the article.
  const name = e.label.toLowerCase();
  const longer = doc.entities.filter(
    (o) => o !== e && o.type === "ORGANIZATION" && o.label.toLowerCase().endsWith(" " + name),
  );
  if (longer.length !== 1) return;
  const into = longer[0]!;
  for (const m of e.mentions) {
    m.entity = into.index;
    into.mentions.push(m);
    into.aliases.add(m.text);
  }
  e.mentions = [];
}

/** Titles of national office: without a nationality they refer to the country the article is about. */
const NATIONAL_OFFICE = /\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|minister)\b/i;

const POSSESSIVE = new Set(["'s", "’s"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "prof", "sir", "dame", "miss"]);
/** Honorific words opening a role phrase ("Dr. ", "Prof "), each a whole word. */
const HONORIFIC_PREFIX = /^(?:(?:mr|mrs|ms|dr|prof|sir|dame)(?:\.\s*|\s+|$))+/i;
const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...SUBJECT_GAP,
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
]);
/** Auxiliaries and verbs of saying that open a clause after its subject ("..., an official said"). */
const CLAUSE_VERBS = new Set(
  "is was are were has had have will would could can may might should must did does said says added adds wrote writes".split(
    " ",
  ),
);
/** Words capitalized only for opening the sentence ("Under <Title> X", "<Participle> <Place> Police Chief X"). */
const SENTENCE_OPENERS = new Set(
  "under after before during despite without within unlike amid among following since while although though once moreover however meanwhile furthermore nevertheless instead thus still also yet then read see watch".split(
    " ",
  ),
);

/** Whether a sentence's first word is one no organization's name starts with: a function word, a sentence adverb, an
 * imperative of reading, or a participle (an "-ed" or "-ing" word). */
function opensSentenceOnly(w: string): boolean {
  return SENTENCE_OPENERS.has(w) || TRIGGERS.has(w) || /(ed|ing)$/.test(w);
}

const LEADER_TITLES = new Set([
  "president",
  "premier",
  "prime minister",
  "chancellor",
  "king",
  "queen",
  "leader",
  "emir",
  "sultan",
]);

function titleRun(s: DocSentence, end: number): number {
  // Walks left from `end` (exclusive) over title words; returns the start, or `end` when there is no title head.
  let i = end;
  let hasHead = false;
  while (i > 0 && s.cover[i - 1]! < 0) {
    const w = s.lower[i - 1]!.replace(/\.$/, "");
    if (HONORIFICS.has(w)) {
      // "Mr", "Dr": not an office; nothing before them belongs to a title.
      if (!hasHead) return end;
      break;
    }
    if (TITLE_HEADS.has(w) || w === "vice-president") hasHead = true;
    else if (!TITLE_MODIFIERS.has(w) && !ORG_HEADS.has(w) && !ORG_DESCRIPTORS.has(w)) break;
    i--;
  }
  if (!hasHead) return end;
  // Capitalised words of an office between an organization and the title: "EU Competition Commissioner".
  let k = i;
  while (k > 0 && i - k < 2 && s.cover[k - 1]! < 0 && /^\p{Lu}/u.test(s.tokens[k - 1]!.text)) k--;
  if (k < i && k > 0 && s.cover[k - 1]! >= 0) return k;
  // Lowercase words of an office after a possessive or a name: "India's aviation minister", "X's chief
  // commercial officer".
  k = i;
  while (
    k > 0 &&
    i - k < 2 &&
    s.cover[k - 1]! < 0 &&
    /^\p{Ll}+$/u.test(s.tokens[k - 1]!.text) &&
    !FUNCTION_WORDS.has(s.lower[k - 1]!) &&
    !TRIGGERS.has(s.lower[k - 1]!) &&
    !/(ed|ing)$/.test(s.lower[k - 1]!)
  )
    k--;
  // Only after a possessive: "the court sentenced activist X" has no office "sentenced activist".
  if (k < i && k > 0 && POSSESSIVE.has(s.tokens[k - 1]!.text)) return k;
  return i;
}

export function extractRoles(doc: DocModel): RoleFact[] {
  const facts: RoleFact[] = [];
  const home = mainCountry(doc);
  const orgByHead = new Map<string, DocEntity[]>();
  for (const e of doc.entities) {
    // Generic bodies by head noun ("police"), named ones by their last word ("... Electronics Union").
    const head = e.orgHead ?? (e.type === "ORGANIZATION" ? e.label.split(/\s+/).pop()!.toLowerCase() : undefined);
    if (head) orgByHead.set(head, [...(orgByHead.get(head) ?? []), e]);
  }
  const entityOf = (s: DocSentence, k: number): DocMention | undefined => {
    const id = s.cover[k] ?? -1;
    if (id < 0) return undefined;
    const m = doc.mentions[id]!;
    return m.entity >= 0 ? m : undefined;
  };
  for (const m of doc.mentions) {
    if (m.type !== "PERSON" || m.entity < 0 || m.nested) continue;
    const s = doc.sentences[m.sent]!;
    const ti = titleRun(s, m.i);
    let role = "";
    let target = -1;
    let start = 0;
    let category: RoleFact["category"] = "ROLE";
    // Only a title directly before the name may fall back to the article's country.
    const titledBefore = ti < m.i;
    if (ti < m.i) {
      start = s.tokens[ti]!.start;
      role = doc.text.slice(start, s.tokens[m.i - 1]!.end);
      // Sentence-initial capital on a common noun ("Police spokesman") is not part of the title.
      if (ti === 0 && ORG_HEADS.has(s.lower[0]!)) role = role[0]!.toLowerCase() + role.slice(1);
      let before = ti > 0 ? entityOf(s, ti - 1) : undefined;
      // "Acme chief commercial officer X" with "Acme" untagged: a corporate title names its organization.
      if (!before && ti > 0 && CORPORATE_TITLES.test(role)) {
        let k = ti;
        while (
          k > 0 &&
          ti - k < 3 &&
          s.cover[k - 1]! < 0 &&
          /^\p{Lu}/u.test(s.tokens[k - 1]!.text) &&
          !TITLE_HEADS.has(s.lower[k - 1]!) &&
          !TITLE_MODIFIERS.has(s.lower[k - 1]!) &&
          !FUNCTION_WORDS.has(s.lower[k - 1]!) &&
          !(k - 1 === 0 && opensSentenceOnly(s.lower[0]!))
        )
          k--;
        if (k < ti) before = addOrganization(doc, s, k, ti);
      }
      // "Acme Metals chairman X": a corporate title after a name the tagger took for a person's.
      if (before && before.cj === ti && before.type === "PERSON" && CORPORATE_TITLES.test(role))
        retypeAsOrganization(doc, before.entity);
      if (before && before.cj === ti && before.type !== "PERSON" && before.type !== "EVENT") {
        target = before.entity;
        start = before.start;
      } else if (ti > 1 && POSSESSIVE.has(s.tokens[ti - 1]!.text)) {
        const owner = entityOf(s, ti - 2);
        if (owner && (owner.type === "COUNTRY" || owner.type === "ORGANIZATION")) target = owner.entity;
        // "X's spokesman Y": works for a person.
        if (owner && owner.type === "PERSON" && owner.entity !== m.entity) {
          target = owner.entity;
          category = "ASSOCIATION";
        }
      } else if (ti > 2 && s.lower[ti - 1] === "whose" && s.lower[ti - 2] === ",") {
        // "Ruritania, whose Foreign Minister X said".
        const owner = entityOf(s, ti - 3);
        if (owner && owner.type !== "PERSON" && owner.type !== "EVENT") target = owner.entity;
      }
      if (target < 0) {
        for (let k = ti; k < m.i; k++) {
          const orgs = orgByHead.get(s.lower[k]!);
          if (orgs?.length === 1) target = orgs[0]!.index;
        }
      }
    }
    // Apposition before the name (and its title): "The Ruritanian ambassador to Y, Anna Kovel, met ...",
    // "Y's army chief, General X".
    const nameStart = role && target < 0 ? ti : m.i;
    if ((nameStart === m.i ? !role : true) && nameStart > 2 && s.lower[nameStart - 1] === "," && target < 0) {
      let end = nameStart - 1;
      const host = entityOf(s, end - 1);
      if (host && host.j === end && ["to", "in", "at"].includes(s.lower[host.i - 1] ?? "")) end = host.i - 1;
      const t0 = titleRun(s, end);
      const possessive = t0 > 1 && POSSESSIVE.has(s.tokens[t0 - 1]!.text);
      // "... his second term as US President, X said": a title after a clause's "as" is predicated of that clause's
      // subject, not an apposition to the name after the comma (unlike a sentence-initial "As President, X ...").
      const lead = entityOf(s, t0 - 1);
      const before = (lead && lead.j === t0 ? lead.i : t0) - 1;
      const predicative = before > 0 && s.lower[before] === "as";
      if (
        t0 < end &&
        !predicative &&
        (t0 === 0 ||
          possessive ||
          ["the", "a", "an", "its", "their", "his", "her"].includes(s.lower[t0 - 1]!) ||
          entityOf(s, t0 - 1))
      ) {
        // A title right before the name ("General") stays among the person's roles.
        const person = doc.entities[m.entity]!;
        if (role && !person.roles.includes(role)) person.roles.push(role);
        role = doc.text.slice(s.tokens[t0]!.start, s.tokens[end - 1]!.end);
        start = s.tokens[t0]!.start;
        // "X's attorney, Y", "The company's chief executive, Y".
        let owner = t0 > 0 ? entityOf(s, possessive ? t0 - 2 : t0 - 1) : undefined;
        let referred = false;
        // "His lawyer, Y": the person the pronoun refers to.
        if (!owner && t0 > 0 && (s.lower[t0 - 1] === "his" || s.lower[t0 - 1] === "her") && s.refAt[t0 - 1]! >= 0) {
          const ref = doc.refs[s.refAt[t0 - 1]!]!;
          const e = ref.entity >= 0 ? doc.entities[ref.entity] : undefined;
          if (e && e.index !== m.entity) owner = e.mentions[0];
          referred = true;
        }
        // "Its director, Y": the organization last named.
        // Only sentence-initial "Its"/"Their": mid-sentence they mostly refer to a noun close by ("the opposition
        // says its candidate").
        if (!owner && t0 === 1 && (s.lower[0] === "its" || s.lower[0] === "their")) {
          owner = lastOrganization(doc, s, t0 - 1);
          referred = true;
        }
        if (!owner && possessive && s.lower[t0 - 3] === "the" && ORG_DESCRIPTORS.has(s.lower[t0 - 2]!)) {
          owner = lastOrganization(doc, s, t0 - 3);
          referred = true;
        }
        if (
          owner &&
          (possessive || referred || owner.cj === t0) &&
          owner.type !== "EVENT" &&
          owner.type !== "LOCATION"
        ) {
          target = owner.entity;
          // The trigger span stays in this sentence (an owner found by reference may be earlier).
          if (owner.sent === m.sent) start = Math.min(start, owner.start);
          if (owner.type === "PERSON") category = "ASSOCIATION";
        }
      }
    }
    if (!role && s.tokens[m.cj]?.text === ",") {
      // Apposition after the name: "X, Brazil's foreign minister," / "X, the president of Y,".
      let k = m.cj + 1;
      let owner: DocMention | undefined;
      if (["the", "a", "an"].includes(s.lower[k] ?? "")) k++;
      const o = entityOf(s, k);
      if (o && (o.type === "COUNTRY" || o.type === "ORGANIZATION")) {
        owner = o;
        k = o.cj;
        if (POSSESSIVE.has(s.tokens[k]?.text ?? "")) k++;
      }
      // "Acme's UK head of tax": a country before the title narrows the office, the owner stays.
      const scope = entityOf(s, k);
      if (owner && scope && scope.type === "COUNTRY" && scope.i === k) k = scope.cj;
      let e = k;
      while (
        e < s.tokens.length &&
        (TITLE_HEADS.has(s.lower[e]!) || TITLE_MODIFIERS.has(s.lower[e]!) || ORG_HEADS.has(s.lower[e]!))
      )
        e++;
      // A verb right after the title makes it a clause's subject: "X, a Y-ish official told Z" names no title of X.
      const next = s.lower[e] ?? "";
      const opensClause = (TRIGGERS.has(next) && !TRIGGERS.get(next)?.noun) || CLAUSE_VERBS.has(next);
      if (e > k && TITLE_HEADS.has(s.lower[e - 1]!) && !opensClause) {
        role = doc.text.slice(s.tokens[k]!.start, s.tokens[e - 1]!.end);
        start = m.start;
        // "X, the UK economist at Acme", "X, a Ruritanian director of Acme": the organization after the title is
        // the owner, the country before it only the post's scope (no nationality either).
        if ((!owner || owner.type === "COUNTRY") && ["of", "at", "for", "with"].includes(s.lower[e] ?? "")) {
          // The first name after the preposition, past lowercase words ("of the software firm Acme").
          let q = e + 1;
          while (q < e + 5 && !entityOf(s, q) && /^\p{Ll}/u.test(s.tokens[q]?.text ?? "")) q++;
          const o2 = entityOf(s, q);
          if (o2 && (o2.type === "ORGANIZATION" || (!owner && o2.type === "COUNTRY"))) owner = o2;
        }
        // "X, senior vice president Acme".
        const o3 = owner ? undefined : entityOf(s, e);
        if (o3 && o3.type === "ORGANIZATION") owner = o3;
        if (owner) target = owner.entity;
      }
    }
    // "The party's X" named by the party: a person of an organization.
    if (!role && m.i > 1 && POSSESSIVE.has(s.tokens[m.i - 1]!.text)) {
      const owner = entityOf(s, m.i - 2);
      if (owner && owner.type === "ORGANIZATION" && owner.j === m.i - 1) {
        role = `${owner.text}'s`;
        target = owner.entity;
        start = owner.start;
      }
    }
    // Honorifics ("Mr", "Ms") are not positions; whole words only ("professor", "director" keep their letters).
    role = role.replace(HONORIFIC_PREFIX, "").trim();
    if (!role) continue;
    const person = doc.entities[m.entity]!;
    if (!person.roles.includes(role)) person.roles.push(role);
    let confidence = 0.9;
    // "Ruritanian striker X": a nationality with an occupation is the person's origin.
    const head = role.split(/\s+/).pop() ?? "";
    if (target >= 0 && doc.entities[target]!.type === "COUNTRY" && OCCUPATIONS.has(head)) category = "ORIGIN";
    const orgWord = role
      .toLowerCase()
      .split(/\s+/)
      .some((w) => ORG_DESCRIPTORS.has(w) || ORG_HEADS.has(w));
    if (target < 0 && titledBefore && !orgWord && NATIONAL_OFFICE.test(role) && home >= 0) {
      target = home;
      confidence = 0.5;
    }
    if (target >= 0 && target !== m.entity)
      facts.push({ person: m.entity, target, role, sent: m.sent, start, end: m.end, confidence, category });
  }
  resolveTitleReferences(doc, facts);
  return facts;
}

/** "the Ruritanian leader" / "the minister" -> the unique person holding such a role (for that country). */
function resolveTitleReferences(doc: DocModel, facts: RoleFact[]): void {
  const idx = countryIndex();
  for (const s of doc.sentences) {
    if (s.duplicate) continue;
    for (let k = 1; k < s.tokens.length; k++) {
      const title = s.lower[k]!;
      if (!REFERRING_TITLES.has(title) || s.cover[k]! >= 0) continue;
      // Not followed by a name.
      if (/^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? "")) continue;
      let i = k - 1;
      let iso: string | undefined;
      const cm = s.cover[i]!;
      if (cm >= 0) {
        const c = doc.mentions[cm]!;
        if (c.type !== "COUNTRY" || !c.adjective || c.cj !== k) continue;
        iso = c.iso;
        i = c.i - 1;
      }
      if (i < 0 || s.lower[i] !== "the") continue;
      const candidates = new Set<number>();
      for (const f of facts) {
        const person = doc.entities[f.person]!;
        const role = f.role.toLowerCase();
        const fits = role.includes(title) || (title === "leader" && [...LEADER_TITLES].some((t) => role.includes(t)));
        if (!fits) continue;
        if (iso && doc.entities[f.target]!.iso !== iso) continue;
        candidates.add(person.index);
      }
      if (!iso) {
        for (const e of doc.entities)
          if (e.type === "PERSON" && e.roles.some((r) => r.toLowerCase().includes(title))) candidates.add(e.index);
      }
      if (candidates.size !== 1) continue;
      const ent = doc.entities[[...candidates][0]!]!;
      const t0 = s.tokens[i]!;
      const t1 = s.tokens[k]!;
      const m: DocMention = {
        id: doc.mentions.length,
        sent: s.index,
        i,
        j: k + 1,
        ci: i,
        cj: k + 1,
        type: "PERSON",
        text: doc.text.slice(t0.start, t1.end),
        start: t0.start,
        end: t1.end,
        key: ent.key,
        label: ent.label,
        entity: ent.index,
      };
      doc.mentions.push(m);
      ent.mentions.push(m);
      ent.aliases.add(m.text);
      for (let q = i; q <= k; q++) {
        const prev = s.cover[q]!;
        if (prev >= 0) doc.mentions[prev]!.nested = true;
        s.cover[q] = m.id;
      }
      void idx;
    }
  }
}

/** The last organization named before token k of sentence s ("the company" in "the company's CEO"). */
function lastOrganization(doc: DocModel, s: DocSentence, k: number): DocMention | undefined {
  let best: DocMention | undefined;
  for (const m of doc.mentions) {
    if (m.type !== "ORGANIZATION" || m.entity < 0 || m.sent < s.index - 3) continue;
    if (m.sent > s.index || (m.sent === s.index && m.i >= k)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

/** A new organization named by tokens [i, j) of s, with its other occurrences in the article as mentions. */
function addOrganization(doc: DocModel, s: DocSentence, i: number, j: number): DocMention {
  const name = doc.text.slice(s.tokens[i]!.start, s.tokens[j - 1]!.end);
  const ent: DocEntity = {
    index: doc.entities.length,
    type: "ORGANIZATION",
    key: `ORGANIZATION:${name.toLowerCase()}`,
    label: name,
    aliases: new Set([name]),
    roles: [],
    mentions: [],
  };
  doc.entities.push(ent);
  const words = name.split(/\s+/);
  let first: DocMention | undefined;
  for (const ss of doc.sentences) {
    if (ss.duplicate) continue;
    for (let k = 0; k + words.length <= ss.tokens.length; k++) {
      let ok = true;
      for (let q = 0; q < words.length && ok; q++) ok = ss.tokens[k + q]!.text === words[q] && ss.cover[k + q]! < 0;
      if (!ok) continue;
      const t0 = ss.tokens[k]!;
      const t1 = ss.tokens[k + words.length - 1]!;
      const m: DocMention = {
        id: doc.mentions.length,
        sent: ss.index,
        i: k,
        j: k + words.length,
        ci: k,
        cj: k + words.length,
        type: "ORGANIZATION",
        text: name,
        start: t0.start,
        end: t1.end,
        key: ent.key,
        label: name,
        entity: ent.index,
      };
      doc.mentions.push(m);
      ent.mentions.push(m);
      for (let q = k; q < k + words.length; q++) ss.cover[q] = m.id;
      if (ss === s && k === i) first = m;
    }
  }
  return first ?? ent.mentions[0]!;
}
