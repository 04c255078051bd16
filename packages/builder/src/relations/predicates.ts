// Predicate-argument structure read from a UD parse: for a verb (or an event noun) its agents, patients,
// recipients and prepositional obliques, with the subjects and objects it shares through coordination, control,
// relative clauses and participles. Only structure here; what the predicate means is decided elsewhere.
import { loadCameoLexicon } from "../events/cameoLexicon.js";
import type { Doc } from "../nlp/doc.js";
import {
  isAccusation,
  isAuthorVerb,
  isCommandVerb,
  isGuiltAdjective,
  isContent,
  isControlNoun,
  isInstrumentVerb,
  isIntentVerb,
  isLightVerb,
  isMessageNoun,
  isObjectControlVerb,
  isOccasionNoun,
  isOwnAdjunct,
  isReceiptVerb,
  isStanceNoun,
  isUndergoneHead,
  namesParties,
  possessorIsPatient,
  undergoes,
} from "./eventReadings.js";
import { NAMING_LEMMAS } from "./argumentRoles.js";

export interface Oblique {
  /** Lowercased preposition ("to", "against"); "" when the oblique has none. */
  prep: string;
  token: number;
  /** The object whose prepositional phrase this is, when it was read off the object ("imposed sanctions on X"). */
  of?: number;
}

export interface Frame {
  predicate: number;
  /** Who acts: active subject or passive agent ("by X"). */
  agents: number[];
  /** Who undergoes: object or passive subject. */
  patients: number[];
  recipients: number[];
  obliques: Oblique[];
  /** Clauses reported or controlled by the predicate (ccomp, parataxis, xcomp heads). */
  complements: number[];
  passive: boolean;
  /** Mechanisms used to find arguments not attached to the predicate itself (lower confidence). */
  borrowed: string[];
}

const SUBJECT = new Set(["nsubj", "csubj", "nsubj:outer"]);
const PASSIVE_SUBJECT = new Set(["nsubj:pass", "csubj:pass"]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom", "whose"]);
const EXAMPLE_PREPS = new Set(["such", "including", "like"]);
/** Prepositions of an object's modifier that belong to the predicate ("imposed sanctions on X", "killed ten people
 * in X": the place of force; categories say which prepositions they read). */
const OBJECT_PP = new Set(["to", "for", "against", "on", "with", "in"]);
/** Prepositions of a gerund that is the object's act ("accused X of V-ing", "thanked X for V-ing"). */
const GERUND_CONTROL_PREPS = new Set(["of", "for", "with"]);
/** Prepositions of a place where an event's target lies ("stations in X", "positions near X"). */
const PLACE_PREPS = new Set(["in", "near", "outside", "around"]);
/** Prepositions of the place where an act happened ("shot in Y", "arrested at his home", "killed near Y"). */
const PLACE_PHRASE_PREPS = new Set(["in", "at", "on", "near", "outside", "inside", "into", "across", "around"]);
/** Depth bound for walking up chains of coordinated or controlled predicates (malformed parses may chain). */
const MAX_CHAIN = 6;

export function childrenWith(doc: Doc, i: number, rels: ReadonlySet<string> | string): number[] {
  const out: number[] = [];
  for (const c of doc.children(i)) {
    const d = doc.deprel[c] ?? "";
    if (typeof rels === "string" ? d === rels : rels.has(d)) out.push(c);
  }
  return out;
}

/** The preposition of an oblique or nominal modifier: its `case` child ("to", "against"; "because of" -> "of"). */
export function caseOf(doc: Doc, i: number): string {
  let prep = "";
  for (const c of doc.children(i)) {
    if (doc.deprel[c] !== "case" || c > i) continue;
    // The first word of a multiword preposition ("according to", "because of", "such as") names it.
    if (!prep || c < i) prep = prep && c > i ? prep : doc.lowerWord(c);
    break;
  }
  if (!prep) prep = caseOnModifier(doc, i);
  return prep;
}

const NAME_MODIFIERS = new Set(["compound", "flat", "nmod:desc"]);

/**
 * A preposition the parse hung on the first modifier of a name instead of the name ("such as <Place> Gov. X" with
 * "such as" under the place): the phrase's preposition all the same.
 */
function caseOnModifier(doc: Doc, i: number, depth = 0): string {
  for (const m of doc.children(i)) {
    if (m >= i || !NAME_MODIFIERS.has(doc.deprel[m] ?? "")) continue;
    for (const c of doc.children(m)) if (doc.deprel[c] === "case" && c < m) return doc.lowerWord(c);
    // "such as <Place> Gov. X": the place is the title's compound, the title the name's.
    return depth < 2 ? caseOnModifier(doc, m, depth + 1) : "";
  }
  return "";
}

function isPassive(doc: Doc, p: number): boolean {
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    if (d === "aux:pass" || PASSIVE_SUBJECT.has(d)) return true;
  }
  return false;
}

/** Coordinated nouns of an argument ("A, B and C"), the argument first. */
export function withConjuncts(doc: Doc, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length && out.length < 40; k++)
    for (const c of doc.children(out[k]!)) if (doc.deprel[c] === "conj" && doc.upos[c] !== "VERB") out.push(c);
  return out;
}

interface CoreArgs {
  subjects: number[];
  passiveSubjects: number[];
  objects: number[];
  recipients: number[];
  agents: number[];
}

/** Whether one of a nominal's case words is `word` ("for by X" in "was voted for by X" holds "by"). */
function hasCase(doc: Doc, i: number, word: string): boolean {
  return doc.children(i).some((c) => doc.deprel[c] === "case" && doc.lowerWord(c) === word);
}

/** A passive's agent phrase: `obl:agent`, or an oblique with "by" (also after a stranded preposition). */
function isAgentPhrase(doc: Doc, c: number, passive: boolean): boolean {
  const d = doc.deprel[c] ?? "";
  // A greedy parse labels other prepositional phrases obl:agent too ("protested against X", "called for Y"): an
  // agent phrase is marked by "by" or by nothing.
  if (d === "obl:agent") return misreadAgentCase(doc, c) === "";
  // An object never takes a preposition: one with "by" is a misread agent phrase ("a plan written by X").
  if (d === "obj") return caseOf(doc, c) === "by" && isPastParticiple(doc, c);
  if (d !== "obl") return false;
  return caseOf(doc, c) === "by" || (passive && hasCase(doc, c, "by"));
}

/** The preposition of an `obl:agent` that is not "by" (a misread oblique: "protested against X"), or "". */
export function misreadAgentCase(doc: Doc, c: number): string {
  if (doc.deprel[c] !== "obl:agent") return "";
  const prep = caseOf(doc, c);
  return prep === "by" || hasCase(doc, c, "by") ? "" : prep;
}

/**
 * An `obl:agent` with no preposition after an active finite verb ("X killed officer Y" parsed with Y as an agent
 * phrase): no "by" marks it and the verb is not passive, so it is the verb's object.
 */
function misreadObject(doc: Doc, p: number, c: number, passive: boolean): boolean {
  if (passive || doc.deprel[c] !== "obl:agent" || c < p || doc.upos[p] !== "VERB") return false;
  if ((doc.deprel[p] ?? "").startsWith("acl")) return false;
  return caseOf(doc, c) === "" && !hasCase(doc, c, "by");
}

/** Whether the head of `c` is a past participle (its word differs from its lemma and does not end in -ing). */
function isPastParticiple(doc: Doc, c: number): boolean {
  const h = doc.head[c] ?? -1;
  if (h < 0 || doc.upos[h] !== "VERB") return false;
  const w = doc.lowerWord(h);
  return w !== (doc.lemma[h] ?? "").toLowerCase() && !w.endsWith("ing");
}

function coreArgs(doc: Doc, p: number): CoreArgs {
  const a: CoreArgs = { subjects: [], passiveSubjects: [], objects: [], recipients: [], agents: [] };
  const passive = isPassive(doc, p);
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    if (SUBJECT.has(d)) a.subjects.push(c);
    else if (PASSIVE_SUBJECT.has(d)) a.passiveSubjects.push(c);
    else if (misreadObject(doc, p, c, passive)) a.objects.push(c);
    else if (isAgentPhrase(doc, c, passive)) a.agents.push(c);
    else if (d === "obj") a.objects.push(c);
    else if (d === "iobj") a.recipients.push(c);
  }
  return a;
}

/** Verbs of saying or believing whose object is what is said, never a party ("say", not "tell"). */
const REPORTING_LEMMAS = new Set(["say", "claim", "allege", "believe", "think", "insist", "suggest", "add"]);

/** The subject a predicate without one takes from the predicate it depends on, and how. */
function borrowedSubject(doc: Doc, p: number, depth = 0): { tokens: number[]; how: string; passive?: boolean } {
  if (depth > MAX_CHAIN) return { tokens: [], how: "" };
  const h = doc.head[p] ?? -1;
  if (h < 0) return { tokens: [], how: "" };
  const rel = doc.deprel[p] ?? "";
  const ha = coreArgs(doc, h);
  const headSubject = (): { tokens: number[]; passive: boolean } => {
    // "X, who flew to Y, criticized Z" parsed with the main verb under the relative clause: the relative pronoun
    // stands for the noun the clause modifies.
    const relative = ha.subjects.find((t) => RELATIVE_PRONOUNS.has(doc.lowerWord(t)));
    if (relative !== undefined && ha.subjects.length === 1) {
      const a = relativeAntecedent(doc, h, relative);
      return { tokens: a ? [a.noun] : [], passive: false };
    }
    if (ha.subjects.length) return { tokens: ha.subjects, passive: false };
    if (ha.passiveSubjects.length) return { tokens: ha.passiveSubjects, passive: true };
    const up = borrowedSubject(doc, h, depth + 1);
    return { tokens: up.tokens, passive: false };
  };
  if (rel === "conj") {
    // "X arrived and met Y": coordinated verbs share the first one's subject; a participle with no auxiliary of
    // its own shares a passive head's voice too ("X was beaten and robbed": X is robbed).
    const s = headSubject();
    const ownAux = doc.children(p).some((c) => (doc.deprel[c] ?? "").startsWith("aux"));
    const word = doc.lowerWord(p);
    const participle = word !== (doc.lemma[p] ?? "").toLowerCase() && !word.endsWith("ing");
    return { tokens: s.tokens, how: "conj", passive: s.passive && !ownAux && participle };
  }
  if ((rel === "parataxis" || rel === "ccomp") && doc.upos[p] === "VERB" && REPORTING_LEMMAS.has(doc.lowerLemma(h))) {
    // "Officials say X and Y killed Z" parsed with X as the object of "say": a verb of saying takes what is said,
    // not a party, as its object, so a name it governs before the reported verb is that verb's subject.
    const named = ha.objects.filter((t) => t < p && (doc.upos[t] === "PROPN" || doc.upos[t] === "NOUN"));
    if (named.length) return { tokens: named, how: "report-object" };
  }
  if (rel === "parataxis" && doc.upos[p] === "VERB" && doc.deprel[h] === "acl:relcl") {
    // "X, who flew to Y last week, criticized Z": a main verb the parse hung on the relative clause before it.
    const byPronoun = ha.subjects.some((t) => RELATIVE_PRONOUNS.has(doc.lowerWord(t)));
    if (byPronoun) return { tokens: headSubject().tokens, how: "relative-main" };
  }
  if (rel === "acl" && h >= 0 && doc.deprel[h] === "obj" && isInfinitive(doc, p)) {
    // "X sent troops to fight Y", "used drones to strike Y": an infinitive on the object of a verb of sending or
    // using says what the object does, and through it the verb's subject.
    const v = doc.head[h] ?? -1;
    if (v >= 0 && isInstrumentVerb(doc, v)) return { tokens: [h, ...coreArgs(doc, v).subjects], how: "instrument" };
  }
  if (rel === "acl" && isInfinitive(doc, p) && isControlNoun(doc, h)) {
    // "X's attempts to undermine Y", "his pledge to abolish Y": the possessor of a noun of effort does what it
    // tries; with none, the subject of the verb that makes or renews it ("X led a campaign to oust Y").
    const possessors = doc.children(h).filter((c) => doc.deprel[c] === "nmod:poss");
    if (possessors.length) return { tokens: possessors, how: "noun-control" };
    const v = doc.head[h] ?? -1;
    if (v >= 0 && doc.deprel[h] === "obj" && doc.upos[v] === "VERB") {
      const subjects = coreArgs(doc, v).subjects;
      return { tokens: subjects.length ? subjects : borrowedSubject(doc, v, depth + 1).tokens, how: "noun-control" };
    }
  }
  if (rel === "acl" || rel === "advcl") {
    const controllers = gerundControllers(doc, p);
    if (controllers.length) return { tokens: controllers, how: "gerund-on-argument" };
  }
  if (rel === "acl" || rel === "acl:relcl") {
    // "the X Front seized the depot, urging raids on Y" with "seized" misparsed as an acl of X: an adjunct
    // of the misparsed verb shares the noun it hangs on (a present participle's adjunct is most often the main
    // clause's, so not for one).
    const gap = misparsedFiniteVerb(doc, p) ? modifiedNoun(doc, p) : undefined;
    if (gap?.role === "agent") return { tokens: [gap.noun], how: "acl-gap" };
  }
  // The controller of an infinitive: the object, or one the parse labelled an indirect object ("asked X to ...").
  const controllers = ha.objects.length ? ha.objects : ha.recipients;
  if (rel === "xcomp") {
    // Object control ("urged X to resign") before subject control ("X wants to meet Y").
    if (controllers.length) return commanded(doc, h, controllers, "xcomp-object", headSubject().tokens);
    return { tokens: headSubject().tokens, how: "xcomp-subject" };
  }
  if (rel === "advcl" || rel === "advcl:relcl") {
    // Participial adjuncts without a subject ("..., killing two") are the main clause's subject's.
    const marks = doc.children(p).filter((c) => doc.deprel[c] === "mark" || doc.deprel[c] === "case");
    // "accused X of attacking Y", "thanked X for helping", "charged X with killing Y": a prepositional gerund
    // after an object is the object's act (object control).
    const gerund = /ing$/.test(doc.lowerWord(p));
    if (gerund && ha.objects.length && marks.some((m) => GERUND_CONTROL_PREPS.has(doc.lowerWord(m))))
      return { tokens: ha.objects, how: "advcl-object" };
    // "prevented X from attacking Y", "barred X from entering Y": an act kept from happening has no doer.
    if (gerund && marks.some((m) => doc.lowerWord(m) === "from")) return { tokens: [], how: "" };
    // "ordered X to attack Y" with the infinitive parsed as an adjunct: still the object's act (object control).
    const infinitive = marks.some((m) => doc.deprel[m] === "mark" && doc.lowerWord(m) === "to");
    if (infinitive && controllers.length && isObjectControlVerb(doc, h))
      return commanded(doc, h, controllers, "advcl-object", headSubject().tokens);
    if (!marks.some((c) => doc.deprel[c] === "mark") || doc.upos[p] === "VERB")
      return { tokens: headSubject().tokens, how: "advcl" };
  }
  return { tokens: [], how: "" };
}

/**
 * Who does a prepositional gerund the parse hung on a verb's argument rather than on the verb ("accused X of
 * attacking Y", "criticized X for backing Y" with the gerund on X; "X was accused by Y of attacking Z" with it on
 * Y): the verb's object, or the passive's subject (object control, as for a gerund on the verb itself).
 */
function gerundControllers(doc: Doc, p: number): number[] {
  if (doc.upos[p] !== "VERB" || !/ing$/.test(doc.lowerWord(p))) return [];
  const marked = doc
    .children(p)
    .some(
      (c) =>
        c < p && (doc.deprel[c] === "mark" || doc.deprel[c] === "case") && GERUND_CONTROL_PREPS.has(doc.lowerWord(c)),
    );
  const h = doc.head[p] ?? -1;
  if (!marked || h < 0 || !NOMINAL_UPOS.has(doc.upos[h] ?? "")) return [];
  const v = doc.head[h] ?? -1;
  if (v < 0 || doc.upos[v] !== "VERB") return [];
  const rel = doc.deprel[h] ?? "";
  if (rel === "obj" || rel === "iobj") return [h];
  if (isPassive(doc, v) && isAgentPhrase(doc, h, true)) return coreArgs(doc, v).passiveSubjects;
  return [];
}

/** Words that may open a fronted description before its noun ("A constant and vocal critic of Y, X ..."). */
const FRONTED_MODIFIER_UPOS = new Set(["DET", "ADJ", "ADV", "CCONJ"]);
/** Longest fronted description, in tokens from its noun to the comma that closes it. */
const MAX_FRONTED = 12;

/**
 * The name a description opening its sentence describes ("A critic of Y, X said", "Once an ally of Y, X now ..."):
 * the proper noun run right after the comma that closes the description, itself followed by its verb (not by a
 * comma: "A critic of Y, X, said" is a list or an aside). -1 when the sentence does not open so.
 */
function frontedDescribed(doc: Doc, n: number): number {
  const start = doc.sentStart[doc.sentOf[n] ?? 0] ?? 0;
  const end = doc.sentEnd[doc.sentOf[n] ?? 0] ?? doc.length;
  for (let k = start; k < n; k++) if (!FRONTED_MODIFIER_UPOS.has(doc.upos[k] ?? "")) return -1;
  let comma = -1;
  for (let k = n + 1; k < end && k <= n + MAX_FRONTED; k++) {
    if (doc.upos[k] === "VERB" || doc.upos[k] === "AUX") return -1;
    if (doc.words[k] === ",") {
      comma = k;
      break;
    }
  }
  if (comma < 0) return -1;
  let last = -1;
  for (let k = comma + 1; k < end && doc.upos[k] === "PROPN"; k++) last = k;
  if (last < 0) return -1;
  const next = last + 1;
  return next < end && (doc.upos[next] === "VERB" || doc.upos[next] === "AUX") ? last : -1;
}

/** Clause links through which a predicate borrows the subject of the one above it. */
const BORROWING_LINKS = new Set(["advcl", "xcomp", "conj", "acl"]);

/**
 * Whether a predicate takes its doer from a noun of effort, directly or through the clauses it borrows a subject
 * from ("X's attempts to stop Y", "X led a bid to block Y, surrounding Z"): such doers are lent to verbal acts only.
 */
export function underControlNoun(doc: Doc, p: number): boolean {
  for (let k = p, steps = 0; k >= 0 && steps < MAX_CHAIN + 2; steps++) {
    const h = doc.head[k] ?? -1;
    if (h < 0) return false;
    const rel = doc.deprel[k] ?? "";
    if (rel === "acl" && isInfinitive(doc, k) && isControlNoun(doc, h)) return true;
    if (!BORROWING_LINKS.has(rel) || doc.upos[h] !== "VERB") return false;
    k = h;
  }
  return false;
}

/** Verbs of becoming or staying whose complement describes their subject ("X became a critic of Y"). */
const BECOMING_LEMMAS = new Set(["become", "remain", "stay", "emerge", "turn"]);

/**
 * The subjects of a verb of becoming or staying whose complement a noun is ("X has become one of Y's critics", "X
 * remains a staunch supporter of Y", "X emerged as a critic of Y"); [] otherwise.
 */
function becomingSubjects(doc: Doc, n: number): number[] {
  const v = doc.head[n] ?? -1;
  const rel = doc.deprel[n] ?? "";
  if (v < 0 || doc.upos[v] !== "VERB" || !BECOMING_LEMMAS.has(doc.lowerLemma(v))) return [];
  const complement = rel === "xcomp" || rel === "obj" || (rel === "obl" && caseOf(doc, n) === "as");
  return complement ? childrenWith(doc, v, SUBJECT) : [];
}

/** Parts of speech of a nominal argument. */
const NOMINAL_UPOS = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * The agents of an infinitive its head's object does ("urged X to resign": X). When the head commands or sends a
 * force named by a common noun ("ordered troops to fire on Y", "sent police to break up Y"), the one who commands
 * is an agent too: the reports name no other party of the act.
 */
function commanded(
  doc: Doc,
  h: number,
  objects: number[],
  how: string,
  subjects: number[],
): { tokens: number[]; how: string } {
  const force = objects.every((t) => doc.upos[t] === "NOUN");
  if (!force || !subjects.length || !isCommandVerb(doc, h)) return { tokens: objects, how };
  return { tokens: [...objects, ...subjects], how: "commander" };
}

/** Whether a verb is an infinitive with its "to" ("to fight"). */
function isInfinitive(doc: Doc, p: number): boolean {
  return doc.children(p).some((c) => doc.deprel[c] === "mark" && doc.lowerWord(c) === "to" && c < p);
}

/** Relative pronouns that only introduce relative clauses ("that" is also a complementizer or determiner). */
const WH_RELATIVES = new Set(["who", "which", "whom"]);
/** Attachments a parse gives relative clauses besides acl:relcl (the clause read as a second clause). */
const MISATTACHED_RELATIVE = new Set(["acl:relcl", "parataxis", "conj"]);
/** Title and descriptor deprels inside a name phrase ("Journalist X": the title hangs on the name). */
const NAME_MODIFIER = new Set(["nmod:desc", "compound", "flat"]);

/**
 * The antecedent of a relative pronoun a parse attached the clause wrongly for: the noun it modifies, or, when
 * the parse hung the clause on a title inside the name ("Journalist X, who ..." on "Journalist"), the name it
 * belongs to; for a wh-pronoun whose clause was attached as parataxis or coordination (a main clause, then "the
 * shop of X, who was attacked by Y"), the nominal right before it (a comma between), as a relative clause follows its noun.
 */
function relativeAntecedent(doc: Doc, p: number, pronoun: number): { noun: number; fallback: boolean } | undefined {
  const rel = doc.deprel[p] ?? "";
  const h = doc.head[p] ?? -1;
  if (rel === "acl:relcl" && h >= 0) {
    const up = doc.head[h] ?? -1;
    if (NAME_MODIFIER.has(doc.deprel[h] ?? "") && up > h && up < pronoun) return { noun: up, fallback: true };
    return { noun: h, fallback: false };
  }
  if (!WH_RELATIVES.has(doc.lowerWord(pronoun))) return undefined;
  let k = pronoun - 1;
  const start = doc.sentStart[doc.sentOf[pronoun] ?? 0] ?? 0;
  while (k >= start && doc.upos[k] === "PUNCT") k--;
  if (k < start || k === pronoun - 1) return undefined;
  const upos = doc.upos[k];
  return upos === "PROPN" || upos === "NOUN" ? { noun: k, fallback: true } : undefined;
}

/** CAMEO roots of acts done to someone: coercion (17), assault (18), fight (19), mass violence (20). */
const ACT_ROOTS = /^(17|18|19|20)/;

/**
 * The noun a relative clause or participle modifies and its role there. For a verb of coercion or force a copular
 * predicate noun stands for the subject it describes ("X was the journalist detained by Y", "X is the officer who
 * shot Y": X); other verbs keep the noun (on encyclopedic text "X is a label that released Y", "a footballer who
 * plays in Y" describe the class, and the subject's own readings come from the static patterns).
 */
function modifiedNoun(
  doc: Doc,
  p: number,
): { role: "agent" | "patient" | "oblique"; noun: number; fallback?: boolean } | undefined {
  const gap = ownModifiedNoun(doc, p);
  if (!gap || !ACT_ROOTS.test(loadCameoLexicon().codeOf(doc.lowerLemma(p)) ?? "")) return gap;
  const described = copularSubject(doc, gap.noun);
  return described !== undefined ? { ...gap, noun: described } : gap;
}

/** The subject a copular predicate noun describes ("X" in "X was the journalist ..."), or undefined. */
function copularSubject(doc: Doc, n: number): number | undefined {
  if (doc.upos[n] !== "NOUN" || !doc.children(n).some((c) => doc.deprel[c] === "cop")) return undefined;
  return doc.children(n).find((c) => c < n && (doc.deprel[c] === "nsubj" || doc.deprel[c] === "nsubj:outer"));
}

/** Relative clauses and participles: the noun they modify fills the gap. */
function ownModifiedNoun(
  doc: Doc,
  p: number,
): { role: "agent" | "patient" | "oblique"; noun: number; fallback?: boolean } | undefined {
  const rel = doc.deprel[p] ?? "";
  const h = doc.head[p] ?? -1;
  if (MISATTACHED_RELATIVE.has(rel)) {
    for (const c of doc.children(p)) {
      const w = doc.lowerWord(c);
      if (!RELATIVE_PRONOUNS.has(w) || c > p) continue;
      const a = relativeAntecedent(doc, p, c);
      if (!a) return undefined;
      const d = doc.deprel[c] ?? "";
      const gap = { noun: a.noun, fallback: a.fallback };
      if (SUBJECT.has(d)) return { role: "agent", ...gap };
      if (PASSIVE_SUBJECT.has(d) || d === "obj") return { role: "patient", ...gap };
      if (d === "nmod:poss" || rel !== "acl:relcl") return undefined;
      return { role: "oblique", ...gap };
    }
    if (rel !== "acl:relcl") return undefined;
  }
  if (h < 0) return undefined;
  if (rel === "acl:relcl") {
    const a = coreArgs(doc, p);
    // "the man police arrested": no relative pronoun, a subject present -> the noun is the object.
    if (a.subjects.length && !a.objects.length) return { role: "patient", noun: h };
    if (!a.subjects.length && !a.passiveSubjects.length)
      return { role: isPassive(doc, p) ? "patient" : "agent", noun: h };
    return undefined;
  }
  if (rel === "acl") {
    // "protesters detained by police" (past participle) / "people fleeing the war" (present participle); a finite
    // verb misparsed as a participle acts.
    const w = doc.lowerWord(p);
    if (doc.children(p).some((c) => doc.deprel[c] === "mark")) return undefined;
    return { role: /ing$/.test(w) || misparsedFiniteVerb(doc, p) ? "agent" : "patient", noun: h };
  }
  return undefined;
}

/**
 * Whether an acl is a finite verb the parse hung on the name before it ("the X Front seized the depot": "seized"
 * an acl of X): a lowercase form in -ed, not passive, with an object of its own (a passive
 * participle takes none); naming verbs excepted ("a man named X" may come with X as an object); a capitalized
 * verb is a word of a title ("the comedy Pardon Our Dust").
 */
function misparsedFiniteVerb(doc: Doc, p: number): boolean {
  const w = doc.words[p] ?? "";
  return (
    doc.deprel[p] === "acl" &&
    /^[a-z]+ed$/.test(w) &&
    !isPassive(doc, p) &&
    !NAMING_LEMMAS.has((doc.lemma[p] ?? "").toLowerCase()) &&
    doc.children(p).some((c) => doc.deprel[c] === "obj" && c > p)
  );
}

/** Words that may stand between a subject and its verb ("X also said", "X has long opposed"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(["ADV", "AUX", "PART"]);

/**
 * The subject of a finite verb the parse left without one, read from the flat clause: the proper noun that ends
 * right before it, with only adverbs or auxiliaries between ("the veteran skipper X commended Y": the tagger made
 * "skipper" a verb and X its object). Only a name attached to something other than the verb's own clause, and
 * not after "to" (an infinitive has no subject of its own). -1 when there is none.
 */
function adjacentSubject(doc: Doc, p: number): number {
  const word = doc.lowerWord(p);
  if (doc.upos[p] !== "VERB" || word.endsWith("ing") || word === (doc.lemma[p] ?? "").toLowerCase()) return -1;
  const start = doc.sentStart[doc.sentOf[p] ?? 0] ?? 0;
  let k = p - 1;
  while (k >= start && BETWEEN_SUBJECT_AND_VERB.has(doc.upos[k] ?? "")) {
    if (doc.lowerWord(k) === "to") return -1;
    k--;
  }
  if (k < start || doc.upos[k] !== "PROPN" || doc.head[k] === p) return -1;
  return k;
}

/**
 * The object of a verb coordinated after `p` ("arrested and charged X", "arrested, charged and jailed X": X), when
 * only "and"/"or", commas or adverbs stand between `p` and the next conjunct and no conjunct up to the one with the
 * object has a subject or an object of its own.
 */
function sharedObjects(doc: Doc, p: number): number[] {
  const first = doc.deprel[p] === "conj" ? (doc.head[p] ?? -1) : p;
  if (first < 0) return [];
  const chain = [first, ...doc.children(first).filter((c) => doc.deprel[c] === "conj" && doc.upos[c] === "VERB")];
  const at = chain.indexOf(p);
  const next = chain[at + 1];
  if (at < 0 || next === undefined) return [];
  for (let k = p + 1; k < next; k++) {
    const d = doc.deprel[k] ?? "";
    if (d !== "cc" && d !== "punct" && d !== "advmod") return [];
  }
  for (const c of chain.slice(at + 1)) {
    const kids = doc.children(c);
    if (kids.some((k) => SUBJECT.has(doc.deprel[k] ?? "") || PASSIVE_SUBJECT.has(doc.deprel[k] ?? ""))) return [];
    const obj = kids.find((k) => doc.deprel[k] === "obj" && k > c);
    if (obj !== undefined) return [obj];
    if (kids.some((k) => /^(obl|ccomp|xcomp|iobj)/.test(doc.deprel[k] ?? ""))) return [];
  }
  return [];
}

/**
 * A sentence-initial present participle the parse made an adjective of its object, that object then the subject
 * of the main verb beside the real one ("Quoting a report by X , Y said ...": "Quoting" amod of
 * "report", both "report" and Y subjects of "said"): the participle's object and the main clause's
 * other subject, which is its own.
 */
function initialParticiple(doc: Doc, p: number): { subject: number; object: number } | undefined {
  const start = doc.sentStart[doc.sentOf[p] ?? 0] ?? 0;
  if (p !== start || doc.deprel[p] !== "amod" || !/ing$/i.test(doc.words[p] ?? "")) return undefined;
  const object = doc.head[p] ?? -1;
  const verb = object >= 0 ? (doc.head[object] ?? -1) : -1;
  if (verb < 0 || !SUBJECT.has(doc.deprel[object] ?? "")) return undefined;
  const subject = doc.children(verb).find((c) => c !== object && SUBJECT.has(doc.deprel[c] ?? ""));
  return subject === undefined ? undefined : { subject, object };
}

/** Prepositions a tagger reads as subordinators before an adjective in -ing ("in neighboring X"). */
const MISREAD_PREPS = new Set(["in", "into", "on", "against", "near", "to", "toward", "towards"]);

/**
 * Prepositional phrases whose adjective in -ing the tagger made a verb, the preposition its marker and the noun its
 * object ("operations in neighboring X", "strikes on opposing positions", "fled to surrounding villages"):
 * the noun, with that preposition, as an oblique of `h`, the word the participle hangs on.
 */
function misreadPrepositionalPhrases(doc: Doc, h: number): Oblique[] {
  const out: Oblique[] = [];
  for (const c of doc.children(h)) {
    const d = doc.deprel[c] ?? "";
    if ((d !== "acl" && d !== "advcl") || c < h || !/ing$/i.test(doc.words[c] ?? "")) continue;
    const kids = doc.children(c);
    const mark = kids.find((k) => doc.deprel[k] === "mark" && k === c - 1);
    const prep = mark === undefined ? "" : doc.lowerWord(mark);
    if (!MISREAD_PREPS.has(prep)) continue;
    const obj = kids.find((k) => doc.deprel[k] === "obj" && k > c);
    if (obj !== undefined && kids.length <= 2) out.push({ prep, token: obj });
  }
  return out;
}

const OPENING_QUOTES = new Set(["“", "«"]);
const CLOSING_QUOTES = new Set(["”", "»"]);

/** Whether token `c` after `p` lies inside a quotation opened between them (straight or curly marks). */
function quotedAfter(doc: Doc, p: number, c: number): boolean {
  if (c <= p) return false;
  let straight = 0;
  let depth = 0;
  for (let k = p + 1; k < c; k++) {
    const w = doc.words[k] ?? "";
    if (w === '"') straight++;
    else if (OPENING_QUOTES.has(w)) depth++;
    else if (CLOSING_QUOTES.has(w)) depth = Math.max(0, depth - 1);
  }
  return straight % 2 === 1 || depth > 0;
}

/** Bare time words news sets after a verb's object ("met him Monday"): they take no prepositional phrase. */
const BARE_TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight".split(" "),
);

/** Clause relations a parse gives a prepositional phrase it misreads as a clause. */
const CLAUSE_RELS = new Set(["ccomp", "xcomp", "advcl"]);

/**
 * A noun the parse attached as a clause (ccomp, xcomp, advcl) that has a preposition of its own: a misread
 * oblique ("said ..., according to the X agency" with "agency" the ccomp of "said"; "met ..., with X"). A clause
 * has a verb or predicate at its head, never a preposition before its head noun.
 */
function clausePreposition(doc: Doc, c: number): string {
  if (!CLAUSE_RELS.has(doc.deprel[c] ?? "")) return "";
  if (doc.upos[c] !== "NOUN" && doc.upos[c] !== "PROPN") return "";
  const kids = doc.children(c);
  // A copular clause "X is in Y" is one; a subject alone is the reported clause's, hung on the misread noun.
  if (kids.some((k) => doc.deprel[k] === "cop")) return "";
  const own = caseOf(doc, c);
  if (own) return own;
  // The preposition hung on the phrase's first modifier ("according to state-run X": "according" on "state-run").
  const first = kids.find((k) => k < c && (doc.deprel[k] === "amod" || doc.deprel[k] === "compound"));
  return first === undefined ? "" : caseOf(doc, first);
}

/**
 * Names a parse coordinated, without a conjunction, with a nominal modifier of a common noun, set off by commas:
 * an appositive of the noun misread ("An aide of X, Y, said": Y the conj of X, not the apposition of "aide").
 * Coordination has "and"/"or" before its last conjunct; a list of names separated by commas alone is apposition.
 */
function commaAppositives(doc: Doc, t: number): number[] {
  if (doc.upos[t] !== "NOUN") return [];
  const out: number[] = [];
  for (const m of doc.children(t)) {
    if (doc.deprel[m] !== "nmod" || m < t) continue;
    const conjs = doc.children(m).filter((c) => doc.deprel[c] === "conj");
    if (!conjs.length || conjs.some((c) => doc.children(c).some((k) => doc.deprel[k] === "cc"))) continue;
    for (const c of conjs) {
      if (doc.upos[c] !== "PROPN") continue;
      let first = c;
      for (const k of doc.children(c)) if (k < first && doc.deprel[k] === "flat") first = k;
      if (doc.words[first - 1] !== "," || doc.words[c + 1] !== ",") continue;
      out.push(c);
    }
  }
  return out;
}

export function frameOf(doc: Doc, p: number): Frame {
  const a = coreArgs(doc, p);
  const passive = isPassive(doc, p);
  // "X was sentenced to ten years by a court", "jailed for six months by": the agent phrase hung on a passive's
  // oblique of quantity (a number on it), where the parse attaches it to the nearer noun.
  if (passive && !a.agents.length)
    for (const c of doc.children(p)) {
      if (doc.deprel[c] !== "obl" || !doc.children(c).some((k) => doc.deprel[k] === "nummod")) continue;
      const nested = doc.children(c).find((k) => doc.deprel[k] === "nmod" && caseOf(doc, k) === "by" && k > c);
      if (nested !== undefined) a.agents.push(nested);
    }
  // "X was shot dead outside his home in Y by Z": a passive's "by" phrase at the end of the clause, hung on the
  // last oblique before it (the nearer noun). Only a passive with no agent of its own, and only the last oblique.
  let farAgent = false;
  if (passive && !a.agents.length) {
    const last = doc
      .children(p)
      .filter((c) => c > p && (doc.deprel[c] ?? "").startsWith("obl"))
      .pop();
    // A place of the act ("in Y", "outside his home"), not a time or another event ("after a visit by Z").
    const nested =
      last === undefined || !PLACE_PHRASE_PREPS.has(caseOf(doc, last))
        ? undefined
        : doc.children(last).find((k) => doc.deprel[k] === "nmod" && caseOf(doc, k) === "by" && k > last);
    if (nested !== undefined) {
      a.agents.push(nested);
      farAgent = true;
    }
  }
  // "X was shot dead by Z", "found guilty by a jury": the agent phrase hung on the adjective completing the passive.
  if (passive && !a.agents.length)
    for (const c of doc.children(p)) {
      if (doc.deprel[c] !== "xcomp" || doc.upos[c] !== "ADJ") continue;
      const by = doc.children(c).find((k) => (doc.deprel[k] ?? "").startsWith("obl") && caseOf(doc, k) === "by");
      if (by !== undefined) a.agents.push(by);
    }
  // A passive clause has no active subject: one beside a passive subject is a misparsed word ("A leak
  // claims X was assaulted": "claims" tagged a noun and made the subject of "assaulted").
  if (passive && a.passiveSubjects.length) a.subjects = [];
  // The object of an opening participle misread as a second subject ("Quoting a report by X, Y said") is not one.
  if (a.subjects.length > 1)
    a.subjects = a.subjects.filter((t) => !doc.children(t).some((c) => initialParticiple(doc, c)?.object === t));
  // "told the X Times": a proper noun read as an unmarked time oblique ("Times", "Today") where the verb has no
  // object is its object; entities decide (a day's name stands for nothing).
  if (!passive && !a.objects.length && !a.recipients.length)
    for (const c of doc.children(p))
      if (doc.deprel[c] === "obl:unmarked" && doc.upos[c] === "PROPN" && c > p) a.recipients.push(c);
  const frame: Frame = {
    predicate: p,
    agents: [...a.subjects, ...a.agents],
    patients: [...a.objects, ...a.passiveSubjects],
    recipients: a.recipients,
    obliques: [],
    complements: [],
    passive,
    borrowed: farAgent ? ["agent-on-oblique"] : [],
  };
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    if (misreadAgentCase(doc, c)) frame.obliques.push({ prep: misreadAgentCase(doc, c), token: c });
    else if ((d === "obl" || d.startsWith("obl:")) && d !== "obl:agent" && d !== "obl:tmod" && d !== "obl:unmarked") {
      const prep = caseOf(doc, c);
      if (!passive || !isAgentPhrase(doc, c, passive)) frame.obliques.push({ prep, token: c });
    } else if (clausePreposition(doc, c)) frame.obliques.push({ prep: clausePreposition(doc, c), token: c });
    else if (d === "ccomp" || d === "parataxis" || d === "xcomp") frame.complements.push(c);
  }
  // "X said: "With Y confirmed, we ..."": a phrase inside a quotation opened after the verb is the quoted
  // clause's, however the parse hung it.
  frame.obliques = frame.obliques.filter((o) => !quotedAfter(doc, p, o.token));
  // "such as X" hanging on the verb gives examples of the oblique before it ("left for countries, such as X").
  for (const o of frame.obliques) {
    if (!EXAMPLE_PREPS.has(o.prep)) continue;
    const before = frame.obliques.filter((x) => x.token < o.token && !EXAMPLE_PREPS.has(x.prep)).pop();
    if (before) o.prep = before.prep;
    else if (a.objects.some((x) => x < o.token)) {
      frame.patients.push(o.token);
      o.prep = "";
    }
  }
  // An object's prepositional phrase often belongs to the predicate ("pledged protection to X", "imposed
  // sanctions on X", "expressed support for X"); but a light verb's object noun keeps its partner ("announced
  // its partnership with X", "held talks with Y": the partnership is with X, nothing was announced to X).
  const light = isLightVerb(doc, p);
  for (const obj of a.objects) {
    for (const c of doc.children(obj)) {
      const prep = doc.deprel[c] === "nmod" ? caseOf(doc, c) : "";
      if (prep === "with" && light && doc.upos[obj] === "NOUN") continue;
      if (OBJECT_PP.has(prep)) frame.obliques.push({ prep, token: c, of: obj });
    }
    for (const o of misreadPrepositionalPhrases(doc, obj))
      if (OBJECT_PP.has(o.prep)) frame.obliques.push({ ...o, of: obj });
  }
  frame.obliques.push(...misreadPrepositionalPhrases(doc, p));
  // "gave medals Monday to X", "sent aid Tuesday to Y": a parse hangs the phrase after a bare day name on that name,
  // which modifies nothing; the phrase is the verb's.
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    // Also a day name labelled a plain oblique with no preposition of its own ("awarded medals Monday to X").
    const bare = d === "obl" && !doc.children(c).some((k) => doc.deprel[k] === "case");
    if ((d !== "obl:tmod" && d !== "obl:unmarked" && !bare) || c < p || !BARE_TIME_WORDS.has(doc.lowerWord(c)))
      continue;
    for (const k of doc.children(c)) {
      const prep = doc.deprel[k] === "nmod" && k > c ? caseOf(doc, k) : "";
      if (OBJECT_PP.has(prep)) for (const x of withConjuncts(doc, k)) frame.obliques.push({ prep, token: x });
    }
  }
  // "accused X of the attack on Y" with "on Y" hung on the verb: the target is the act's (nominalFrame), not the
  // accusation's.
  if (accusedActs(doc, p).length) frame.obliques = frame.obliques.filter((o) => !STRUCK_PREPS.has(o.prep));
  // "arrested and charged X", "condemned and sanctioned X": a verb with no object of its own shares the object
  // of a verb coordinated after it (the parse hangs the shared object on the last one).
  if (!passive && !a.objects.length && !frame.complements.length) {
    const shared = sharedObjects(doc, p);
    if (shared.length) {
      frame.patients.push(...shared);
      frame.borrowed.push("conj-object");
    }
  }
  // A speech verb in parataxis ("The deal is off, she said") reports the clause it hangs on.
  if (doc.deprel[p] === "parataxis" && (doc.head[p] ?? -1) >= 0) frame.complements.push(doc.head[p]!);
  const gap = modifiedNoun(doc, p);
  if (gap) {
    // The relative pronoun itself names nothing: the noun it stands for takes its place.
    const relative = (t: number): boolean => RELATIVE_PRONOUNS.has(doc.lowerWord(t));
    frame.agents = frame.agents.filter((t) => !relative(t));
    frame.patients = frame.patients.filter((t) => !relative(t));
    if (gap.role === "agent" && !frame.agents.length) frame.agents.push(gap.noun);
    else if (gap.role === "patient") {
      if (passive || !a.objects.length) frame.patients.push(gap.noun);
    }
    frame.borrowed.push(gap.fallback ? "relative-fallback" : (doc.deprel[p] ?? "acl"));
    // "X issued a statement condemning Y": what a thing said or written does, its author does.
    const verb = doc.head[gap.noun] ?? -1;
    if (
      gap.role === "agent" &&
      doc.deprel[p] === "acl" &&
      doc.deprel[gap.noun] === "obj" &&
      verb >= 0 &&
      (isContent(doc, gap.noun) || isMessageNoun(doc, gap.noun)) &&
      isAuthorVerb(doc, verb)
    ) {
      frame.agents.push(...frameOf(doc, verb).agents);
      frame.borrowed.push("author");
    }
  }
  const initial = initialParticiple(doc, p);
  if (initial) {
    // "Quoting a report by X, Y said ...": the opening participle hung on its object as an adjective.
    frame.agents.push(initial.subject);
    frame.patients.push(initial.object);
    frame.borrowed.push("initial-participle");
  } else if (!a.subjects.length && !a.passiveSubjects.length && !gap) {
    const b = borrowedSubject(doc, p);
    if (b.tokens.length) {
      if (passive || b.passive) frame.patients.push(...b.tokens);
      else frame.agents.push(...b.tokens);
      frame.borrowed.push(b.how);
    } else if (!passive) {
      const s = adjacentSubject(doc, p);
      if (s >= 0) {
        frame.agents.push(s);
        frame.borrowed.push("adjacent-subject");
      }
    }
  }
  // "Fighting between X and Y continued" parsed as a verb: the first party acts with the others.
  if (!frame.agents.length)
    for (const o of frame.obliques.filter((x) => namesParties(x.prep))) {
      const [first, ...others] = withConjuncts(doc, o.token);
      if (first === undefined) continue;
      frame.agents.push(first);
      for (const t of others) frame.obliques.push({ prep: "with", token: t });
      frame.borrowed.push("parties");
      break;
    }
  // "An aide of X, Y, said": the appositive the parse coordinated with the subject's modifier.
  for (const t of a.subjects)
    for (const c of commaAppositives(doc, t)) {
      frame.agents.push(c);
      frame.borrowed.push("comma-appositive");
    }
  frame.agents = frame.agents.flatMap((t) => withConjuncts(doc, t));
  frame.patients = frame.patients.flatMap((t) => withConjuncts(doc, t));
  frame.recipients = frame.recipients.flatMap((t) => withConjuncts(doc, t));
  frame.obliques = frame.obliques.flatMap((o) => withConjuncts(doc, o.token).map((token) => ({ ...o, token })));
  return frame;
}

/**
 * Who an event noun's clause holds to account for it: the object or passive subject of a verb of accusing, blaming
 * or charging whose phrase it is ("blamed X for the bombing", "X was accused of the attack", the phrase hung on the
 * object: "blamed X for ..." with "for" on X), or the subject of an adjective of guilt ("X was responsible for the
 * attack") and the object of the verb it completes ("held X responsible for the attack").
 */
/** Prepositions of what an act strikes ("an attack on Y", "strikes against Y"). */
const STRUCK_PREPS = new Set(["on", "against"]);

/** Nouns a verb of accusing holds its object to account for ("blamed X for the bombing": "bombing"). */
function accusedActs(doc: Doc, v: number): number[] {
  if (doc.upos[v] !== "VERB") return [];
  const out: number[] = [];
  for (const c of doc.children(v)) {
    const d = doc.deprel[c] ?? "";
    if ((d === "obl" || d.startsWith("obl:")) && doc.upos[c] === "NOUN" && isAccusation(doc, v, caseOf(doc, c)))
      out.push(c);
    if (d === "obj")
      for (const k of doc.children(c))
        if (doc.deprel[k] === "nmod" && doc.upos[k] === "NOUN" && isAccusation(doc, v, caseOf(doc, k))) out.push(k);
  }
  return out;
}

/** Verbs by which one owns an act with "responsibility for" it ("claimed responsibility for the bombing"). */
const CLAIM_LEMMAS = new Set(["claim", "accept", "take", "admit"]);

/** The subjects of "claimed responsibility for" a noun (its phrase on "responsibility" or on the verb), or []. */
function claimantsOf(doc: Doc, rel: string, h: number, prep: string): number[] {
  if (prep !== "for") return [];
  const claim = (v: number): boolean => v >= 0 && doc.upos[v] === "VERB" && CLAIM_LEMMAS.has(doc.lowerLemma(v));
  const responsibility = (t: number): boolean => doc.lowerLemma(t) === "responsibility";
  if (rel === "nmod" && responsibility(h) && doc.deprel[h] === "obj" && claim(doc.head[h] ?? -1))
    return frameOf(doc, doc.head[h]!).agents;
  if ((rel === "obl" || rel.startsWith("obl:")) && claim(h) && childrenWith(doc, h, "obj").some(responsibility))
    return frameOf(doc, h).agents;
  return [];
}

function accusedOf(doc: Doc, n: number): number[] {
  const rel = doc.deprel[n] ?? "";
  const h = doc.head[n] ?? -1;
  if (h < 0) return [];
  const prep = caseOf(doc, n);
  const claimants = claimantsOf(doc, rel, h, prep);
  if (claimants.length) return claimants;
  if ((rel === "obl" || rel.startsWith("obl:")) && doc.upos[h] === "VERB" && isAccusation(doc, h, prep))
    return frameOf(doc, h).patients;
  const up = doc.head[h] ?? -1;
  if (rel === "nmod" && doc.deprel[h] === "obj" && up >= 0 && doc.upos[up] === "VERB" && isAccusation(doc, up, prep))
    return [h];
  // The tagger may take "guilty" for a noun ("found X guilty of ...": two objects).
  if ((rel === "obl" || rel === "nmod") && isGuiltAdjective(doc, h) && prep !== "") {
    const subjects = childrenWith(doc, h, SUBJECT);
    if (subjects.length) return subjects;
    // "held X responsible for ...", "found X guilty of ...": the adjective completes a verb whose object it describes.
    if ((doc.deprel[h] === "xcomp" || doc.deprel[h] === "obj") && up >= 0 && doc.upos[up] === "VERB")
      return childrenWith(doc, up, "obj").filter((t) => t !== h);
  }
  return [];
}

/** A modifier that can name an actor: a proper noun or a capitalized adjective ("U.S.", "Ruritanian"). */
function namesActor(doc: Doc, c: number): boolean {
  return doc.upos[c] === "PROPN" || /^\p{Lu}/u.test(doc.words[c] ?? "");
}

/** Arguments of an event noun ("X's invasion of Y", "the arrest of X by Y", "an attack on Y"). */
export function nominalFrame(doc: Doc, n: number): Frame {
  const frame: Frame = {
    predicate: n,
    agents: [],
    patients: [],
    recipients: [],
    obliques: [],
    complements: [],
    passive: false,
    borrowed: [],
  };
  // "the suspect's arrest", "the envoy's expulsion": with no "of" phrase, the possessor of an act done to someone
  // is the one it was done to ("the army's capture of the town": with one, the actor).
  // "a letter from X": the sender; "talks between X and Y": the parties.
  const message = isMessageNoun(doc, n);
  const parties: number[] = [];
  const possessorUndergoes =
    possessorIsPatient(doc, n) &&
    !doc.children(n).some((c) => (doc.deprel[c] ?? "").startsWith("nmod") && caseOf(doc, c) === "of");
  // "Valdmark critic X", "Y's allies": the actor on a stance noun is the one stood against or for.
  const stance = isStanceNoun(doc, n);
  // "X's fellow critics", "her fellow supporters": the possessor is one of them, neither their target nor the act's.
  const fellow = stance && doc.children(n).some((c) => doc.deprel[c] === "amod" && doc.lowerWord(c) === "fellow");
  for (const c of doc.children(n)) {
    const d = doc.deprel[c] ?? "";
    if (d === "nmod:poss" && fellow) continue;
    if (d === "nmod:poss" && (possessorUndergoes || stance)) frame.patients.push(c);
    // "X's attack", "Ruritanian strikes", "U.S. raids"; not "air strikes" or "terror attack" (no actor named).
    else if (d === "nmod:poss" || ((d === "amod" || d === "compound") && namesActor(doc, c)))
      (stance && c < n ? frame.patients : frame.agents).push(c);
    else if (SUBJECT.has(d))
      // copula: "X is an ally of Y"; "X was under attack from Y": X undergoes it.
      (caseOf(doc, n) === "under" ? frame.patients : frame.agents).push(c);
    else if (d === "nmod" || d.startsWith("nmod:") || d === "obl") {
      const prep = caseOf(doc, c);
      if (prep === "by" || (prep === "from" && message)) frame.agents.push(c);
      else if (prep === "of") frame.patients.push(c);
      else if (namesParties(prep)) parties.push(c);
      else frame.obliques.push({ prep, token: c });
    }
  }
  frame.obliques.push(...misreadPrepositionalPhrases(doc, n));
  // "a letter sent by X to Y", "a message delivered by X to Y": the participle's agent sent it, its "to" phrase
  // (or one the parse hung on the agent) received it.
  if (message && !frame.agents.length)
    for (const c of doc.children(n)) {
      if (doc.deprel[c] !== "acl" || /ing$/.test(doc.lowerWord(c))) continue;
      for (const a of doc.children(c)) {
        const d = doc.deprel[a] ?? "";
        if (!(d === "obl" || d.startsWith("obl:"))) continue;
        const prep = caseOf(doc, a);
        if (prep === "by") {
          frame.agents.push(a);
          for (const k of doc.children(a))
            if (doc.deprel[k] === "nmod" && caseOf(doc, k) === "to") frame.obliques.push({ prep: "to", token: k });
        } else if (prep === "to") frame.obliques.push({ prep, token: a });
      }
      if (frame.agents.length) frame.borrowed.push("message-participle");
    }
  // "talks between X and Y": the first party acts with the others (as in "X held talks with Y").
  for (const c of parties) {
    const [first, ...others] = withConjuncts(doc, c);
    if (first === undefined) continue;
    if (!frame.agents.length) frame.agents.push(first);
    for (const o of others) frame.obliques.push({ prep: "with", token: o });
  }
  // "the arrest of X by Y", "the killing of X by Y", "the attack on X by Y": a parse often hangs the agent phrase
  // on the nearer name, the patient or the target.
  const struck = frame.obliques.filter((o) => STRUCK_PREPS.has(o.prep)).map((o) => o.token);
  if (!frame.agents.length)
    for (const t of [...frame.patients, ...struck])
      for (const c of doc.children(t))
        if (doc.deprel[c] === "nmod" && c > t && caseOf(doc, c) === "by") {
          frame.agents.push(c);
          frame.borrowed.push("agent-on-patient");
        }
  // "an attack on stations in X", "the bombing of a market in X": the place of what was struck is the event's place.
  for (const t of [...struck, ...frame.patients])
    for (const c of doc.children(t))
      if (doc.deprel[c] === "nmod" && PLACE_PREPS.has(caseOf(doc, c))) frame.obliques.push({ prep: "in", token: c });
  // A light verb lends its subject and obliques ("X mounted an attack on Y", "held talks with Y").
  const h = doc.head[n] ?? -1;
  const rel = doc.deprel[n] ?? "";
  // "X faced criticism from Y", "X came under attack from Y", "X won the backing of Y": the verb's subject undergoes
  // the act; the noun's "from" phrase (or one the parse hung on the verb) does it.
  const undergo =
    h < 0 || doc.upos[h] !== "VERB"
      ? undefined
      : rel === "obj"
        ? undergoes(doc, h)
        : (rel === "obl" || rel.startsWith("obl:")) && caseOf(doc, n) === "under"
          ? "undergo"
          : undefined;
  if (undergo) {
    const verb = frameOf(doc, h);
    const from = (o: Oblique): boolean => o.prep === "from";
    if (!frame.agents.length) {
      frame.agents.push(...frame.obliques.filter(from).map((o) => o.token));
      frame.obliques = frame.obliques.filter((o) => !from(o));
      frame.agents.push(
        ...verb.obliques.filter((o) => from(o) && o.token > n && o.of === undefined).map((o) => o.token),
      );
      if (undergo === "undergo-of") frame.agents.push(...frame.patients.splice(0));
    }
    if (frame.agents.length) {
      frame.patients.push(...verb.agents);
      frame.borrowed.push("undergo");
    }
  }
  if (
    h >= 0 &&
    (rel === "obl" || rel === "nmod" || rel.startsWith("obl:")) &&
    isUndergoneHead(doc, h, caseOf(doc, n))
  ) {
    // "X was subjected to attacks by Y", "X was the target of an attack by Y", "X, the victim of a kidnapping": the
    // subject (or the name the noun is in apposition to) is the one it was done to.
    const subjects = childrenWith(doc, h, new Set([...SUBJECT, ...PASSIVE_SUBJECT]));
    const undergoers = subjects.length
      ? subjects
      : doc.deprel[h] === "appos" && (doc.head[h] ?? -1) >= 0
        ? [doc.head[h]!]
        : [];
    if (undergoers.length) {
      frame.patients.push(...undergoers);
      frame.borrowed.push("undergo");
    }
  }
  if (!frame.agents.length) {
    // "blamed X for the bombing of Y", "X was charged with the murder of Y": the one held to account did it.
    const accused = accusedOf(doc, n);
    if (accused.length) {
      frame.agents.push(...accused);
      frame.borrowed.push("accused");
      // "accused X of the attack on Y" with "on Y" hung on the verb: the act's target.
      const verb = rel === "nmod" ? (doc.head[h] ?? -1) : h;
      if (!struck.length && verb >= 0 && doc.upos[verb] === "VERB")
        for (const c of doc.children(verb))
          if ((doc.deprel[c] ?? "").startsWith("obl") && STRUCK_PREPS.has(caseOf(doc, c)) && c > n)
            frame.obliques.push({ prep: caseOf(doc, c), token: c });
    }
  }
  // "X, a critic of Y, said": the name an event noun stands in apposition to is its actor.
  if (!frame.agents.length && rel === "appos" && h >= 0) frame.agents.push(h);
  if (stance && !frame.agents.length && h >= 0) {
    // "Valdmark critic X": the stance noun on the name it describes; "X was one of Y's critics", "X, one of Y's
    // backers": the one the noun counts among them.
    if (NAME_MODIFIER.has(rel) || rel === "amod") {
      if (doc.upos[h] === "PROPN") frame.agents.push(h);
    } else if (rel === "nmod" && caseOf(doc, n) === "of" && doc.lowerLemma(h) === "one") {
      const subjects = childrenWith(doc, h, SUBJECT);
      if (subjects.length) frame.agents.push(...subjects);
      else if (doc.deprel[h] === "appos" && (doc.head[h] ?? -1) >= 0) frame.agents.push(doc.head[h]!);
      else frame.agents.push(...becomingSubjects(doc, h));
    } else frame.agents.push(...becomingSubjects(doc, n));
    if (!frame.agents.length && rel === "conj" && h >= 0 && doc.upos[h] === "NOUN") {
      // "X is a longtime friend and supporter of Y": a stance noun coordinated in a predicate shares its subject,
      // and the "of" phrase the parse hung on the first conjunct.
      frame.agents.push(...childrenWith(doc, h, SUBJECT));
      if (frame.agents.length && !frame.patients.length)
        for (const c of doc.children(h))
          if (c > n && (doc.deprel[c] ?? "").startsWith("nmod") && caseOf(doc, c) === "of") frame.patients.push(c);
    }
    if (frame.agents.length) frame.borrowed.push("stance-holder");
  }
  if (stance && !frame.agents.length) {
    // "A longtime critic of Y, X said ...": a description fronted before the name it describes, which a parse
    // often makes the clause's subject (with the name hung on a noun of its phrase).
    const holder = frontedDescribed(doc, n);
    if (holder >= 0) {
      frame.agents.push(holder);
      frame.borrowed.push("fronted-stance");
    }
  }
  // "Y received a letter from X": the receiver is the one the message went to.
  if (message && h >= 0 && rel === "obj" && isReceiptVerb(doc, h)) {
    for (const t of frameOf(doc, h).agents) frame.obliques.push({ prep: "to", token: t });
    frame.borrowed.push("receiver");
  }
  if (h >= 0 && (rel === "obj" || rel === "nsubj:pass") && isLightVerb(doc, h)) {
    const verb = frameOf(doc, h);
    if (!frame.agents.length && verb.agents.length) {
      frame.agents.push(...verb.agents);
      frame.borrowed.push("light-verb");
    }
    // Its place too ("launched strikes in X"): categories that take no "in" target ignore it. A target phrase the
    // parse hung on the verb rather than on the noun is the noun's ("launched airstrikes on X", "imposed sanctions
    // on X"), unless the noun has one of its own.
    const ownTarget = frame.obliques.some((o) => o.prep === "on" || o.prep === "against");
    for (const o of verb.obliques) if (o.prep && (o.prep !== "on" || !ownTarget)) frame.obliques.push(o);
  } else if (h >= 0 && rel === "obj" && doc.upos[h] === "VERB" && !struck.length) {
    // "condemned X's strikes against Y", "praised the raid on Y" with the target phrase hung on the verb after the
    // noun: a verb of another kind takes no "against"/"on" target of its own, so it is the act's.
    for (const c of doc.children(h))
      if (c > n && (doc.deprel[c] ?? "").startsWith("obl") && STRUCK_PREPS.has(caseOf(doc, c)))
        frame.obliques.push({ prep: caseOf(doc, c), token: c });
  }
  if (
    !frame.agents.length &&
    h >= 0 &&
    (rel === "obl" || rel === "advcl") &&
    doc.upos[h] === "VERB" &&
    // "pushed for strikes on Y": the caller's threat (read as such by eventReadings.ts).
    (isOwnAdjunct(caseOf(doc, n)) || isIntentVerb(doc, h))
  ) {
    // "X, in an interview with Y, said", "X, during a visit to Y, ...": the event noun is the clause subject's.
    const verb = frameOf(doc, h);
    if (verb.agents.length) {
      frame.agents.push(...verb.agents);
      frame.borrowed.push("adjunct");
    }
  }
  const up = h >= 0 ? (doc.head[h] ?? -1) : -1;
  if (!frame.agents.length && rel === "nmod" && up >= 0 && doc.deprel[h] === "obj" && doc.upos[up] === "VERB") {
    // "X repeated the claim in an interview with Y": an occasion the parse hung on the object (the nearer noun) is
    // the clause's. Not "on", which as a modifier of a noun names its topic ("the report on talks with Y").
    const prep = caseOf(doc, n);
    if (prep !== "on" && isOwnAdjunct(prep) && isOccasionNoun(doc, n)) {
      const verb = frameOf(doc, up);
      if (verb.agents.length) {
        frame.agents.push(...verb.agents);
        frame.borrowed.push("adjunct-on-object");
      }
    }
  }
  frame.agents = frame.agents.flatMap((t) => withConjuncts(doc, t));
  frame.patients = frame.patients.flatMap((t) => withConjuncts(doc, t));
  frame.obliques = frame.obliques.flatMap((o) => withConjuncts(doc, o.token).map((token) => ({ prep: o.prep, token })));
  return frame;
}

/** Speech verbs whose speaker a broken parse may leave without a subject ("..., X said", "said X"). */
const ADJACENT_SPEAKER_LEMMAS = new Set(["say", "tell", "add", "write", "explain", "insist", "claim"]);

/**
 * The speaker of a speech verb the parse gave no subject (a quote's attribution parsed as a second root, or its
 * name hung elsewhere): the name ending right before it ("..., X said") or, inverted, starting right after it
 * ("..., said X"). Returns the name token nearest the verb, or -1.
 */
export function adjacentSpeaker(doc: Doc, p: number, isName: (t: number) => boolean): number {
  if (!ADJACENT_SPEAKER_LEMMAS.has(doc.lowerLemma(p))) return -1;
  const s = doc.sentOf[p] ?? 0;
  const before = p - 1;
  if (before >= (doc.sentStart[s] ?? 0) && isName(before)) return before;
  const after = p + 1;
  // Inverted attribution follows a quote or comma: '"...," said X'.
  const prev = (doc.words[before] ?? "").trim();
  // Not "told X": the name after "told" is the one addressed.
  const inverted = doc.lowerLemma(p) !== "tell";
  if (inverted && after < (doc.sentEnd[s] ?? 0) && isName(after) && /^[,"'”’]$/.test(prev)) return after;
  return commaSetSpeaker(doc, p, isName);
}

/** Longest appositive description a comma-set speaker may carry ("a spokeswoman for the X agency"). */
const MAX_DESCRIPTION = 12;
const CLAUSE_UPOS = new Set(["VERB", "AUX", "SCONJ"]);

/**
 * A trailing attribution set off by commas, after the clause it reports: "..., X, a spokeswoman for Y, told Z",
 * "..., the agency's spokeswoman, X, said", "..., X, said". The parse hangs the name on the reported clause; the
 * name is the last or next-to-last comma-bounded segment before the verb, a description (no verb, no quote) the
 * other, and a comma opens the whole attribution. Returns the name's last token, or -1.
 */
function commaSetSpeaker(doc: Doc, p: number, isName: (t: number) => boolean): number {
  const s = doc.sentOf[p] ?? 0;
  const start = doc.sentStart[s] ?? 0;
  if (doc.words[p - 1] !== ",") return -1;
  // The segments between commas before the verb, nearest first.
  const segments: [number, number][] = [];
  let end = p - 1;
  for (let k = end - 1; k >= start && segments.length < 4; k--) {
    if (doc.words[k] !== ",") continue;
    if (k + 1 < end) segments.push([k + 1, end]);
    end = k;
  }
  const isNameSegment = ([a, b]: [number, number]): boolean => {
    for (let k = a; k < b; k++) if (!isName(k) || doc.lowerWord(k) === "and") return false;
    return true;
  };
  const isDescription = ([a, b]: [number, number]): boolean => {
    if (b - a > MAX_DESCRIPTION) return false;
    for (let k = a; k < b; k++)
      if (CLAUSE_UPOS.has(doc.upos[k] ?? "") || /["“”]/.test(doc.words[k] ?? "")) return false;
    return true;
  };
  // A name in apposition to a noun inside a prepositional phrase of the description before it names that noun
  // ("X, the former head of the agency, Y, told Z": Y is the agency), so it belongs to the description.
  const namesPhraseNoun = ([a, b]: [number, number]): boolean => {
    const h = doc.head[b - 1] ?? -1;
    return doc.deprel[b - 1] === "appos" && h >= 0 && h < a && doc.children(h).some((k) => doc.deprel[k] === "case");
  };
  // Each segment has a comma before it: the attribution follows the reported clause.
  let i = 0;
  const near = segments[0];
  if (near && isNameSegment(near)) {
    if (!namesPhraseNoun(near)) return near[1] - 1;
    i = 1;
  }
  const description = segments[i];
  const name = segments[i + 1];
  if (description && name && isDescription(description) && isNameSegment(name)) return name[1] - 1;
  return -1;
}

/**
 * Whether a speech verb's subjects are all common nouns before a comma that precedes the verb: the parse took a
 * noun of the quoted clause as the subject of the attribution after it ("... over the break-in at the house ,
 * the victim's cousin X told Y": "break-in" made the subject of "told"), so the name beside the verb may speak.
 */
export function commonSubjectBeforeComma(doc: Doc, p: number, agents: readonly number[]): boolean {
  if (!agents.length || agents.some((t) => doc.upos[t] !== "NOUN" || t > p)) return false;
  const last = Math.max(...agents);
  for (let k = last + 1; k < p; k++) if (doc.words[k] === ",") return true;
  return false;
}

/** Nominal deprels of a content noun's author: "X's letter", "the letter from X", "a plan by X". */
const AUTHOR_PREPS = new Set(["by", "from"]);

/**
 * Who authored a content noun the predicate's object names ("modifiers": also an actor-naming modifier, for a
 * thing said or done, not for people: "the Ruritanian plan", not "Ruritanian hard-liners") ("criticized X's decision", "rejected the letter from
 * X", "welcomed a plan drafted by X"): an evaluation of the thing is an evaluation of its author. Returns the
 * author tokens (possessor, "by"/"from" modifier, or a participle's agent), coordinated authors included.
 */
export function contentAuthors(doc: Doc, n: number, modifiers = false): number[] {
  if (doc.upos[n] !== "NOUN") return [];
  const out: number[] = [];
  // "rejected the demands of X", "the decision of the board": the "of" phrase of a thing said or decided names
  // its author (of an event noun it names the patient: "the killing of X").
  const ofAuthor = isContent(doc, n);
  for (const c of doc.children(n)) {
    const d = doc.deprel[c] ?? "";
    const prep = d === "nmod" ? caseOf(doc, c) : "";
    // "the Ruritanian plan", "the U.S. proposal", "the Smith letter": a modifier naming an actor is the author.
    if (d === "nmod:poss" || AUTHOR_PREPS.has(prep) || (ofAuthor && prep === "of")) out.push(c);
    else if (modifiers && (d === "amod" || d === "compound") && c < n && namesActor(doc, c)) out.push(c);
    else if (d === "acl" && !/ing$/.test(doc.lowerWord(c)))
      // "a letter signed by X": the participle's agent.
      for (const a of doc.children(c)) {
        const da = doc.deprel[a] ?? "";
        if (da === "obl:agent" || ((da === "obl" || da === "nmod" || da === "obj") && caseOf(doc, a) === "by"))
          out.push(a);
      }
  }
  return out.flatMap((t) => withConjuncts(doc, t));
}

/** Sentences back a definite content noun looks for an earlier mention of itself with an author. */
const CONTENT_MEMORY_SENTENCES = 3;

/**
 * The authors of a definite content noun named before with its author ("a ministry report ... The report blames X",
 * "X published a plan ... Y rejected the plan"): the nearest earlier mention of the same noun, within a few
 * sentences, that has an author (possessor, "by"/"from" phrase, an actor-naming modifier, or the subject of a verb
 * of issuing it). Only for "the" with no author of its own; [] otherwise.
 */
export function rememberedAuthors(doc: Doc, n: number): number[] {
  if (doc.upos[n] !== "NOUN" || !isContent(doc, n) || contentAuthors(doc, n, true).length) return [];
  if (!doc.children(n).some((c) => doc.deprel[c] === "det" && doc.lowerWord(c) === "the")) return [];
  const lemma = doc.lowerLemma(n);
  const s = doc.sentOf[n] ?? 0;
  const start = doc.sentStart[Math.max(0, s - CONTENT_MEMORY_SENTENCES)] ?? 0;
  for (let k = (doc.sentStart[s] ?? 0) - 1; k >= start; k--) {
    if (doc.upos[k] !== "NOUN" || doc.lowerLemma(k) !== lemma) continue;
    const authors = contentAuthors(doc, k, true);
    if (authors.length) return authors;
    // "X published a report", "X issued a statement": the subject of a verb of issuing it.
    const v = doc.head[k] ?? -1;
    if (doc.deprel[k] === "obj" && v >= 0 && doc.upos[v] === "VERB" && isAuthorVerb(doc, v)) {
      const agents = frameOf(doc, v).agents;
      if (agents.length) return agents;
    }
  }
  return [];
}
