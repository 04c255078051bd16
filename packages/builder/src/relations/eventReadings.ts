// Readings of a coded event predicate that depend on its arguments or on the clause above it (rules and word
// lists in data/event-readings.json, each with the kind of text it holds on): force whose object is a thing said
// or decided is criticism; force or coercion under a verb of intent is a threat; verbs of defeating and destroying
// are force only with an armed body (or, for destroying, a place) on a side; general nouns name force only with a
// modifier saying so ("a bombing campaign").
import { readFileSync } from "node:fs";
import type { RelationCategory } from "@newskg/graph-model";
import { DEFAULT_LEXICON_PATH } from "../events/cameoLexicon.js";
import type { Doc } from "../nlp/doc.js";
import { readDataFile } from "../data/readDataFile.js";
import type { EntitySpan } from "./types.js";

/** What a predicate means (the shape eventCategory.ts returns). */
export interface Reading {
  category: RelationCategory;
  code: string;
  label: string;
  /** Token the lexicon's pattern took as the target, when it names one. */
  target?: number;
  /** The CAMEO verb's code with no pattern of the dictionary (the verb alone). */
  verbDefault?: boolean;
  /** Which sides a pair needs to be read as this event ("armedSide", "armedSideOrPlace"). */
  admit?: Admit;
}

export type Admit = "armedSide" | "armedSideOrPlace" | "notPatient" | "personPatient";

interface WordList {
  why: string;
  words: string[];
  synsets?: string[];
}
interface VerbClass {
  why: string;
  lemmas: string[];
  admit: Admit;
}
interface ReadingsFile {
  armedNouns: WordList;
  contentNouns: WordList;
  reproachNouns: WordList & { cases: string[] };
  intentHeads: WordList;
  defeatVerbs: VerbClass;
  destructionVerbs: VerbClass;
  encircleVerbs: VerbClass;
  saidObjectVerbs: VerbClass;
  victimSubjectVerbs: { why: string; lemmas: string[]; adjectives: string[] };
  modifiedEventNouns: { why: string; nouns: Record<string, string[]>; category: RelationCategory; cameo: string };
  lightVerbs: WordList & { overrides?: string };
  adjunctEventCases: { why: string; cases: string[] };
  occasionNouns: WordList;
  partNouns: WordList;
  occupyVerbs: WordList & { cameo: string; fallVerbs: string[] };
  dismissalVerbs: { why: string; verbs: string[]; nouns: string[]; contestSenses: string[]; cameo: string };
  weaponVerbs: WordList & { verbs: string[]; preps: string[]; cameo: string };
  authorVerbs: WordList;
  objectControlVerbs: WordList;
  instrumentVerbs: WordList;
  controlNouns: WordList & { categories: RelationCategory[] };
  commandVerbs: WordList;
  accusationVerbs: WordList & { cases: string[]; adjectives: string[] };
  stanceAdjectives: { why: string; entries: [string, string, RelationCategory, string][] };
  negators: WordList;
  failedHeads: WordList;
  assertedUnderNegation: WordList & { stopVerbs: string[] };
  modalAuxiliaries: WordList & { exempt: RelationCategory[] };
  deniedHeads: WordList;
  negatingMarks: WordList & { phrases?: string[] };
  patientPossessorNouns: WordList;
  stanceNouns: WordList;
  personWithBody: { why: string; categories: RelationCategory[] };
  messageNouns: WordList;
  receiptVerbs: WordList;
  undergoVerbs: WordList & { ofAgent: string[]; toHeads: string[]; ofHeads: string[] };
  betweenParties: { why: string; cases: string[] };
  countryAudience: { why: string; slots: string[] };
  citeVerbs: WordList;
  evaluativePredicates: { why: string } & Partial<Record<RelationCategory, { cameo: string; words: string[] }>>;
  contestTexts: WordList & { minDistinct: number; contestLemmas: string[] };
}

interface Readings {
  armed: ReadonlySet<string>;
  content: ReadonlySet<string>;
  reproach: ReadonlySet<string>;
  reproachCases: ReadonlySet<string>;
  intent: ReadonlySet<string>;
  victim: ReadonlySet<string>;
  victimAdjectives: ReadonlySet<string>;
  admitOf: ReadonlyMap<string, Admit>;
  modified: ReadonlyMap<string, ReadonlySet<string>>;
  modifiedMeaning: { category: RelationCategory; cameo: string };
  light: ReadonlySet<string>;
  adjunctCases: ReadonlySet<string>;
  occasions: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  occupy: ReadonlySet<string>;
  occupyCode: string;
  fall: ReadonlySet<string>;
  dismissVerbs: ReadonlySet<string>;
  dismissNouns: ReadonlySet<string>;
  dismissCode: string;
  dismissPlay: ReadonlySet<string>;
  weaponVerbs: ReadonlySet<string>;
  weapons: ReadonlySet<string>;
  weaponPreps: ReadonlySet<string>;
  weaponCode: string;
  authors: ReadonlySet<string>;
  objectControl: ReadonlySet<string>;
  instrument: ReadonlySet<string>;
  controlNouns: ReadonlySet<string>;
  controlCategories: ReadonlySet<RelationCategory>;
  command: ReadonlySet<string>;
  accusation: ReadonlySet<string>;
  accusationCases: ReadonlySet<string>;
  guiltAdjectives: ReadonlySet<string>;
  stance: ReadonlyMap<string, { prep: string; category: RelationCategory; cameo: string }[]>;
  negators: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  assertedUnderNegation: ReadonlySet<string>;
  stopVerbs: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  modalExempt: ReadonlySet<RelationCategory>;
  denied: ReadonlySet<string>;
  negatingMarks: ReadonlySet<string>;
  negatingPhrases: string[][];
  patientPossessor: ReadonlySet<string>;
  stanceNouns: ReadonlySet<string>;
  noPersonWithBody: ReadonlySet<RelationCategory>;
  message: ReadonlySet<string>;
  receipt: ReadonlySet<string>;
  undergo: ReadonlySet<string>;
  undergoOfAgent: ReadonlySet<string>;
  undergoToHeads: ReadonlySet<string>;
  undergoOfHeads: ReadonlySet<string>;
  between: ReadonlySet<string>;
  countrySlots: ReadonlySet<string>;
  cite: ReadonlySet<string>;
  evaluative: ReadonlyMap<string, { category: RelationCategory; cameo: string }>;
  sportWords: ReadonlySet<string>;
  sportMinDistinct: number;
  contestLemmas: ReadonlySet<string>;
}

const FILE = "event-readings.json";
const ADMITS: readonly Admit[] = ["armedSide", "armedSideOrPlace", "notPatient"];
let readings: Readings | undefined;

/** The PETRARCH2 synonym sets the lexicon carries (its line holding "synsets"). */
function lexiconSynsets(): Record<string, string[]> {
  const text = readFileSync(DEFAULT_LEXICON_PATH, "utf8");
  for (const line of text.split("\n", 4))
    if (line.startsWith('{"synsets"')) return (JSON.parse(line) as { synsets: Record<string, string[]> }).synsets;
  throw new Error("cameo-lexicon.jsonl has no synsets line");
}

/** The light verbs the lexicon generator's corrections name (cameo-overrides.json). */
function overrideLightVerbs(): string[] {
  const o = readDataFile<{ lightVerbs?: unknown }>("cameo-overrides.json");
  if (!Array.isArray(o.lightVerbs)) throw new Error('data file cameo-overrides.json: "lightVerbs" must be a list');
  return o.lightVerbs.map(String);
}

function words(list: WordList, synsets: () => Record<string, string[]>, field: string): Set<string> {
  if (!Array.isArray(list?.words)) throw new Error(`data file ${FILE}: "${field}.words" must be a list`);
  const out = new Set(list.words.map((w) => w.toLowerCase()));
  for (const name of list.synsets ?? []) {
    const set = synsets()[name];
    if (!set) throw new Error(`data file ${FILE}: "${field}" names synset ${name}, which the lexicon lacks`);
    for (const w of set) if (!w.includes(" ")) out.add(w.toLowerCase());
  }
  return out;
}

function listOf(rows: unknown, field: string): Set<string> {
  if (!Array.isArray(rows) || !rows.every((x) => typeof x === "string"))
    throw new Error(`data file ${FILE}: "${field}" must be a list of words`);
  return new Set(rows.map((x) => x.toLowerCase()));
}

function stanceEntries(rows: unknown): Map<string, { prep: string; category: RelationCategory; cameo: string }[]> {
  if (!Array.isArray(rows)) throw new Error(`data file ${FILE}: "stanceAdjectives.entries" must be a list`);
  const out = new Map<string, { prep: string; category: RelationCategory; cameo: string }[]>();
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 4 || !row.every((x) => typeof x === "string"))
      throw new Error(`data file ${FILE}: bad stanceAdjectives entry ${JSON.stringify(row)}`);
    const [adj, prep, category, cameo] = row as [string, string, RelationCategory, string];
    out.set(adj, [...(out.get(adj) ?? []), { prep, category, cameo }]);
  }
  return out;
}

function evaluativeWords(
  f: ReadingsFile["evaluativePredicates"] | undefined,
): Map<string, { category: RelationCategory; cameo: string }> {
  const out = new Map<string, { category: RelationCategory; cameo: string }>();
  for (const category of ["OPPOSITION", "SUPPORT"] as const) {
    const row = f?.[category];
    if (!row || typeof row.cameo !== "string" || !Array.isArray(row.words))
      throw new Error(`data file ${FILE}: "evaluativePredicates.${category}" needs cameo and words`);
    for (const w of row.words) out.set(w.toLowerCase(), { category, cameo: row.cameo });
  }
  return out;
}

function contestMin(n: unknown): number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
    throw new Error(`data file ${FILE}: "contestTexts.minDistinct" must be a positive integer`);
  return n;
}

function load(): Readings {
  const f = readDataFile<ReadingsFile>(FILE);
  let synsets: Record<string, string[]> | undefined;
  const syn = (): Record<string, string[]> => (synsets ??= lexiconSynsets());
  const admitOf = new Map<string, Admit>();
  for (const [field, cls] of [
    ["defeatVerbs", f.defeatVerbs],
    ["destructionVerbs", f.destructionVerbs],
    ["encircleVerbs", f.encircleVerbs],
    ["saidObjectVerbs", f.saidObjectVerbs],
  ] as const) {
    if (!Array.isArray(cls?.lemmas) || !ADMITS.includes(cls.admit))
      throw new Error(`data file ${FILE}: "${field}" needs lemmas and admit (one of ${ADMITS.join(", ")})`);
    for (const l of cls.lemmas) admitOf.set(l, cls.admit);
  }
  const modified = new Map<string, ReadonlySet<string>>();
  for (const [noun, mods] of Object.entries(f.modifiedEventNouns?.nouns ?? {})) modified.set(noun, new Set(mods));
  return {
    armed: words(f.armedNouns, syn, "armedNouns"),
    content: words(f.contentNouns, syn, "contentNouns"),
    reproach: words(f.reproachNouns, syn, "reproachNouns"),
    reproachCases: listOf(f.reproachNouns?.cases, "reproachNouns.cases"),
    intent: words(f.intentHeads, syn, "intentHeads"),
    victim: new Set(f.victimSubjectVerbs?.lemmas ?? []),
    victimAdjectives: listOf(f.victimSubjectVerbs?.adjectives, "victimSubjectVerbs.adjectives"),
    admitOf,
    modified,
    modifiedMeaning: { category: f.modifiedEventNouns.category, cameo: f.modifiedEventNouns.cameo },
    light: new Set([...words(f.lightVerbs, syn, "lightVerbs"), ...overrideLightVerbs()]),
    adjunctCases: new Set(f.adjunctEventCases?.cases ?? []),
    occasions: words(f.occasionNouns, syn, "occasionNouns"),
    parts: words(f.partNouns, syn, "partNouns"),
    occupy: words(f.occupyVerbs, syn, "occupyVerbs"),
    occupyCode: f.occupyVerbs?.cameo ?? "192",
    fall: listOf(f.occupyVerbs?.fallVerbs, "occupyVerbs.fallVerbs"),
    dismissVerbs: listOf(f.dismissalVerbs?.verbs, "dismissalVerbs.verbs"),
    dismissNouns: listOf(f.dismissalVerbs?.nouns, "dismissalVerbs.nouns"),
    dismissCode: f.dismissalVerbs?.cameo ?? "174",
    dismissPlay: listOf(f.dismissalVerbs?.contestSenses, "dismissalVerbs.contestSenses"),
    weaponVerbs: listOf(f.weaponVerbs?.verbs, "weaponVerbs.verbs"),
    weapons: words(f.weaponVerbs, syn, "weaponVerbs"),
    weaponPreps: listOf(f.weaponVerbs?.preps, "weaponVerbs.preps"),
    weaponCode: f.weaponVerbs?.cameo ?? "190",
    authors: words(f.authorVerbs, syn, "authorVerbs"),
    objectControl: words(f.objectControlVerbs, syn, "objectControlVerbs"),
    instrument: words(f.instrumentVerbs, syn, "instrumentVerbs"),
    controlNouns: words(f.controlNouns, syn, "controlNouns"),
    controlCategories: new Set(f.controlNouns?.categories ?? []),
    command: words(f.commandVerbs, syn, "commandVerbs"),
    accusation: words(f.accusationVerbs, syn, "accusationVerbs"),
    accusationCases: listOf(f.accusationVerbs?.cases, "accusationVerbs.cases"),
    guiltAdjectives: listOf(f.accusationVerbs?.adjectives, "accusationVerbs.adjectives"),
    stance: stanceEntries(f.stanceAdjectives?.entries),
    negators: words(f.negators, syn, "negators"),
    failed: words(f.failedHeads, syn, "failedHeads"),
    assertedUnderNegation: words(f.assertedUnderNegation, syn, "assertedUnderNegation"),
    stopVerbs: new Set(f.assertedUnderNegation?.stopVerbs ?? []),
    modals: words(f.modalAuxiliaries, syn, "modalAuxiliaries"),
    modalExempt: new Set(f.modalAuxiliaries.exempt ?? []),
    denied: words(f.deniedHeads, syn, "deniedHeads"),
    negatingMarks: words(f.negatingMarks, syn, "negatingMarks"),
    negatingPhrases: (f.negatingMarks?.phrases ?? []).map((x) => x.toLowerCase().split(" ")),
    patientPossessor: words(f.patientPossessorNouns, syn, "patientPossessorNouns"),
    stanceNouns: words(f.stanceNouns, syn, "stanceNouns"),
    noPersonWithBody: new Set(f.personWithBody?.categories ?? []),
    message: words(f.messageNouns, syn, "messageNouns"),
    receipt: words(f.receiptVerbs, syn, "receiptVerbs"),
    undergo: words(f.undergoVerbs, syn, "undergoVerbs"),
    undergoOfAgent: listOf(f.undergoVerbs?.ofAgent, "undergoVerbs.ofAgent"),
    undergoToHeads: listOf(f.undergoVerbs?.toHeads, "undergoVerbs.toHeads"),
    undergoOfHeads: listOf(f.undergoVerbs?.ofHeads, "undergoVerbs.ofHeads"),
    between: new Set(f.betweenParties?.cases ?? []),
    countrySlots: new Set(f.countryAudience?.slots ?? []),
    cite: words(f.citeVerbs, syn, "citeVerbs"),
    evaluative: evaluativeWords(f.evaluativePredicates),
    sportWords: words(f.contestTexts, syn, "contestTexts"),
    sportMinDistinct: contestMin(f.contestTexts?.minDistinct),
    contestLemmas: new Set(f.contestTexts?.contestLemmas ?? []),
  };
}

function data(): Readings {
  return (readings ??= load());
}

/** The preposition a noun takes ("for" in "pushed for strikes"), or "". */
function caseWord(doc: Doc, n: number): string {
  const c = doc.children(n).find((k) => doc.deprel[k] === "case" && k < n);
  return c === undefined ? "" : doc.lowerWord(c);
}

/** A general noun naming force through its modifier ("air operations", "a bombing campaign"), or undefined. */
export function modifiedEventNoun(doc: Doc, n: number): Reading | undefined {
  const d = data();
  const mods = d.modified.get(doc.lowerWord(n)) ?? d.modified.get(doc.lowerLemma(n));
  if (!mods) return undefined;
  for (const c of doc.children(n)) {
    const rel = doc.deprel[c] ?? "";
    if ((rel === "amod" || rel === "compound") && mods.has(doc.lowerWord(c)))
      return { category: d.modifiedMeaning.category, code: d.modifiedMeaning.cameo, label: doc.lowerWord(n) };
  }
  return undefined;
}

/** Pronouns that stand for a thing, never for a person removed from a post ("dismissed it"). */
const THING_PRONOUNS = new Set(["it", "this", "that", "which", "what"]);

/**
 * Removal from a post (`dismissalVerbs`): "the club sacked X", "X was fired by Y", "the dismissal of X by Y",
 * "X's sacking". A verb needs a name or a personal pronoun removed (its object, or its passive subject) and no
 * judging "as" phrase or complement ("dismissed X as a fraud"); the pair is read only with a person as the one
 * removed (`personPatient`). Undefined when the predicate is no such removal.
 */
export function dismissalMeaning(doc: Doc, p: number): Reading | undefined {
  const { dismissVerbs, dismissNouns, dismissCode, dismissPlay } = data();
  const lemma = doc.lowerLemma(p);
  const upos = doc.upos[p];
  // "the bowler dismissed X", "the referee dismissed Y": play in a report of a contest.
  if (dismissPlay.has(lemma) && isContestText(doc)) return undefined;
  const reading: Reading = { category: "COERCION", code: dismissCode, label: doc.lowerWord(p), admit: "personPatient" };
  if (upos === "NOUN") return dismissNouns.has(lemma) || dismissNouns.has(doc.lowerWord(p)) ? reading : undefined;
  if (upos !== "VERB" || !dismissVerbs.has(lemma)) return undefined;
  let removed = false;
  for (const c of doc.children(p)) {
    const rel = doc.deprel[c] ?? "";
    const judged = doc.children(c).some((k) => /^(case|mark)$/.test(doc.deprel[k] ?? "") && doc.lowerWord(k) === "as");
    if (rel === "xcomp" || ((rel.startsWith("obl") || rel === "advcl") && judged)) return undefined;
    if (rel !== "obj" && rel !== "nsubj:pass") continue;
    if (doc.upos[c] === "PROPN" || (doc.upos[c] === "PRON" && !THING_PRONOUNS.has(doc.lowerWord(c)))) removed = true;
  }
  return removed ? reading : undefined;
}

/** Prepositions of the place a struck common noun lies in ("a market in X", "positions near X"). */
const TARGET_PLACE_CASES = new Set(["in", "near", "outside", "around"]);

/**
 * A weapon sent at someone (`weaponVerbs`): "fired rockets at X", "dropped bombs on X", "threw stones at X". The
 * verb's object is a weapon; the target is its "at/on/into/toward" phrase, hung on the verb or on the weapon.
 * Undefined when the predicate is no such verb or names no weapon and target.
 */
export function weaponMeaning(doc: Doc, p: number): Reading | undefined {
  const { weaponVerbs, weapons, weaponPreps, weaponCode } = data();
  if (doc.upos[p] !== "VERB" || !weaponVerbs.has(doc.lowerLemma(p))) return undefined;
  const kids = doc.children(p);
  const weapon = kids.find(
    (c) =>
      (doc.deprel[c] === "obj" || doc.deprel[c] === "nsubj:pass") &&
      (weapons.has(doc.lowerWord(c)) || weapons.has(doc.lowerLemma(c))),
  );
  if (weapon === undefined) return undefined;
  const aimed = (c: number, rels: RegExp): boolean =>
    rels.test(doc.deprel[c] ?? "") && weaponPreps.has(caseWord(doc, c));
  // The nearest such phrase after the weapon ("fired rockets at X on Sunday": X, not the day).
  const target = [
    ...kids.filter((c) => c > weapon && aimed(c, /^obl/)),
    ...doc.children(weapon).filter((c) => aimed(c, /^nmod$/)),
  ].sort((a, b) => a - b)[0];
  if (target === undefined) return undefined;
  const label = `${doc.lowerWord(p)} ${doc.lowerWord(weapon)} ${caseWord(doc, target)}`;
  // "dropped bombs on a market in X": a common noun's place is where the force struck, as for an event noun's
  // target ("an attack on stations in X").
  const place =
    doc.upos[target] === "NOUN"
      ? doc.children(target).find((c) => doc.deprel[c] === "nmod" && TARGET_PLACE_CASES.has(caseWord(doc, c)))
      : undefined;
  return { category: "VIOLENCE", code: weaponCode, label, target: place ?? target };
}

/** Whether a token is a thing said or decided ("plan", "letter", "remarks"). */
export function isContent(doc: Doc, t: number): boolean {
  const { content } = data();
  return doc.upos[t] === "NOUN" && (content.has(doc.lowerWord(t)) || content.has(doc.lowerLemma(t)));
}

/**
 * The object (or passive subject) of a verb when it is a thing said or decided ("blasted the plan"), or -1; -2
 * when such a thing acts ("the report attacked X", "posters attacking X").
 */
function contentArgument(doc: Doc, p: number): number {
  for (const c of doc.children(p)) {
    const rel = doc.deprel[c] ?? "";
    if ((rel === "obj" || rel === "nsubj:pass") && isContent(doc, c)) return c;
    if ((rel === "nsubj" || rel === "obl:agent") && isContent(doc, c)) return -2;
  }
  const h = doc.head[p] ?? -1;
  if (h >= 0 && doc.deprel[p] === "acl" && isContent(doc, h)) return -2;
  return -1;
}

/** Prepositions of what a noun of force strikes ("an attack on X", "a raid against X"). */
const STRUCK_CASES = new Set(["on", "against", "upon"]);

/**
 * The preposition of a phrase naming the conduct a verb of force reproaches its object for ("attacked X for its
 * support of Y", "hammered X over his remarks"), or "" when the verb has no actor as object or no such phrase.
 */
function reproachedConduct(doc: Doc, p: number): string {
  const { reproach, reproachCases } = data();
  const kids = doc.children(p);
  const actor = kids.some(
    (c) => doc.deprel[c] === "obj" && (doc.upos[c] === "PROPN" || doc.upos[c] === "PRON") && !isContent(doc, c),
  );
  if (!actor) return "";
  for (const c of kids) {
    const rel = doc.deprel[c] ?? "";
    if (rel !== "obl" || doc.upos[c] !== "NOUN") continue;
    const prep = caseWord(doc, c);
    if (!reproachCases.has(prep)) continue;
    if (isContent(doc, c) || reproach.has(doc.lowerWord(c)) || reproach.has(doc.lowerLemma(c))) return prep;
  }
  return "";
}

/** The verb of intent above a predicate: its xcomp ("vowed to attack"), or an event noun as its object or oblique. */
function intentHead(doc: Doc, p: number): number {
  const h = doc.head[p] ?? -1;
  if (h < 0 || doc.upos[h] !== "VERB" || !data().intent.has(doc.lowerLemma(h))) return -1;
  const rel = doc.deprel[p] ?? "";
  // "vowed to attack": an xcomp, or the same infinitive a parser hangs as an adjunct.
  const infinitive =
    rel === "advcl" && doc.children(p).some((c) => doc.deprel[c] === "mark" && doc.lowerWord(c) === "to");
  if (doc.upos[p] === "VERB") return rel === "xcomp" || infinitive ? h : -1;
  return rel === "obj" || rel === "obl" ? h : -1;
}

/** Clause relations by which a verb of denial carries what it denies ("denied meeting X", "denied that it armed X"). */
const DENIED_RELS = new Set(["xcomp", "ccomp", "advcl"]);

/** Whether the predicate's clause negates it ("did not attack", "never met") or a verb of not doing controls it. */
function negated(doc: Doc, p: number): boolean {
  const { negators, failed, denied, negatingMarks } = data();
  if (doc.children(p).some((c) => doc.deprel[c] === "advmod" && negators.has(doc.lowerWord(c)))) return true;
  // "failed to inform X", "refused to meet X": controlled by a verb of not doing.
  const h = doc.head[p] ?? -1;
  if (h < 0) return false;
  const rel = doc.deprel[p] ?? "";
  const headNegated = doc.children(h).some((c) => doc.deprel[c] === "advmod" && negators.has(doc.lowerWord(c)));
  // "did not fail to attack X" asserts the attack.
  if (rel === "xcomp" && failed.has(doc.lowerLemma(h)) && !headNegated) return true;
  // "never ordered X to attack Y", "did not try to leave", "is not going to meet X": what a negated verb controls
  // did not happen either, except under verbs whose negation asserts it ("did not hesitate to attack Y").
  const infinitive =
    rel === "advcl" && doc.children(p).some((c) => doc.deprel[c] === "mark" && doc.lowerWord(c) === "to");
  const controlled = rel === "xcomp" || (infinitive && data().objectControl.has(doc.lowerLemma(h)));
  // "did not stop attacking X": a negated verb of stopping asserts the activity it takes as a gerund.
  const continued = data().stopVerbs.has(doc.lowerLemma(h)) && /ing$/.test(doc.lowerWord(p));
  if (
    controlled &&
    headNegated &&
    doc.upos[h] === "VERB" &&
    !continued &&
    !data().assertedUnderNegation.has(doc.lowerLemma(h))
  )
    return true;
  // "denied attacking X", "denied that troops entered X": the speaker says it did not happen.
  if (DENIED_RELS.has(rel) && doc.upos[h] === "VERB" && denied.has(doc.lowerLemma(h))) return true;
  // "left without consulting X", "instead of helping X": a clause its marker negates, and what its verb controls
  // ("instead of attempting to assist X").
  return markedNegation(doc, p, negatingMarks) || (rel === "xcomp" && markedNegation(doc, h, negatingMarks));
}

/** Whether a clause's marker negates it: a word ("without") or the last word of a phrase ("instead of"). */
function markedNegation(doc: Doc, v: number, marks: ReadonlySet<string>): boolean {
  const { negatingPhrases } = data();
  return doc.children(v).some((c) => {
    if (doc.deprel[c] !== "mark" && doc.deprel[c] !== "case") return false;
    if (marks.has(doc.lowerWord(c))) return true;
    // The marker is the phrase's last word ("of" after "instead") or its first, with the rest fixed to it.
    const at = (start: number, ws: string[]): boolean => ws.every((w, i) => doc.lowerWord(start + i) === w);
    return negatingPhrases.some((ws) => ws.length > 1 && (at(c - (ws.length - 1), ws) || at(c, ws)));
  });
}

/** Whether a modal auxiliary makes the predicate a possibility, not an event ("could invade X", "may join X"). */
function modal(doc: Doc, p: number): boolean {
  const { modals } = data();
  if (doc.children(p).some((c) => doc.deprel[c] === "aux" && modals.has(doc.lowerWord(c)))) return true;
  // "could try to attack X": the modal on the verb that controls the predicate.
  const h = doc.head[p] ?? -1;
  return (
    h >= 0 &&
    doc.deprel[p] === "xcomp" &&
    doc.children(h).some((c) => doc.deprel[c] === "aux" && modals.has(doc.lowerWord(c)))
  );
}

/**
 * Whether a predicate's clause does not assert that it happened (negated, denied, failed, or modal) for a
 * relation of this category. Static patterns ask it of the verbs they match ("never coached X").
 */
export function unasserted(doc: Doc, p: number, category?: RelationCategory): boolean {
  if (negated(doc, p)) return true;
  return (category === undefined || !data().modalExempt.has(category)) && modal(doc, p);
}

/** Whether a verb's subject suffers its event (`victimSubjectVerbs`: "X died in Y", "X was wounded in Y"). */
export function isVictimVerb(doc: Doc, p: number): boolean {
  if (doc.upos[p] === "VERB") return data().victim.has(doc.lowerLemma(p));
  // "X was wounded in ...": a participle of suffering parsed as a copular adjective.
  return (
    doc.upos[p] === "ADJ" &&
    data().victimAdjectives.has(doc.lowerWord(p)) &&
    doc.children(p).some((c) => doc.deprel[c] === "cop")
  );
}

/** Whether an event noun's possessor, with no "of" phrase, is the one the act was done to ("the suspect's arrest"). */
export function possessorIsPatient(doc: Doc, n: number): boolean {
  const { patientPossessor } = data();
  return patientPossessor.has(doc.lowerWord(n)) || patientPossessor.has(doc.lowerLemma(n));
}

/** Whether a noun names people by their stance toward someone ("critic", "supporters", "allies"). */
export function isStanceNoun(doc: Doc, n: number): boolean {
  const { stanceNouns } = data();
  return stanceNouns.has(doc.lowerWord(n)) || stanceNouns.has(doc.lowerLemma(n));
}

const contestDocs = new WeakMap<Doc, boolean>();

/** Whether the article reports a sports contest: it uses enough distinct words of sport (`contestTexts`). */
export function isContestText(doc: Doc): boolean {
  let known = contestDocs.get(doc);
  if (known === undefined) {
    const { sportWords, sportMinDistinct } = data();
    const seen = new Set<string>();
    for (let i = 0; i < doc.length && seen.size < sportMinDistinct; i++) {
      const w = doc.lowerWord(i);
      if (sportWords.has(w)) seen.add(w);
    }
    known = seen.size >= sportMinDistinct;
    contestDocs.set(doc, known);
  }
  return known;
}

/** A coded predicate read in its clause: criticism, a threat, or an event that needs an armed side. */
export function inContext(doc: Doc, p: number, meaning: Reading | undefined): Reading | undefined {
  if (!meaning || unasserted(doc, p, meaning.category)) return undefined;
  // "faced X in the final", "challenged Y for the title": in a report of a contest, its verbs of rivalry are play.
  if (meaning.category === "OPPOSITION" && data().contestLemmas.has(doc.lowerLemma(p)) && isContestText(doc))
    return undefined;
  const verbAlone = meaning.verbDefault && doc.upos[p] === "VERB";
  const admit = verbAlone ? data().admitOf.get(doc.lowerLemma(p)) : undefined;
  if (admit === "notPatient") return { ...meaning, admit };
  const force = meaning.category === "VIOLENCE";
  if (!force && meaning.category !== "COERCION") return meaning;
  if (verbAlone && data().victim.has(doc.lowerLemma(p))) return undefined;
  if (force && doc.upos[p] === "VERB") {
    const c = contentArgument(doc, p);
    if (c >= 0) return { category: "OPPOSITION", code: "111", label: meaning.label, target: c };
    if (c === -2) return { category: "OPPOSITION", code: "111", label: meaning.label };
    const reason = reproachedConduct(doc, p);
    if (reason) return { category: "OPPOSITION", code: "111", label: `${meaning.label} ${reason}` };
  }
  if (force && doc.upos[p] === "NOUN") {
    // "launched an attack on the government's plans", "a fierce assault on X's record": force on a thing said or
    // decided is criticism of its author.
    const c = doc
      .children(p)
      .find((k) => (doc.deprel[k] ?? "").startsWith("nmod") && STRUCK_CASES.has(caseWord(doc, k)) && isContent(doc, k));
    if (c !== undefined) return { category: "OPPOSITION", code: "111", label: meaning.label, target: c };
  }
  const h = intentHead(doc, p);
  // "called on X to release Y", "vowed to free Y": a release asked for or promised has not happened, and yielding
  // a detainee is no threat to them; the call or vow itself is read from its own verb.
  if (h >= 0 && meaning.code.startsWith("08")) return undefined;
  if (h >= 0)
    return {
      category: "OPPOSITION",
      code: force ? "138" : "130",
      label: [doc.lowerWord(h), doc.upos[p] === "VERB" ? "to" : caseWord(doc, p), meaning.label]
        .filter(Boolean)
        .join(" "),
      ...(meaning.target !== undefined ? { target: meaning.target } : {}),
    };
  if (force && admit) return { ...meaning, admit };
  // A side that "attacks" or "beats" another in a report of a sports contest is play, unless an armed body is on
  // a side.
  if (force && isContestText(doc)) return { ...meaning, admit: "armedSide" };
  return meaning;
}

/** An argument: the entity span and the token through which the predicate reached it. */
export interface SideArg {
  span: EntitySpan;
  token: number;
}

/**
 * Whether an armed body is the side: heading the name ("Iraqi forces", "the X Army") or the noun the name
 * modifies ("Ruritanian troops", "rebels from X").
 */
function armed(doc: Doc, a: SideArg): boolean {
  const { armed: nouns } = data();
  const h = doc.head[a.token] ?? -1;
  return nouns.has(doc.lowerWord(a.span.end - 1)) || (h >= 0 && doc.upos[h] === "NOUN" && nouns.has(doc.lowerWord(h)));
}

/**
 * Whether an argument is an armed or police body ("Kessel police", "the army"): the one that arrests or detains
 * when it reports an arrest or detention with no agent of its own.
 */
export function isForce(doc: Doc, a: SideArg): boolean {
  return armed(doc, a);
}

/**
 * A verb, or an event noun a light verb takes ("signed a deal with X"), or one set beside a person's name ("X,
 * a partner of Y": a post in a firm); not a noun describing a party ("an ally of X").
 */
function madeOrSigned(doc: Doc, p: number): boolean {
  if (doc.upos[p] === "VERB" || doc.deprel[p] === "appos") return true;
  const h = doc.head[p] ?? -1;
  return h >= 0 && doc.deprel[p] === "obj" && data().light.has(doc.lowerLemma(h));
}

/** Whether a source-target pair may be read as the predicate's event (always, unless the reading restricts it). */
export function admitsPair(
  doc: Doc,
  meaning: Reading,
  source: SideArg,
  target: SideArg,
  slot: string,
  predicate = -1,
): boolean {
  // "signed a deal with a studio": a person's pact with a body is a contract, not an alliance ("an ally of X", a
  // noun, still is one).
  const mixed = (source.span.type === "PERSON") !== (target.span.type === "PERSON");
  if (mixed && data().noPersonWithBody.has(meaning.category) && madeOrSigned(doc, predicate)) return false;
  // "held talks with X", "told X": a country spoken to is a counterpart, not where someone went ("went to X").
  if (meaning.category === "STATEMENT" && target.span.type === "COUNTRY") return data().countrySlots.has(slot);
  if (!meaning.admit) return true;
  // What is claimed or mourned is no opponent; an oblique, a pattern's slot or a content noun's author is.
  if (meaning.admit === "notPatient") return slot !== "patient";
  // "sacked X", "the dismissal of X": only a person is removed from a post.
  if (meaning.admit === "personPatient") return slot === "patient" && target.span.type === "PERSON";
  if (armed(doc, source) || armed(doc, target)) return true;
  return meaning.admit === "armedSideOrPlace" && target.span.type === "LOCATION";
}

/** Whether a verb lends its subject to the event noun it takes as object ("mounted an attack", "held talks"). */
export function isLightVerb(doc: Doc, v: number): boolean {
  return data().light.has(doc.lowerLemma(v));
}

/** Whether an adjunct event noun with this preposition is the clause subject's own act ("in an interview with"). */
export function isOwnAdjunct(prep: string): boolean {
  return data().adjunctCases.has(prep);
}

/** Whether a noun names an occasion its clause's subject speaks or meets at ("an interview", "a meeting"). */
export function isOccasionNoun(doc: Doc, n: number): boolean {
  const { occasions } = data();
  return occasions.has(doc.lowerWord(n)) || occasions.has(doc.lowerLemma(n));
}

/** The CAMEO code of taking territory when a verb or noun of seizing (`occupyVerbs`) takes a place, or undefined. */
export function occupationCode(doc: Doc, p: number): string | undefined {
  const { occupy, occupyCode } = data();
  const upos = doc.upos[p];
  return (upos === "VERB" || upos === "NOUN") && occupy.has(doc.lowerLemma(p)) ? occupyCode : undefined;
}

/**
 * A place that fell to an actor ("X fell to the rebels"): the verb's place subject and the actor its "to" phrase
 * names, as tokens, with the CAMEO code of taking territory; undefined for other verbs.
 */
export function fallenTo(doc: Doc, p: number): { place: number; taker: number; code: string } | undefined {
  const { fall, occupyCode } = data();
  if (doc.upos[p] !== "VERB" || !fall.has(doc.lowerLemma(p))) return undefined;
  const kids = doc.children(p);
  const place = kids.find((c) => doc.deprel[c] === "nsubj");
  const taker = kids.find((c) => (doc.deprel[c] ?? "").startsWith("obl") && caseWord(doc, c) === "to");
  return place === undefined || taker === undefined ? undefined : { place, taker, code: occupyCode };
}

/**
 * The whole a part noun names in its "of" phrase ("parts of X", "most of X", "the outskirts of X": X), or -1 when
 * `n` is no part noun or has no such phrase.
 */
export function partitiveWhole(doc: Doc, n: number): number {
  const { parts } = data();
  if (!parts.has(doc.lowerWord(n)) && !parts.has(doc.lowerLemma(n))) return -1;
  const of = doc.children(n).find((c) => c > n && doc.deprel[c] === "nmod" && caseWord(doc, c) === "of");
  return of ?? -1;
}

/** Whether a verb's subject makes the thing said or written it takes as object ("issued a statement"). */
export function isAuthorVerb(doc: Doc, v: number): boolean {
  const { authors } = data();
  return authors.has(doc.lowerLemma(v));
}

/** Whether a verb's object is the means its subject acts through ("sent troops to fight Y"). */
export function isInstrumentVerb(doc: Doc, v: number): boolean {
  return data().instrument.has(doc.lowerLemma(v));
}

/** Whether a noun of an effort or commitment lends its possessor to its infinitive ("X's attempts to undermine Y"). */
export function isControlNoun(doc: Doc, n: number): boolean {
  return doc.upos[n] === "NOUN" && data().controlNouns.has(doc.lowerWord(n));
}

/** The categories a noun of effort lends its doer to (verbal acts; force is left to the readings of intent). */
export function controlNounCategory(category: RelationCategory): boolean {
  return data().controlCategories.has(category);
}

/**
 * Whether a verb's subject commands or sends the force that does what its infinitive says ("ordered troops to fire
 * on Y", "sent police to break up Y"): the act is the subject's too.
 */
export function isCommandVerb(doc: Doc, v: number): boolean {
  const d = data();
  const l = doc.lowerLemma(v);
  return d.command.has(l) || d.instrument.has(l);
}

/**
 * Whether a verb holds its object to account for the act its phrase with `prep` names ("blamed X for the bombing
 * of Y", "charged X with the murder of Y").
 */
export function isAccusation(doc: Doc, v: number, prep: string): boolean {
  const d = data();
  return d.accusation.has(doc.lowerLemma(v)) && d.accusationCases.has(prep);
}

/** Whether an adjective says its subject did the act its phrase names ("responsible for", "guilty of"). */
export function isGuiltAdjective(doc: Doc, a: number): boolean {
  return data().guiltAdjectives.has(doc.lowerLemma(a));
}

/** Whether a verb's object does what its infinitive says ("ordered X to attack Y"). */
export function isObjectControlVerb(doc: Doc, v: number): boolean {
  return data().objectControl.has(doc.lowerLemma(v));
}

/**
 * The stance an adjective with a subject states toward the phrase with its preposition ("X is critical of Y",
 * "X was opposed to Y"), that phrase as the target; undefined for other adjectives or without a subject.
 */
export function stanceAdjective(doc: Doc, a: number): Reading | undefined {
  const entries = data().stance.get(doc.lowerWord(a)) ?? data().stance.get(doc.lowerLemma(a));
  if (!entries) return undefined;
  const kids = doc.children(a);
  if (!kids.some((k) => doc.deprel[k] === "nsubj")) return undefined;
  for (const e of entries)
    for (const k of kids) {
      const d = doc.deprel[k] ?? "";
      if ((d === "obl" || d === "nmod" || d.startsWith("obl:")) && caseWord(doc, k) === e.prep)
        return { category: e.category, code: e.cameo, label: `${doc.lowerWord(a)} ${e.prep}`, target: k };
    }
  return undefined;
}

/** Whether a verb states an intent, call or threat ("urged", "pushed for", "vowed"). */
export function isIntentVerb(doc: Doc, v: number): boolean {
  return data().intent.has(doc.lowerLemma(v));
}

/** Whether a noun names a message sent by its "from" phrase ("a letter from X", "a call from X"). */
export function isMessageNoun(doc: Doc, n: number): boolean {
  const { message } = data();
  return message.has(doc.lowerWord(n)) || message.has(doc.lowerLemma(n));
}

/** Whether a verb's subject receives the message it takes as object ("received a letter from X"). */
export function isReceiptVerb(doc: Doc, v: number): boolean {
  return data().receipt.has(doc.lowerLemma(v));
}

/**
 * How a verb's subject stands to the event noun it takes as object: "undergo" when the subject undergoes or receives
 * the act ("faced criticism from Y"), "undergo-of" when the noun's "of" phrase is then its actor too ("won the
 * backing of Y"); undefined otherwise.
 */
export function undergoes(doc: Doc, v: number): "undergo" | "undergo-of" | undefined {
  const d = data();
  const l = doc.lowerLemma(v);
  if (!d.undergo.has(l)) return undefined;
  return d.undergoOfAgent.has(l) ? "undergo-of" : "undergo";
}

/**
 * Whether a word whose phrase with `prep` an event noun is makes its subject the one the act is done to ("subjected
 * to attacks", "the target of an attack", "the victim of a kidnapping").
 */
export function isUndergoneHead(doc: Doc, h: number, prep: string): boolean {
  const d = data();
  const l = doc.lowerLemma(h);
  return (prep === "to" && d.undergoToHeads.has(l)) || (prep === "of" && d.undergoOfHeads.has(l));
}

/** Whether an event noun's phrase with this preposition names its parties ("talks between X and Y"). */
export function namesParties(prep: string): boolean {
  return data().between.has(prep);
}

/**
 * What a noun or adjective predicated of someone says of them when a speaker says it ("Y is untrustworthy", "a
 * threat", "a partner"): criticism or praise with its CAMEO code; undefined for other words or a negated predicate.
 */
export function evaluationOf(doc: Doc, k: number): Reading | undefined {
  const { evaluative } = data();
  const of = (i: number): { category: RelationCategory; cameo: string } | undefined =>
    evaluative.get(doc.lowerWord(i)) ?? evaluative.get(doc.lowerLemma(i));
  // "a terrorist organization", "a reliable partner": the word, or a modifier of a noun that names a kind of actor.
  let word = k;
  let e = of(k);
  if (!e)
    for (const c of doc.children(k))
      if ((doc.deprel[c] === "amod" || doc.deprel[c] === "compound") && c < k && (e = of(c))) {
        word = c;
        break;
      }
  if (!e || negated(doc, k)) return undefined;
  return { category: e.category, code: e.cameo, label: `called ${doc.lowerWord(word)}` };
}

/** Whether a verb cites the author of its object ("quoting a report by X"). */
export function citesAuthor(doc: Doc, v: number): boolean {
  return data().cite.has(doc.lowerLemma(v));
}
