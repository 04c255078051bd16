// Relation extraction over tokens and entity spans: for each trigger word of the lexicon, the subject is the
// entity directly before it in the clause (auxiliaries and adverbs may intervene) and the object the first entity
// after it before a clause boundary; passives swap the roles and take the agent from "by X" or from the previous
// active use of the same verb; nominal triggers take their agent from a possessive. Plus patterns: appositions of
// places, "said in <place>", coordinated subjects/objects (ASSOCIATION), event arguments (VIOLENCE).
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import { isInstitutionalName } from "./isInstitutionalName.js";
import type { DocMention, DocModel, DocSentence } from "./docModel.js";
import { EVENT_CLASS, VIOLENT_CLASSES } from "./lexicon/events.js";
import {
  CLAUSE_BOUNDARY,
  DATE_WORDS,
  DETERMINERS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_GAP,
} from "./lexicon/function.js";
import { MEMBER_NOUNS, ORG_DESCRIPTORS, ORG_HEADS, PLACE_NOUNS } from "./lexicon/organizations.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { NOUN_VERB, TRIGGERS, type Trigger } from "./lexicon/triggers.js";

export interface RelationFact {
  source: number;
  target: number;
  category: RelationCategory;
  label: string;
  confidence: number;
  cameo?: string;
  sent: number;
  trigger?: { start: number; end: number };
  /** Mentions the relation was read from, for attaching quantities. */
  argTokens?: [number, number][];
  /** How the relation was read (pattern or mechanism), for calibrating confidence; not in the output. */
  via?: string;
}

interface Arg {
  entity: number;
  i: number;
  j: number;
  pronoun?: boolean;
  /** A bare nationality adjective ("Chilean" in "Chilean Interior Minister X"): a modifier, not an argument. */
  modifier?: boolean;
}

const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "get", "got"]);
const POSSESSIVE = new Set(["'s", "’s"]);
const ACTOR: EntityType[] = ["PERSON", "ORGANIZATION", "COUNTRY"];
const PLACE: EntityType[] = ["COUNTRY", "LOCATION"];
const SUBJECT_TYPES: Record<string, EntityType[]> = {
  COERCION: ["PERSON", "ORGANIZATION", "COUNTRY"],
  STATEMENT: ACTOR,
  SUPPORT: ACTOR,
  OPPOSITION: ACTOR,
  VIOLENCE: ACTOR,
  MOVEMENT: ACTOR,
  ANNOUNCEMENT: ACTOR,
  ALLIANCE: ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"],
  ROLE: ["PERSON"],
  ASSOCIATION: ["PERSON", "ORGANIZATION"],
};
const OBJECT_TYPES: Record<string, EntityType[]> = {
  COERCION: ["PERSON", "ORGANIZATION"],
  STATEMENT: ["PERSON", "ORGANIZATION"],
  SUPPORT: ["PERSON", "ORGANIZATION", "COUNTRY", "EVENT"],
  OPPOSITION: ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "EVENT"],
  VIOLENCE: ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"],
  MOVEMENT: PLACE,
  ANNOUNCEMENT: ["EVENT"],
  ALLIANCE: ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"],
  ROLE: ["ORGANIZATION"],
  ASSOCIATION: ["PERSON", "ORGANIZATION"],
};
/** Last words of state bodies, which are part of their country rather than located in it. */
const STATE_BODIES = new Set([
  "force",
  "forces",
  "navy",
  "guard",
  "agency",
  "service",
  "office",
  "department",
  "bureau",
  "commission",
  "council",
  "ministry",
]);
const FIGHT_NOUNS = new Set(["fighting", "clashes", "war", "conflict", "battle", "battles", "fight", "hostilities"]);
const COERCIVE_CLASSES = new Set(["sanctions"]);
const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);
/** Verbs whose object noun carries the meaning ("held talks with", "expressed support for"). */
/** Prepositions opening a phrase whose noun's agent is the sentence subject ("during a visit to X"). */
const OPENING_PREPS = new Set(["during", "after", "before", "on", "since", "following", "ahead"]);
const LIGHT_VERBS = new Set([
  "held",
  "hold",
  "holds",
  "holding",
  "had",
  "made",
  "make",
  "makes",
  "gave",
  "give",
  "gives",
  "expressed",
  "expresses",
  "voiced",
  "voices",
  "offered",
  "offers",
  "announced",
]);
const GENERIC_ORG_ANAPHORS = new Set(["company", "firm", "group", "organization", "organisation"]);
/** Prepositions that lead to a movement's destination (or origin, "from"). */
const MOVEMENT_PREPS = new Set(["", "to", "into", "for", "towards", "toward", "from", "in"]);
const AUDIENCE_VERBS = new Set(["told", "met", "asked"]);
/** "the company", "the group": refer back to the last organization. */
const ORG_ANAPHORS = new Set([
  "company",
  "firm",
  "group",
  "newspaper",
  "agency",
  "party",
  "organization",
  "organisation",
  "union",
  "bank",
  "broadcaster",
  "carrier",
  "airline",
  "club",
]);

class RelationExtractor {
  readonly facts: RelationFact[] = [];
  private readonly lastActive = new Map<string, { agents: number[]; sent: number }>();
  private sentSubjects: { sent: number; subjects: Arg[] } | undefined;

  /** Mentions per sentence, so lookups stay within a sentence (linear in the document). */
  private readonly bySent: DocMention[][];

  constructor(private readonly doc: DocModel) {
    this.bySent = doc.sentences.map(() => []);
    for (const m of doc.mentions) this.bySent[m.sent]!.push(m);
  }

  private type(e: number): EntityType {
    return this.doc.entities[e]!.type;
  }

  /** The entity (outermost mention or resolved reference) covering token k. */
  private argAt(s: DocSentence, k: number, exclude = -1): Arg | undefined {
    const id = s.cover[k] ?? -1;
    if (id >= 0) {
      const m = this.doc.mentions[id]!;
      if (m.entity >= 0)
        return m.adjective && !m.group
          ? { entity: m.entity, i: m.ci, j: m.cj, modifier: true }
          : { entity: m.entity, i: m.ci, j: m.cj };
      return undefined;
    }
    // "the company" directly after "the" and not followed by a name: the last organization named.
    if (ORG_ANAPHORS.has(s.lower[k]!) && s.lower[k - 1] === "the" && !/^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? "")) {
      const e = this.entityBefore(s, k - 1, exclude, "ORGANIZATION");
      // "the party" must name a party; "the company", "the firm", "the group" any organization.
      const noun = s.lower[k]!;
      const fits =
        e >= 0 && (GENERIC_ORG_ANAPHORS.has(noun) || this.doc.entities[e]!.label.toLowerCase().endsWith(noun));
      return fits ? { entity: e, i: k - 1, j: k + 1, pronoun: true } : undefined;
    }
    const r = s.refAt[k] ?? -1;
    if (r < 0) return undefined;
    const ref = this.doc.refs[r]!;
    if (ref.kind === "country") {
      const e = this.entityBefore(s, ref.i, exclude, "COUNTRY");
      return e >= 0 ? { entity: e, i: ref.i, j: ref.j, pronoun: true } : undefined;
    }
    return ref.entity >= 0 ? { entity: ref.entity, i: ref.i, j: ref.j, pronoun: true } : undefined;
  }

  /** Most recent entity of a type before token k of sentence s (this and the three previous sentences). */
  private entityBefore(s: DocSentence, k: number, exclude: number, type: EntityType): number {
    for (let si = s.index; si >= Math.max(0, s.index - 3); si--) {
      const ss = this.doc.sentences[si]!;
      if (ss.duplicate) continue;
      const until = si === s.index ? k : ss.tokens.length;
      for (let q = until - 1; q >= 0; q--) {
        const id = ss.cover[q]!;
        if (id < 0) continue;
        const m = this.doc.mentions[id]!;
        let e = m.entity;
        if (m.type !== type && type === "COUNTRY") {
          // The country nested in "Kazakh Interior Ministry" counts too.
          const inner = this.bySent[si]!.find((x) => x.i === q && x.type === "COUNTRY" && x.entity >= 0);
          e = inner ? inner.entity : -1;
        }
        if (e >= 0 && e !== exclude && this.type(e) === type) return e;
      }
    }
    return -1;
  }

  private subject(s: DocSentence, t: number, nominal: boolean): Arg[] {
    let k = t - 1;
    while (k >= 0) {
      const a = this.argAt(s, k);
      if (a) return this.coordinatedLeft(s, a);
      const w = s.lower[k]!;
      if (
        SUBJECT_GAP.has(w) ||
        DATE_WORDS.has(w) ||
        (w.length > 3 && w.endsWith("ly") && /^\p{Ll}/u.test(s.tokens[k]!.text))
      ) {
        k--;
        continue;
      }
      if (
        nominal &&
        (DETERMINERS.has(w) ||
          LIGHT_VERBS.has(w) ||
          w === "key" ||
          w === "close" ||
          w === "staunch" ||
          w === "remains" ||
          w === "became")
      ) {
        k--;
        continue;
      }
      // Appositive closing comma ("Police in ..., Mombasa, detained") or relative pronoun ("X, who said").
      // Date phrase "on Wednesday", "last week".
      if ((w === "on" || w === "last" || w === "this" || w === "in") && DATE_WORDS.has(s.lower[k + 1] ?? "")) {
        k--;
        continue;
      }
      // A noun-phrase apposition ("The United States, a treaty ally of Manila, condemned"): skip to its head.
      if (w === ",") {
        let q = k - 1;
        while (q > 0 && k - q < 10 && s.lower[q] !== "," && !CLAUSE_BOUNDARY.has(s.lower[q]!)) q--;
        if (q > 0 && s.lower[q] === "," && ["a", "an", "the"].includes(s.lower[q + 1]!) && this.argAt(s, q - 1)) {
          k = q - 1;
          continue;
        }
      }
      if (w === "," && k > 0 && (s.cover[k - 1]! >= 0 || s.refAt[k - 1]! >= 0)) {
        k--;
        continue;
      }
      // Apposition between commas: "X and Y, two coordinators of the movement, were detained".
      if (w === ",") {
        let q = k - 1;
        while (
          q > 0 &&
          k - q < 10 &&
          s.lower[q] !== "," &&
          !CLAUSE_BOUNDARY.has(s.lower[q]!) &&
          !TRIGGERS.has(s.lower[q]!)
        )
          q--;
        if (q > 0 && q < k - 1 && s.lower[q] === "," && (s.cover[q - 1]! >= 0 || s.refAt[q - 1]! >= 0)) {
          k = q - 1;
          continue;
        }
      }
      // "it said it had agreed to ...": the organization (or country) the sentence is about.
      if (w === "it" || w === "they") {
        for (let q = 0; q < k; q++) {
          const a = this.argAt(s, q);
          if (a && !a.modifier && (this.type(a.entity) === "ORGANIZATION" || this.type(a.entity) === "COUNTRY"))
            return [{ ...a, pronoun: true }];
        }
        const e = this.entityBefore(s, 0, -1, "ORGANIZATION");
        return e >= 0 && w === "it" ? [{ entity: e, i: k, j: k + 1, pronoun: true }] : [];
      }
      if ((w === "who" || w === "which") && k > 0) {
        k--;
        if (s.lower[k] === ",") k--;
        // An age between commas: "Mrs Hassan, 59, who led ...".
        if (/^\d+$/.test(s.lower[k] ?? "") && s.lower[k - 1] === ",") k -= 2;
        const a2 = k >= 0 ? this.argAt(s, k) : undefined;
        return a2 ? this.coordinatedLeft(s, a2) : [];
      }
      break;
    }
    return [];
  }

  /** "X, a treaty ally of Y," and "X ... during a visit to Y": the noun's agent outside its phrase. */
  private appositiveHead(s: DocSentence, t: number): Arg[] {
    let k = t - 1;
    while (
      k > 0 &&
      t - k <= 3 &&
      /^\p{Ll}/u.test(s.tokens[k]!.text) &&
      !CLAUSE_BOUNDARY.has(s.lower[k]!) &&
      !OPENING_PREPS.has(s.lower[k]!)
    )
      k--;
    if (s.lower[k] === "," && ["a", "an", "the"].includes(s.lower[k + 1]!)) {
      const a = this.argAt(s, k - 1);
      return a ? [a] : [];
    }
    if (OPENING_PREPS.has(s.lower[k]!)) {
      // The sentence's subject: its first name, after titles.
      let q = 0;
      while (q < 4 && (TITLE_WORDS.has(s.lower[q]!) || DETERMINERS.has(s.lower[q]!) || this.argAt(s, q)?.modifier)) q++;
      const first = this.argAt(s, q);
      return first && first.i === q && first.j <= k ? [first] : [];
    }
    return [];
  }

  private coordinatedLeft(s: DocSentence, a: Arg): Arg[] {
    const out = [a];
    let k = a.i - 1;
    while (k > 0 && (s.lower[k] === "and" || s.lower[k] === ",")) {
      const b = this.argAt(s, k - 1);
      if (!b || this.type(b.entity) !== this.type(a.entity)) break;
      out.unshift(b);
      k = b.i - 1;
      if (s.lower[k] === ",") continue;
      if (s.lower[k] !== "and") break;
    }
    return out;
  }

  private coordinatedRight(s: DocSentence, a: Arg): Arg[] {
    const out = [a];
    let k = a.j;
    while (k < s.tokens.length - 1 && (s.lower[k] === "and" || s.lower[k] === "," || s.lower[k] === "or")) {
      let q = k + 1;
      if (s.lower[q] === "and" || s.lower[q] === "or") q++;
      const b = this.argAt(s, q);
      if (!b || this.type(b.entity) !== this.type(a.entity)) break;
      out.push(b);
      k = b.j;
    }
    return out;
  }

  /** Preposition directly before the last object found ("from" reverses a movement). */
  private lastPrep = "";

  private object(
    s: DocSentence,
    t: number,
    allowed: EntityType[],
    maxGap: number,
    exclude: number,
    requirePrep = false,
  ): Arg[] {
    let gap = 0;
    let sawPrep = !requirePrep;
    let envoy: Arg | undefined;
    this.lastPrep = "";
    for (let k = t + 1; k < s.tokens.length && gap <= maxGap; k++) {
      const a = this.argAt(s, k, exclude);
      // "defeated Morena's Armando Guadiana": the possessor's person is the object ("told the BBC's Swahili
      // Service" keeps the BBC).
      if (a && POSSESSIVE.has(s.tokens[a.j]?.text ?? "")) {
        const next = this.argAt(s, a.j + 1);
        if (next && this.type(next.entity) === "PERSON") {
          k = a.j;
          continue;
        }
      }
      // "his chancellor", "her lawyer": a possessive, not the object.
      if (
        a?.pronoun &&
        POSSESSIVE_PRONOUNS.has(s.lower[k]!) &&
        /^\p{Ll}/u.test(s.tokens[k + 1]?.text ?? "") &&
        !CLAUSE_BOUNDARY.has(s.lower[k + 1]!) &&
        s.lower[k + 1] !== "and"
      ) {
        gap++;
        continue;
      }
      if (a?.modifier && k + 1 < s.tokens.length && /^\p{L}/u.test(s.tokens[a.j]?.text ?? "")) {
        // "the British ambassador": the country stands for its envoy when nothing else follows.
        if (TITLE_HEADS.has(s.lower[a.j]!) && allowed.includes("COUNTRY") && !envoy) envoy = a;
        k = a.j - 1;
        continue;
      }
      if (a) {
        if (allowed.includes(this.type(a.entity)) && sawPrep && a.entity !== exclude) {
          let p = a.i - 1;
          while (p > t && DETERMINERS.has(s.lower[p]!)) p--;
          if (p > t && PREPOSITIONS.has(s.lower[p]!)) this.lastPrep = s.lower[p]!;
          return this.coordinatedRight(s, a);
        }
        // A wrong-typed entity in between ("fleeing mobilization to Kazakhstan") is stepped over.
        k = a.j - 1;
        gap++;
        continue;
      }
      const w = s.lower[k]!;
      // Title words before a name are free ("arrested former state senator X"); before anything else they head
      // the object themselves ("promised the archbishop of Cardiff").
      if (TITLE_WORDS.has(w) && !CLAUSE_BOUNDARY.has(w) && /^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? "")) continue;
      if (TITLE_WORDS.has(w) && !CLAUSE_BOUNDARY.has(w) && TITLE_WORDS.has(s.lower[k + 1] ?? "")) continue;
      // After a noun that is the object ("warned against disunity and ..."), "and" or "of" leads elsewhere.
      if (
        (w === "and" ||
          (w === "of" && !requirePrep && !PLACE_NOUNS.has(s.lower[k - 1]!) && !MEMBER_NOUNS.has(s.lower[k - 1]!))) &&
        gap > 0 &&
        /^\p{Ll}/u.test(s.tokens[k - 1]!.text) &&
        !DETERMINERS.has(s.lower[k - 1]!) &&
        !PREPOSITIONS.has(s.lower[k - 1]!)
      )
        break;
      // "detained 17 people, including opposition lawmaker X": the named members of the object.
      if (w === "," && (s.lower[k + 1] === "including" || s.lower[k + 1] === "among")) {
        k++;
        continue;
      }
      if (CLAUSE_BOUNDARY.has(w) || (TRIGGERS.has(w) && gap > 0 && !DETERMINERS.has(w))) break;
      if (["of", "for", "to", "against", "on", "from", "with", "in", "into"].includes(w)) sawPrep = true;
      if (!DETERMINERS.has(w)) gap++;
    }
    return envoy ? [envoy] : [];
  }

  private emit(
    source: number,
    target: number,
    category: RelationCategory,
    label: string,
    confidence: number,
    s: DocSentence,
    t0: number,
    t1: number,
    cameo?: string,
    args?: [number, number][],
  ): void {
    if (source === target || source < 0 || target < 0) return;
    const f: RelationFact = {
      source,
      target,
      category,
      label,
      confidence,
      sent: s.index,
      trigger: { start: s.tokens[t0]!.start, end: s.tokens[t1 - 1]!.end },
    };
    if (cameo) f.cameo = cameo;
    if (args) f.argTokens = args;
    this.facts.push(f);
  }

  sentence(s: DocSentence): void {
    const toks = s.tokens;
    for (let t = 0; t < toks.length; t++) {
      const w = s.lower[t]!;
      const trig = TRIGGERS.get(w);
      if (trig && s.cover[t]! < 0) this.trigger(s, t, trig);
    }
    this.placeApposition(s);
    this.coordinatedActors(s);
    this.fightingBetween(s);
    this.basedIn(s);
    this.beAgainst(s);
  }

  /** "I am against the flow of Russian citizens": opposition stated with a copula. */
  private beAgainst(s: DocSentence): void {
    for (let k = 2; k < s.tokens.length - 1; k++) {
      if (s.lower[k] !== "against" || !BE.has(s.lower[k - 1]!)) continue;
      const subj = this.argAt(s, k - 2);
      if (!subj) continue;
      for (const o of this.object(s, k, OBJECT_TYPES["OPPOSITION"]!, 4, subj.entity, true))
        this.emit(subj.entity, o.entity, "OPPOSITION", "against", 0.55, s, k, k + 1, "110");
    }
  }

  /** "Boston-based software developer Lumen Systems": the organization is located in the place. */
  private basedIn(s: DocSentence): void {
    for (const m of this.bySent[s.index]!) {
      if (!m.based || m.entity < 0) continue;
      for (let k = m.j; k < Math.min(s.tokens.length, m.j + 4); k++) {
        const a = this.argAt(s, k);
        if (!a) continue;
        if (this.type(a.entity) === "ORGANIZATION")
          this.emit(a.entity, m.entity, "LOCATION", s.tokens[m.i]!.text, 0.75, s, m.i, m.j);
        break;
      }
    }
  }

  /** "fighting between the army and the RSF": both sides use violence against each other. */
  private fightingBetween(s: DocSentence): void {
    for (let k = 1; k < s.tokens.length - 3; k++) {
      if (s.lower[k] !== "between" || !FIGHT_NOUNS.has(s.lower[k - 1]!)) continue;
      let q = k + 1;
      if (DETERMINERS.has(s.lower[q]!)) q++;
      const a = this.argAt(s, q);
      if (!a || s.lower[a.j] !== "and") continue;
      let r = a.j + 1;
      while (r < s.tokens.length && r - a.j < 4 && !this.argAt(s, r)) r++;
      const b = this.argAt(s, r);
      if (b && b.entity !== a.entity)
        this.emit(a.entity, b.entity, "VIOLENCE", `${s.tokens[k - 1]!.text} between`, 0.65, s, k - 1, k + 1, "190");
    }
  }

  /** "Olaf Scholz and Emmanuel Macron agreed ...": people (or organizations) acting together. */
  private coordinatedActors(s: DocSentence): void {
    for (let k = 1; k < s.tokens.length - 2; k++) {
      if (s.lower[k] !== "and") continue;
      const a = this.argAt(s, k - 1);
      // Only coordinated subjects: at the start of the sentence or of a clause ("Shares in X and Y" are not).
      const before = a ? s.lower[a.i - 1] : undefined;
      if (
        a &&
        before !== undefined &&
        before !== "," &&
        before !== "but" &&
        before !== "while" &&
        !this.argAt(s, a.i - 1)?.modifier &&
        !TITLE_WORDS.has(before)
      )
        continue;
      // Skip a nationality and title before the second name ("and French President Emmanuel Macron").
      let q = k + 1;
      while (q < s.tokens.length && q - k < 5 && (this.argAt(s, q)?.modifier || TITLE_WORDS.has(s.lower[q]!))) q++;
      const b = this.argAt(s, q);
      if (!a || !b || a.pronoun || b.pronoun || a.entity === b.entity) continue;
      const type = this.type(a.entity);
      if (type !== this.type(b.entity) || (type !== "PERSON" && type !== "ORGANIZATION")) continue;
      // Followed by a verb: an auxiliary, a trigger or a past-tense word.
      let v = b.j;
      while (
        v < s.tokens.length &&
        (s.lower[v]!.endsWith("ly") || ["also", "jointly", "together", "both"].includes(s.lower[v]!))
      )
        v++;
      const w = s.lower[v] ?? "";
      if (!(SUBJECT_GAP.has(w) || TRIGGERS.has(w) || /^\p{Ll}+ed$/u.test(w))) continue;
      if (w === "to" || w === "not" || w === "first") continue;
      this.emit(a.entity, b.entity, "ASSOCIATION", `${s.tokens[v]!.text} together`, 0.5, s, v, v + 1);
    }
  }

  private trigger(s: DocSentence, t: number, trig: Trigger): void {
    const cat = trig.category;
    const label = s.tokens[t]!.text;
    const prev = t > 0 ? s.lower[t - 1]! : "";
    let nominal = !!trig.noun;
    // "support", "visit": nouns after a determiner or possessive, verbs otherwise.
    if (NOUN_VERB.has(s.lower[t]!))
      nominal = DETERMINERS.has(prev) || LIGHT_VERBS.has(prev) || POSSESSIVE.has(s.tokens[t - 1]?.text ?? "");
    if (s.lower[t] === "left" && s.lower[t + 1] !== "for") return;
    // Passive: "were detained [by X]".
    let b = t - 1;
    while (b >= 0 && (s.lower[b]!.endsWith("ly") || SUBJECT_GAP.has(s.lower[b]!)) && !BE.has(s.lower[b]!)) b--;
    const passive =
      !nominal &&
      ((b >= 0 && BE.has(s.lower[b]!) && /(ed|en|held|told|shot|struck)$/.test(s.lower[t]!)) ||
        s.lower[t + 1] === "by");
    const subjTypes = SUBJECT_TYPES[cat]!;
    const objTypes = OBJECT_TYPES[cat]!;
    if (passive) {
      const patients = this.subject(s, t, false).filter((a) => objTypes.includes(this.type(a.entity)));
      let agents: Arg[] = [];
      let conf = 0.75;
      const byAt = s.lower.indexOf("by", t + 1);
      if (byAt > t && byAt <= t + 3) agents = this.object(s, byAt - 1, subjTypes, 3, -1);
      if (!agents.length) {
        const mem = this.lastActive.get(memoryKey(trig));
        if (mem && s.index - mem.sent <= 2) {
          agents = mem.agents.map((e) => ({ entity: e, i: -1, j: -1 }));
          conf = 0.6;
        }
      }
      for (const ag of agents)
        for (const p of patients)
          this.emit(ag.entity, p.entity, cat, label, conf, s, t, t + 1, trig.cameo, [[p.i, p.j]]);
      this.associate(s, patients, label, t);
      return;
    }
    let subjects: Arg[];
    if (nominal) {
      subjects = [];
      // Agent from a possessive: "Russia's invasion", "her support".
      let k = t - 1;
      while (
        k > 0 &&
        /^\p{Ll}/u.test(s.tokens[k]!.text) &&
        t - k <= 2 &&
        !DETERMINERS.has(s.lower[k]!) &&
        !POSSESSIVE.has(s.tokens[k]!.text)
      )
        k--;
      if (k >= 1 && POSSESSIVE.has(s.tokens[k]!.text)) {
        const a = this.argAt(s, k - 1);
        if (a) subjects = [a];
      } else if (k >= 0 && (s.lower[k] === "her" || s.lower[k] === "his" || s.lower[k] === "their")) {
        const a = this.argAt(s, k);
        if (a) subjects = [a];
      }
      if (!subjects.length) subjects = this.subject(s, t, true);
      if (!subjects.length) subjects = this.appositiveHead(s, t);
    } else subjects = this.subject(s, t, false);
    subjects = subjects.filter((a) => subjTypes.includes(this.type(a.entity)));
    // "X said ... and accused Y": a coordinated verb shares the sentence's last subject.
    let shared = false;
    if (!subjects.length && !nominal && this.sentSubjects?.sent === s.index) {
      let k = t - 1;
      while (k >= 0 && (SUBJECT_GAP.has(s.lower[k]!) || s.lower[k]!.endsWith("ly"))) k--;
      if (s.lower[k] === "and" || s.lower[k] === "but") {
        subjects = this.sentSubjects.subjects.filter((a) => subjTypes.includes(this.type(a.entity)));
        shared = true;
      }
    }
    if (!subjects.length && !nominal && !passive) {
      // "X conceded defeat but accused Y": the sentence's opening subject.
      let k = t - 1;
      while (k >= 0 && (SUBJECT_GAP.has(s.lower[k]!) || s.lower[k]!.endsWith("ly"))) k--;
      if (s.lower[k] === "and" || s.lower[k] === "but") {
        let q = 0;
        while (q < 4 && (TITLE_WORDS.has(s.lower[q]!) || DETERMINERS.has(s.lower[q]!) || this.argAt(s, q)?.modifier))
          q++;
        const first = this.argAt(s, q);
        if (first && !first.pronoun && first.i === q && subjTypes.includes(this.type(first.entity))) {
          subjects = [first];
          shared = true;
        }
      }
    }
    if (subjects.length && !shared && !nominal) this.sentSubjects = { sent: s.index, subjects };
    // "Citing X, Y reported": the agent is the main clause's subject after the comma.
    if (!subjects.length && trig.lemma === "citing" && t === 0) {
      const comma = s.lower.indexOf(",", t);
      if (comma > 0) {
        for (let k = comma + 1; k < Math.min(s.tokens.length, comma + 4); k++) {
          const a = this.argAt(s, k);
          if (a) {
            if (subjTypes.includes(this.type(a.entity))) subjects = [a];
            break;
          }
        }
      }
    }
    if (subjects.length && !nominal)
      this.lastActive.set(memoryKey(trig), { agents: subjects.map((a) => a.entity), sent: s.index });
    if (!subjects.length) return;
    const exclude = subjects[0]!.entity;
    // Speech verbs: "told X" takes its audience directly, "said to X" after "to", "citing figures from X" further on.
    let objects: Arg[] = [];
    if (!trig.speech) objects = this.object(s, t, objTypes, 4, exclude, nominal);
    else if (AUDIENCE_VERBS.has(trig.lemma)) objects = this.object(s, t, objTypes, 0, exclude);
    else if (trig.lemma === "citing") objects = this.object(s, t, objTypes, 4, exclude);
    else if (s.lower[t + 1] === "to" || s.lower[t + 1] === "with") objects = this.object(s, t, objTypes, 1, exclude);
    const conf = subjects[0]!.pronoun || shared ? 0.6 : nominal ? 0.65 : 0.75;
    // A movement's place follows a directional preposition ("to", "into", "from"); "in" only after arrive/visit.
    if (
      cat === "MOVEMENT" &&
      (!MOVEMENT_PREPS.has(this.lastPrep) ||
        (this.lastPrep === "in" && !["arrived", "visited", "visit"].includes(trig.lemma)))
    )
      objects = [];
    // "returned from Bangladesh": the movement goes from the object to the mover.
    const reverse = cat === "MOVEMENT" && this.lastPrep === "from";
    const lbl = this.lastPrep && cat === "MOVEMENT" ? `${label} ${this.lastPrep}` : label;
    for (const sub of subjects)
      for (const o of objects) {
        const args: [number, number][] = [
          [sub.i, sub.j],
          [o.i, o.j],
        ];
        if (reverse) this.emit(o.entity, sub.entity, cat, lbl, conf, s, t, t + 1, trig.cameo, args);
        else this.emit(sub.entity, o.entity, cat, lbl, conf, s, t, t + 1, trig.cameo, args);
      }
    if (objects.length > 1 && cat === "COERCION") this.associate(s, objects, label, t);
    // "said in Lima", "told reporters in Nairobi", "met X in Baghdad".
    if (trig.speech || s.lower[t] === "met" || s.lower[t] === "meets") {
      const reach = trig.speech ? 4 : 8;
      for (let k = t + 1; k < Math.min(s.tokens.length - 1, t + reach); k++) {
        if (CLAUSE_BOUNDARY.has(s.lower[k]!)) break;
        if (s.lower[k] === "in") {
          const p = this.argAt(s, k + 1);
          if (p && this.type(p.entity) === "LOCATION")
            for (const sub of subjects) this.emit(sub.entity, p.entity, "LOCATION", `${label} in`, 0.6, s, t, k + 1);
          break;
        }
      }
    }
  }

  /** People named together as the patients/agents of one act ("X and Y were detained"). */
  private associate(s: DocSentence, args: Arg[], label: string, t: number): void {
    const people = args.filter((a) => this.type(a.entity) === "PERSON");
    for (let a = 0; a < people.length; a++)
      for (let b = a + 1; b < people.length; b++)
        this.emit(people[a]!.entity, people[b]!.entity, "ASSOCIATION", `${label} together`, 0.6, s, t, t + 1);
  }

  /** "Kenya's largest city, Nairobi" and "Nairobi, Kenya" -> LOCATION place -> country. */
  private placeApposition(s: DocSentence): void {
    const toks = s.tokens;
    for (let k = 0; k < toks.length - 2; k++) {
      const id = s.cover[k]!;
      if (id < 0) continue;
      const m = this.doc.mentions[id]!;
      // Inner mentions of a wrapping org (the place in "Police in X's largest city, Y") are looked at directly.
      const inner = this.bySent[s.index]!.filter(
        (x) => x.i === k && x.entity >= 0 && (x.type === "COUNTRY" || x.type === "LOCATION") && !x.adjective,
      );
      const cands = m.entity >= 0 && (m.type === "COUNTRY" || m.type === "LOCATION") && !m.adjective ? [m] : inner;
      for (const a of cands) {
        let q = a.j;
        if (POSSESSIVE.has(toks[q]?.text ?? "")) {
          q++;
          let r = q;
          while (
            r < toks.length &&
            r < q + 3 &&
            !PLACE_NOUNS.has(s.lower[r]!) &&
            !ORG_DESCRIPTORS.has(s.lower[r]!) &&
            /^\p{Ll}/u.test(toks[r]!.text)
          )
            r++;
          if (PLACE_NOUNS.has(s.lower[r] ?? "") && toks[r + 1]?.text === ",") {
            const b = this.innerPlace(s, r + 2);
            if (b && b.entity !== a.entity)
              this.emit(
                b.entity,
                a.entity,
                "LOCATION",
                this.doc.text.slice(toks[q]!.start, toks[r]!.end) + " of",
                0.85,
                s,
                q,
                r + 1,
              );
          } else if (ORG_DESCRIPTORS.has(s.lower[r] ?? "") && toks[r + 1]?.text === ",") {
            // "Finland's largest union, Teollisuusliitto".
            const b = this.argAt(s, r + 2);
            if (b && this.type(b.entity) === "ORGANIZATION")
              this.emit(
                b.entity,
                a.entity,
                "LOCATION",
                this.doc.text.slice(toks[q]!.start, toks[r]!.end) + " of",
                0.8,
                s,
                q,
                r + 1,
              );
          }
        } else if (s.lower[q] === "in" && a.type === "LOCATION" && !a.nested) {
          // "the Cerro Alto copper mine in southern Peru".
          let r = q + 1;
          if (/^(northern|southern|eastern|western|central|north|south|east|west)$/.test(s.lower[r] ?? "")) r++;
          const b = this.innerPlace(s, r);
          if (b && b.entity !== a.entity && !b.adjective && b.i === r)
            this.emit(a.entity, b.entity, "LOCATION", "in", 0.7, s, q, q + 1);
        } else if (toks[q]?.text === "," && a.type === "LOCATION") {
          const b = this.innerPlace(s, q + 1);
          // "Nairobi, Kenya"; "COLUMBUS, Ohio --" (a dateline also pairs a city with its state).
          const dateline = k === 0 && b !== undefined && ["--", "—", "–"].includes(s.lower[b.j] ?? "");
          if (
            b &&
            (this.type(b.entity) === "COUNTRY" || (dateline && b.type === "LOCATION")) &&
            b.entity !== a.entity &&
            !b.adjective
          )
            this.emit(a.entity, b.entity, "LOCATION", "located in", 0.8, s, q, q + 1);
        }
      }
    }
  }

  private innerPlace(s: DocSentence, k: number): DocMention | undefined {
    return this.bySent[s.index]!.find(
      (x) => x.i === k && x.entity >= 0 && (x.type === "COUNTRY" || x.type === "LOCATION"),
    );
  }

  /** Arguments of events: "Russia's invasion" + "the war in Ukraine" -> Russia VIOLENCE Ukraine; org places. */
  eventsAndPlaces(): void {
    for (const e of this.doc.entities) {
      if (e.type === "EVENT" && VIOLENT_CLASSES.has(e.mentions[0]!.eventClass ?? "")) {
        const agents = e.mentions.filter((m) => m.agentIso);
        const targets = e.mentions.filter((m) => m.placeMention !== undefined);
        for (const a of agents) {
          const agent = this.doc.entities.find((x) => x.iso === a.agentIso);
          for (const tm of targets) {
            const target = this.doc.mentions[tm.placeMention!]!.entity;
            if (!agent || target < 0 || agent.index === target) continue;
            const s = this.doc.sentences[a.sent]!;
            const head = a.text.split(/\s+/).find((w) => EVENT_CLASS[w.toLowerCase()]) ?? "attack";
            this.emit(agent.index, target, "VIOLENCE", head, a === tm ? 0.7 : 0.55, s, a.i, a.j);
          }
        }
      }
      if (e.type === "EVENT" && COERCIVE_CLASSES.has(e.mentions[0]!.eventClass ?? "")) {
        // "The EU announced sanctions against Iranian airlines": the announcer coerces the target.
        const targets = e.mentions
          .filter((m) => m.placeMention !== undefined)
          .map((m) => this.doc.mentions[m.placeMention!]!);
        for (const f of this.facts.filter((f) => f.target === e.index && f.category === "ANNOUNCEMENT")) {
          for (const tm of targets)
            if (tm.entity >= 0)
              this.emit(
                f.source,
                tm.entity,
                "COERCION",
                e.mentions[0]!.eventClass!,
                0.55,
                this.doc.sentences[tm.sent]!,
                tm.i,
                tm.j,
                "172",
              );
        }
      }
      if (e.type === "ORGANIZATION" && e.partOf !== undefined && e.mentions.length) {
        const m = e.mentions[0]!;
        this.emit(
          e.index,
          e.partOf,
          "PART_OF",
          `${e.orgHead ?? "part"} of`,
          0.5,
          this.doc.sentences[m.sent]!,
          m.i,
          m.j,
        );
      } else if (e.type === "ORGANIZATION") {
        for (const m of e.mentions) {
          const s = this.doc.sentences[m.sent]!;
          const government = !!e.orgHead || ORG_HEADS.has(s.lower[m.j - 1]!) || STATE_BODIES.has(s.lower[m.j - 1]!);
          if (m.placeMention === undefined) {
            // "Swedish steelmaker Norrstål", "the Finnish rival X": a national organization.
            let k = m.i - 1;
            while (
              k >= 0 &&
              m.i - k <= 2 &&
              s.cover[k]! < 0 &&
              /^\p{Ll}/u.test(s.tokens[k]!.text) &&
              !DETERMINERS.has(s.lower[k]!) &&
              !PREPOSITIONS.has(s.lower[k]!) &&
              !TRIGGERS.has(s.lower[k]!) &&
              !SUBJECT_GAP.has(s.lower[k]!)
            )
              k--;
            let c = k >= 0 && k < m.i - 1 ? this.doc.mentions[s.cover[k]!] : undefined;
            // "Mexico's ruling Morena party", "Kazakhstan's Foreign Ministry".
            if (!c && k > 0 && POSSESSIVE.has(s.tokens[k]!.text)) {
              const owner = this.doc.mentions[s.cover[k - 1]!];
              if (owner && owner.type === "COUNTRY" && !owner.adjective) c = { ...owner, adjective: true, cj: k + 1 };
            }
            if (c && c.type === "COUNTRY" && c.adjective && c.cj === k + 1 && c.entity >= 0) {
              // "Foreign Ministry" alone could be any country's: name it after its country.
              if (government && isInstitutionalName(e.label))
                e.label = `${this.doc.entities[c.entity]!.label} ${e.label}`;
              this.emit(
                e.index,
                c.entity,
                government ? "PART_OF" : "LOCATION",
                this.doc.text.slice(c.start, s.tokens[m.i - 1]!.end),
                0.7,
                s,
                c.i,
                m.i,
              );
              break;
            }
            continue;
          }
          const p = this.doc.mentions[m.placeMention]!;
          if (p.entity < 0) continue;
          const cat = p.type === "COUNTRY" && government ? "PART_OF" : "LOCATION";
          this.emit(e.index, p.entity, cat, cat === "PART_OF" ? `${e.orgHead ?? "part"} of` : "in", 0.8, s, m.i, m.j);
          break;
        }
      }
      if (e.type === "LOCATION") {
        for (const m of e.mentions) {
          if (m.placeMention === undefined) continue;
          const p = this.doc.mentions[m.placeMention]!;
          if (p.entity >= 0)
            this.emit(e.index, p.entity, "LOCATION", "located in", 0.8, this.doc.sentences[m.sent]!, m.i, m.j);
          break;
        }
      }
    }
  }
}

/** Passive acts take their agent from the last active act of the same kind (coercion: any coercive verb). */
function memoryKey(t: Trigger): string {
  return t.category === "COERCION" || t.category === "VIOLENCE" ? t.category : t.lemma;
}

/** Typed relations of the article's (non-duplicate) sentences, from triggers, patterns and event arguments. */
export function extractRelations(doc: DocModel, active: DocSentence[]): RelationFact[] {
  const rx = new RelationExtractor(doc);
  for (const s of active) rx.sentence(s);
  rx.eventsAndPlaces();
  return rx.facts;
}
