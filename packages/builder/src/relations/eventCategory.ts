// What a predicate means: its ontology category and CAMEO code. Event verbs and nouns are coded by the CAMEO
// lexicon built from PETRARCH2's dictionary (src/events); the categories CAMEO has no root for (movement,
// alliance, association, holding a position) come from the small lemma map below, which also backs up the
// lexicon for common verbs it leaves uncoded. Every caller goes through `eventCategoryOf`.
import type { RelationCategory } from "@newskg/graph-model";
import { loadCameoLexicon, type CameoLexicon } from "../events/index.js";
import type { Doc } from "../nlp/doc.js";
import { caseOf } from "./predicates.js";
import {
  dismissalMeaning,
  weaponMeaning,
  inContext,
  modifiedEventNoun,
  stanceAdjective,
  type Reading,
} from "./eventReadings.js";
import { readDataFile } from "../data/readDataFile.js";
import { reportsDisclosure } from "./speechAddressees.js";

/** What a predicate means: one shape, declared with the readings that refine it. */
export type PredicateMeaning = Reading;

/** Categories outside CAMEO's roots: read from the lemma map before the lexicon. */
const NON_CAMEO = new Set<RelationCategory>(["MOVEMENT", "ROLE", "ASSOCIATION", "ALLIANCE"]);
let lexicon: CameoLexicon | undefined;

type Entry = [lemmas: string, category: RelationCategory, cameo: string];

const VERBS: Entry[] = [
  ["say tell state add explain note write report claim speak talk insist announce comment testify", "STATEMENT", "010"],
  ["cite quote", "STATEMENT", "010"],
  ["ask urge appeal call request", "STATEMENT", "020"],
  ["meet host visit", "STATEMENT", "040"],
  ["praise welcome thank congratulate commend applaud hail endorse back support defend", "SUPPORT", "051"],
  // Putting someone forward for a post endorses them ("was nominated by X to the court", "X nominated Y for").
  ["nominate", "SUPPORT", "051"],
  ["pledge promise offer vow", "SUPPORT", "030"],
  ["help aid assist shelter protect rescue fund finance supply arm", "SUPPORT", "070"],
  ["cooperate collaborate", "SUPPORT", "060"],
  ["condemn denounce criticize criticise slam rebuke blast decry", "OPPOSITION", "111"],
  ["accuse blame reject oppose deny dismiss", "OPPOSITION", "112"],
  ["protest rally demonstrate march", "OPPOSITION", "141"],
  ["threaten warn", "OPPOSITION", "130"],
  ["demand", "OPPOSITION", "100"],
  ["sue", "OPPOSITION", "115"],
  ["boycott snub", "OPPOSITION", "160"],
  ["summon", "OPPOSITION", "160"],
  ["arrest detain apprehend capture nab", "COERCION", "173"],
  ["charge indict prosecute convict sentence jail imprison", "COERCION", "173"],
  ["deport expel extradite", "COERCION", "174"],
  ["sanction ban fine suspend", "COERCION", "163"],
  ["raid seize confiscate", "COERCION", "171"],
  ["release free", "COERCION", "084"],
  ["attack bomb shell strike ambush assault storm", "VIOLENCE", "190"],
  ["kill murder assassinate shoot wound injure stab behead execute", "VIOLENCE", "180"],
  ["invade occupy annex", "VIOLENCE", "192"],
  ["fight clash battle", "VIOLENCE", "190"],
  ["abduct kidnap", "VIOLENCE", "181"],
  [
    "enter arrive come flee travel fly move migrate emigrate immigrate relocate return cross leave head escape tour",
    "MOVEMENT",
    "",
  ],
  ["lead head chair found co-found join work serve play draw represent coach manage run", "ROLE", ""],
  ["buy acquire merge", "ASSOCIATION", ""],
  ["ally partner sign", "ALLIANCE", "057"],
  ["order launch declare mobilize mobilise", "ANNOUNCEMENT", "015"],
];

const NOUNS: Entry[] = [
  ["talk meeting visit interview", "STATEMENT", "040"],
  ["address speech testimony statement remarks announcement", "STATEMENT", "010"],
  // Messages: their sender ("from") and addressee ("to", or the subject of "received") (event-readings.json).
  ["message letter email e-mail call", "STATEMENT", "010"],
  ["negotiation negotiations", "STATEMENT", "040"],
  ["support praise aid assistance help pledge endorsement backing congratulations tribute gratitude", "SUPPORT", "051"],
  ["criticism condemnation protest opposition accusation", "OPPOSITION", "111"],
  // Standing against someone named by a noun ("X's resistance to Y", "a feud with Y", "the standoff between X and
  // Y"); not "threat" or "challenge", whose "of" phrase is who threatens or challenges ("the threat of X").
  ["resistance", "OPPOSITION", "120"],
  ["dispute feud rift spat quarrel standoff", "OPPOSITION", "110"],
  ["arrest detention sanction raid capture", "COERCION", "173"],
  ["attack invasion assault offensive strike bombing war killing", "VIOLENCE", "190"],
  // Nouns of force with no verb of the same form in the dictionary (so not among its event nouns).
  ["airstrike bombardment shelling siege incursion", "VIOLENCE", "190"],
  ["murder assassination stabbing", "VIOLENCE", "180"],
  ["kidnapping abduction", "VIOLENCE", "181"],
  ["alliance pact treaty partnership agreement deal accord", "ALLIANCE", "057"],
  ["ally partner", "ALLIANCE", "057"],
  // People by their stance toward someone ("X, a critic of Y", "X is an opponent of Y", "Y's backers").
  ["critic opponent detractor foe enemy adversary", "OPPOSITION", "111"],
  ["supporter backer", "SUPPORT", "051"],
];

type Phrasal = [lemma: string, particle: string, prep: string, category: RelationCategory, cameo: string];

/**
 * Verbs whose meaning lies in the preposition (and particle) they take ("work with X", "hit out at X"):
 * data/phrasal-verbs.json, the oblique with that preposition is the target.
 */
const PHRASAL_BY_LEMMA = phrasalByLemma(readDataFile<{ entries: unknown }>("phrasal-verbs.json").entries);

function phrasalByLemma(entries: unknown): Map<string, Phrasal[]> {
  const rows = Array.isArray(entries) ? entries : [];
  if (!rows.length) throw new Error('data file phrasal-verbs.json: "entries" must be a non-empty list');
  const byLemma = new Map<string, Phrasal[]>();
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 5 || !row.every((x) => typeof x === "string"))
      throw new Error(`data file phrasal-verbs.json: bad entry ${JSON.stringify(row)}`);
    const e = row as Phrasal;
    byLemma.set(e[0], [...(byLemma.get(e[0]) ?? []), e]);
  }
  return byLemma;
}

/** Words of a verb's particles and stranded prepositions: its children, their particles and case words. */
function nearWords(doc: Doc, p: number): Set<string> {
  const near = new Set<string>();
  for (const c of doc.children(p)) {
    near.add(doc.lowerWord(c));
    for (const k of doc.children(c)) {
      const d = doc.deprel[k] ?? "";
      if (d === "case" || d === "compound:prt") near.add(doc.lowerWord(k));
    }
  }
  return near;
}

function caseWords(doc: Doc, c: number): string[] {
  return doc
    .children(c)
    .filter((k) => doc.deprel[k] === "case")
    .map((k) => doc.lowerWord(k));
}

function isPassiveVerb(doc: Doc, p: number): boolean {
  return doc.children(p).some((c) => doc.deprel[c] === "aux:pass" || doc.deprel[c] === "nsubj:pass");
}

/**
 * The phrasal reading of a verb with the preposition (and particle) of an entry, its oblique as the target. In the
 * passive the preposition is stranded ("X was voted for by Y", "X was cracked down on by Y"): it hangs on the verb
 * as a particle, or shares the agent's phrase with "by"; the passive subject is then the target (frameOf reads it
 * as the patient), and the "by" phrase the agent, never the target.
 */
function phrasalMeaning(doc: Doc, p: number): PredicateMeaning | undefined {
  const entries = PHRASAL_BY_LEMMA.get(doc.lowerLemma(p));
  if (!entries) return undefined;
  const kids = doc.children(p);
  const near = nearWords(doc, p);
  const passive = isPassiveVerb(doc, p);
  const word = doc.lowerWord(p);
  for (const [, particle, prep, category, code] of entries) {
    if (particle && !near.has(particle)) continue;
    const label = [word, particle, prep].filter(Boolean).join(" ");
    for (const c of kids) {
      const d = doc.deprel[c] ?? "";
      if (d !== "obl" && !d.startsWith("obl:")) continue;
      const own = caseWords(doc, c);
      if (caseOf(doc, c) !== prep && !own.includes(prep)) continue;
      if (passive && (own.includes("by") || d === "obl:agent")) {
        const subject = kids.find((k) => doc.deprel[k] === "nsubj:pass");
        return subject === undefined ? { category, code, label } : { category, code, label, target: subject };
      }
      return { category, code, label, target: c };
    }
    if (passive && near.has(prep)) {
      const subject = kids.find((k) => doc.deprel[k] === "nsubj:pass");
      return subject === undefined ? { category, code, label } : { category, code, label, target: subject };
    }
  }
  return undefined;
}

function index(entries: Entry[]): Map<string, PredicateMeaning> {
  const m = new Map<string, PredicateMeaning>();
  for (const [lemmas, category, code] of entries)
    for (const l of lemmas.split(" ")) if (!m.has(l)) m.set(l, { category, code, label: l });
  return m;
}
const VERB_MEANING = index(VERBS);
const NOUN_MEANING = index(NOUNS);

/** The category of a predicate token (a verb, or an event noun), or undefined when it states none. */
export function eventCategoryOf(doc: Doc, predicate: number): PredicateMeaning | undefined {
  const upos = doc.upos[predicate];
  // "X is critical of Y": an adjective of a stance, with its subject and the phrase it takes.
  if (upos === "ADJ") return inContext(doc, predicate, stanceAdjective(doc, predicate));
  if (upos !== "VERB" && upos !== "NOUN" && upos !== "PROPN") return undefined;
  lexicon ??= loadCameoLexicon();
  return meaningOf(doc, predicate, lexicon);
}

function meaningOf(doc: Doc, predicate: number, lex: CameoLexicon): PredicateMeaning | undefined {
  return inContext(doc, predicate, codedMeaning(doc, predicate, lex));
}

function codedMeaning(doc: Doc, predicate: number, lex: CameoLexicon): PredicateMeaning | undefined {
  if (doc.upos[predicate] === "VERB") {
    // "fired rockets at X", "dropped bombs on X": a weapon sent at someone (event-readings.json weaponVerbs),
    // before the phrasal reading ("fire on X"), which would take a time phrase ("fired rockets at X on Monday").
    const weapon = weaponMeaning(doc, predicate);
    if (weapon) return weapon;
    const phrasal = phrasalMeaning(doc, predicate);
    if (phrasal) return phrasal;
    // "sacked X", "X was fired": removal from a post (event-readings.json dismissalVerbs).
    const dismissal = dismissalMeaning(doc, predicate);
    if (dismissal) return dismissal;
    // "confirmed to Y that ...", "admitted to Y that ...": the dictionary leaves these uncoded or files them under
    // cooperation; reporting words to someone they are statements.
    if (reportsDisclosure(doc, predicate))
      return { category: "STATEMENT", code: "010", label: doc.lowerWord(predicate) };
  } else {
    const modified = modifiedEventNoun(doc, predicate);
    if (modified) return modified;
    const dismissal = dismissalMeaning(doc, predicate);
    if (dismissal) return dismissal;
  }
  const own = mappedMeaning(doc, predicate);
  if (own && NON_CAMEO.has(own.category)) return own;
  if (own && judgesAct(doc, predicate, own, lex)) return own;
  const m = lex.match(doc, predicate);
  if (m) {
    const meaning: PredicateMeaning = { category: m.category, code: m.code, label: m.label };
    if (m.pattern === "*") meaning.verbDefault = true;
    // A speech verb's object is what was said, not who it was said to ("suggested X did ..."): the reader decides
    // which speech verbs take their audience as object; only a pattern's own slot names a target here.
    if (m.target !== undefined && !(m.category === "STATEMENT" && m.pattern === "*")) meaning.target = m.target;
    return meaning;
  }
  return own;
}

/** CAMEO roots of judging: praise and endorsement (05), disapproval (11), rejection (12). */
const JUDGING_ROOTS = new Set(["05", "11", "12"]);

/**
 * A verb of judging whose object is an act done to someone ("condemned the arrest of Y", "praised the raid on Y"):
 * it keeps its own sense, toward whoever did the act (the reader finds them). The dictionary's phrase patterns
 * for such objects make the one the act was done to the target, with the stance turned around.
 */
function judgesAct(doc: Doc, v: number, own: PredicateMeaning, lex: CameoLexicon): boolean {
  if (doc.upos[v] !== "VERB" || !JUDGING_ROOTS.has(own.code.slice(0, 2))) return false;
  return doc.children(v).some((c) => {
    if (doc.deprel[c] !== "obj" || doc.upos[c] !== "NOUN") return false;
    const act = inContext(doc, c, codedMeaning(doc, c, lex))?.category;
    return act === "VIOLENCE" || act === "COERCION";
  });
}

function mappedMeaning(doc: Doc, predicate: number): PredicateMeaning | undefined {
  const upos = doc.upos[predicate];
  const lemma = doc.lowerLemma(predicate);
  if (upos === "VERB") {
    const m = VERB_MEANING.get(lemma);
    if (!m) return undefined;
    // "said it would" / "told reporters": the word as written is the label.
    return { ...m, label: (doc.words[predicate] ?? lemma).toLowerCase() };
  }
  if (upos === "NOUN" || upos === "PROPN") {
    const m = NOUN_MEANING.get(lemma) ?? NOUN_MEANING.get(lemma.replace(/s$/, ""));
    return m ? { ...m, label: (doc.words[predicate] ?? lemma).toLowerCase() } : undefined;
  }
  return undefined;
}
