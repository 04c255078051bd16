// Pronouns and generic descriptions ("she", "its", "the group") resolved through the parse: the candidate must
// agree in type (he/she -> person; it/its -> organization or country; they -> organization, country or a group),
// subjects are preferred over other mentions (centering: the subject of the previous sentence is the likeliest
// antecedent), a pronoun object is never the subject of its own clause (binding), and first-person pronouns in a
// reported clause are the speaker's.
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import { loadGazetteer } from "../ner/loadGazetteer.js";
import { readDataFile, stringList } from "../data/readDataFile.js";
import { STATIC_PATTERNS } from "./staticPatterns.js";
import { TITLE_ABBREVIATIONS } from "./titleLexicon.js";
import type { EntitySpan } from "./types.js";
import { ORG_MEMBER_NOUNS, PEOPLE_NOUNS, PLACE_AGENT_NOUNS } from "./argumentRoles.js";

/** Plural people nouns a name modifies that "they" may stand for (they stand for the body named on them). */
const GROUP_NOUNS = new Set([...PEOPLE_NOUNS, ...ORG_MEMBER_NOUNS].filter((w) => /s$/.test(w)));

const PERSON_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
const THING_PRONOUNS = new Set(["it", "its", "itself"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "themselves"]);
const FIRST_PERSON = new Set(["i", "me", "my", "myself"]);
/** First person plural: inside a quote, the speaker (who speaks for the group) stands for it. */
const FIRST_PLURAL = new Set(["we", "us", "our", "ourselves"]);
const OBJECT_RELS = new Set(["obj", "iobj", "obl"]);
const OPEN_QUOTES = new Set(["“", "``"]);
const CLOSE_QUOTES = new Set(["”", "''"]);
/** Quotes longer than this many sentences are taken as a quote left open by mistake (no speaker carried). */
const MAX_QUOTE_SENTENCES = 6;
const REFLEXIVE = new Set(["himself", "herself", "itself", "themselves", "myself"]);
/**
 * Verbs of saying that attribute a quotation to their subject ('"...," she warned', 'X spoke to reporters. "We
 * ..."'): the common attribution verbs of news style, not only "say" and "tell".
 */
const SPEECH_LEMMAS = new Set(
  `say tell add state explain write insist claim report note speak warn announce declare argue reply respond tweet
   post stress testify recall admit acknowledge vow`.split(/\s+/),
);
/**
 * Organization nouns that, with "the", refer back only to an organization named with them, and the media nouns
 * that stand for each other (data/reference-nouns.json).
 */
const REFERENCE_NOUNS = readDataFile<Record<string, unknown>>("reference-nouns.json");
const DESCRIBED_ORG_NOUNS = new Set([
  ...stringList(REFERENCE_NOUNS, "describedOrgNouns", "reference-nouns.json"),
  ...stringList(REFERENCE_NOUNS, "institutionNouns", "reference-nouns.json"),
]);
/** A generic description noun ("the company", "the city"): the types and organization kinds it may stand for. */
interface DescriptionNoun {
  types: EntityType[];
  kinds?: string[];
}
const DESCRIPTION_NOUNS = REFERENCE_NOUNS["descriptionNouns"] as Record<string, DescriptionNoun>;
/** Generic organization nouns that, with "the", refer back to an organization named before. */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set(
  Object.keys(DESCRIPTION_NOUNS).filter((n) => DESCRIPTION_NOUNS[n]!.types.includes("ORGANIZATION")),
);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);
/** The kinds of organization a name's last word tells ("... Ministry": government). */
const KINDS_OF_HEAD = new Map<string, string[]>();
for (const [kind, heads] of Object.entries(REFERENCE_NOUNS["organizationKinds"] as Record<string, string[]>))
  for (const h of heads) KINDS_OF_HEAD.set(h, [...(KINDS_OF_HEAD.get(h) ?? []), kind]);

/**
 * Whether an organization's name is of a kind a description allows ("the company" is no "... Ministry"); a name
 * whose last word tells no kind ("Velmar", an acronym) is of any kind.
 */
function kindAllows(doc: Doc, span: EntitySpan, kinds: readonly string[] | undefined): boolean {
  if (!kinds || span.type !== "ORGANIZATION" || !on("kinds")) return true;
  const own = KINDS_OF_HEAD.get(doc.lowerWord(span.end - 1));
  return !own || own.some((k) => kinds.includes(k));
}

/**
 * The possessive pronoun on a singular generic organization noun ("his party", "their company"), or -1: no name
 * on the noun, no clause introducing a new one.
 */
function possessedDescription(doc: Doc, t: number, covered: (k: number) => boolean): number {
  const lemma = doc.lowerLemma(t);
  if (!GENERIC_ORG_NOUNS.has(lemma) || doc.lowerWord(t) !== lemma) return -1;
  let possessor = -1;
  for (const c of doc.children(t)) {
    const d = doc.deprel[c] ?? "";
    if (covered(c) || d.startsWith("acl") || d === "appos" || d === "nmod") return -1;
    if (d === "nmod:poss") possessor = POSSESSIVE_PRONOUNS.has(doc.lowerWord(c)) ? c : -2;
  }
  return possessor >= 0 ? possessor : -1;
}

/**
 * Whether an organization is what a possessed noun stands for ("his party"): introduced with the noun, or named
 * with a last word of a kind the noun allows (an unknown kind is not enough here: "his company" is often unnamed).
 */
function knownKindAllows(doc: Doc, span: EntitySpan, noun: string, kinds: readonly string[] | undefined): boolean {
  if (doc.lowerWord(span.end - 1) === noun) return true;
  const own = KINDS_OF_HEAD.get(doc.lowerWord(span.end - 1));
  return !!kinds && !!own && own.some((k) => kinds.includes(k));
}

/** People who speak or act for a body: an organization noun on them ("a ministry spokesman") is the body. */
const SPEAKER_NOUNS = new Set(stringList(REFERENCE_NOUNS, "speakerNouns", "reference-nouns.json"));
const MEDIA_NOUNS = new Set(stringList(REFERENCE_NOUNS, "mediaNouns", "reference-nouns.json"));
/** Nouns of armed groups that stand for each other ("the insurgents" after "X militants"). */
const ARMED_GROUP_NOUNS = new Set(stringList(REFERENCE_NOUNS, "armedGroupNouns", "reference-nouns.json"));
const MALE_NOUNS = new Set(stringList(REFERENCE_NOUNS, "maleNouns", "reference-nouns.json"));
const FEMALE_NOUNS = new Set(stringList(REFERENCE_NOUNS, "femaleNouns", "reference-nouns.json"));
/** Nouns of unnamed people: they compete with names for a pronoun (and win it for no entity). */
const UNNAMED_PERSON_NOUNS = new Set([
  ...stringList(REFERENCE_NOUNS, "personNouns", "reference-nouns.json"),
  ...MALE_NOUNS,
  ...FEMALE_NOUNS,
]);
/** Relations a noun of an unnamed person competes for a pronoun in: the arguments a pronoun's antecedent fills. */
const NOMINAL_RELS = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss"]);
/** A described organization may be named this many sentences back (the descriptor makes the link strong). */
const DESCRIBED_WINDOW = 8;
/** Titles that stand for any office ("the Ruritanian leader"): with a nationality on them only. */
const GENERIC_TITLES = new Set(stringList(REFERENCE_NOUNS, "genericTitleNouns", "reference-nouns.json"));
/** Titles that, with "the", refer back to the person named with that title ("the minister", "the senator"). */
const TITLES = new Set([...(STATIC_PATTERNS.sets["TITLE"] ?? []), ...(STATIC_PATTERNS.sets["OFFICE"] ?? [])]);
const MALE = new Set(["he", "him", "his", "himself", "mr", "mr."]);
const FEMALE = new Set(["she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss"]);
/** How many sentences back an antecedent may be. */
const WINDOW = 3;

/**
 * Reference mechanisms that `KG_REFERENCES_OFF` (comma-separated names) turns off, for measuring each: `quote`
 * (a quotation's speaker outranks the subjects inside it), `cataphora` (a pronoun in an opening adjunct is the main
 * clause's subject), `expletive` (expletive or extraposing "it" stands for nothing), `gender` (a narrative pronoun
 * of one gender is not the person its sentence's pronoun of the other gender stands for), `nationality` ("the
 * Ruritanian president" is the person named with that title and that country), `kinds` ("the company" stands for no
 * organization whose name tells another kind, "... Ministry"), `possessed` ("his party" is the party named before,
 * not its possessor's antecedent).
 */
export type ReferenceMechanism = "quote" | "cataphora" | "expletive" | "gender" | "nationality" | "kinds" | "possessed";
const OFF = new Set((process.env["KG_REFERENCES_OFF"] ?? "").split(",").map((w) => w.trim()));
const on = (m: ReferenceMechanism): boolean => !OFF.has(m);

interface Candidate {
  span: EntitySpan;
  sent: number;
  root: number;
  subject: boolean;
  /** A people noun standing for the body that modifies it ("Ruritanian troops"): an antecedent of "they" only. */
  people?: boolean;
  /** An object of its clause (after subjects in salience). */
  object?: boolean;
  /**
   * A noun of an unnamed person ("the boy", "the neighbours"): a pronoun that agrees with it and finds it first stands
   * for it, so no named entity is given the pronoun. Its span's entity is a negative placeholder.
   */
  nominal?: { plural: boolean; gender?: "m" | "f" };
  /** Names joined by "and" ("X and Y said"): a plural pronoun's antecedent only, standing for all of them. */
  coordinated?: boolean;
}

/** Conjunctions whose conjuncts "they" may stand for together ("X or Y" is one of them, not both). */
const AND_WORDS = new Set(["and", "&"]);
/** Types a coordination's members may have: what "they" may stand for when named together. */
const COORDINATED_TYPES = new Set<EntityType>(["PERSON", "ORGANIZATION", "COUNTRY"]);

/**
 * Names coordinated with "and" under a first conjunct ("X, Y and Z", "X and the Y group" with Y named): one
 * candidate spanning them, its entity the first's and `also` the others'. Needs two or more distinct entities.
 */
function coordinations(
  doc: Doc,
  names: readonly Candidate[],
  nameAt: (t: number) => EntitySpan | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of names) {
    if (c.people || c.nominal || doc.deprel[c.root] === "conj" || !COORDINATED_TYPES.has(c.span.type)) continue;
    const members: EntitySpan[] = [c.span];
    let joined = false;
    const visit = (k: number, depth: number): void => {
      for (const d of doc.children(k)) {
        if (doc.deprel[d] !== "conj" || depth > 6) continue;
        const span = nameAt(d);
        // A conjunct that is no name ("X and two others") makes the group one "they" cannot be listed from.
        if (!span || !COORDINATED_TYPES.has(span.type) || span.adjective) {
          members.length = 0;
          return;
        }
        if (doc.children(d).some((x) => doc.deprel[x] === "cc" && AND_WORDS.has(doc.lowerWord(x)))) joined = true;
        if (!members.some((m) => m.entity === span.entity)) members.push(span);
        visit(d, depth + 1);
        if (!members.length) return;
      }
    };
    visit(c.root, 0);
    if (!joined || members.length < 2) continue;
    const last = members.reduce((a, b) => (b.end > a.end ? b : a));
    out.push({
      span: {
        start: c.span.start,
        end: last.end,
        entity: c.span.entity,
        type: c.span.type,
        also: members.slice(1).map((m) => m.entity),
      },
      sent: c.sent,
      root: c.root,
      subject: c.subject,
      object: c.object ?? false,
      coordinated: true,
    });
  }
  return out;
}

function rootOf(doc: Doc, s: EntitySpan): number {
  for (let i = s.start; i < s.end; i++) {
    const h = doc.head[i] ?? -1;
    if (h < s.start || h >= s.end) return i;
  }
  return s.start;
}

function isSubject(doc: Doc, t: number, depth = 0): boolean {
  const d = doc.deprel[t] ?? "";
  if (d === "nsubj" || d === "nsubj:pass" || d === "nsubj:outer") return true;
  // "X and Y said": the second conjunct of a subject is a subject too; "her deputy, X, resigned": so is the name in
  // apposition to a subject noun (bounded: a malformed parse may cycle).
  const h = doc.head[t] ?? -1;
  return (d === "conj" || d === "appos") && h >= 0 && depth < 8 && isSubject(doc, h, depth + 1);
}

/** The clause head a token belongs to (first verb or predicate up the tree). */
function clauseOf(doc: Doc, t: number): number {
  let k = doc.head[t] ?? -1;
  for (let d = 0; k >= 0 && d < 8; d++) {
    const u = doc.upos[k];
    if (u === "VERB" || doc.children(k).some((c) => doc.deprel[c] === "cop")) return k;
    k = doc.head[k] ?? -1;
  }
  return -1;
}

/** The speech verb a first-person pronoun's clause is reported by, through ccomp/parataxis. */
function reportingVerb(doc: Doc, t: number): number {
  let k = t;
  for (let d = 0; d < 10; d++) {
    const h = doc.head[k] ?? -1;
    if (h < 0) break;
    const rel = doc.deprel[k] ?? "";
    if ((rel === "ccomp" || rel === "parataxis") && SPEECH_LEMMAS.has(doc.lowerLemma(h))) return h;
    k = h;
  }
  // "... I left," she said: the speech verb hangs on the quoted clause's root.
  for (const c of doc.children(k))
    if (doc.deprel[c] === "parataxis" && SPEECH_LEMMAS.has((doc.lemma[c] || "").toLowerCase())) return c;
  return -1;
}

function accepts(
  doc: Doc,
  span: EntitySpan,
  types: readonly EntityType[],
  plural: boolean,
  collective = false,
): boolean {
  if (span.adjective) return plural && span.group === true;
  if (plural && span.type === "PERSON") return false;
  // "they" stands for a group named in the plural ("the rebels", "Democrats"), not for a country or an acronym;
  // "their leader" for any organization (a body's people, in the plural as British news writes it).
  if (plural && !span.group && !pluralName(doc, span) && !(collective && span.type === "ORGANIZATION")) return false;
  return types.includes(span.type);
}

/** "their leader", "their spokesman": a plural possessive on a title noun, which may stand for a body named in the
 * singular ("the union ... their leader"). */
function collectivePossessive(doc: Doc, t: number): boolean {
  if (doc.lowerWord(t) !== "their" || doc.deprel[t] !== "nmod:poss") return false;
  const h = doc.head[t] ?? -1;
  return h >= 0 && doc.upos[h] === "NOUN" && (TITLES.has(doc.lowerLemma(h)) || SPEAKER_NOUNS.has(doc.lowerLemma(h)));
}

function pluralName(doc: Doc, span: EntitySpan): boolean {
  const w = doc.words[span.end - 1] ?? "";
  if (span.type === "COUNTRY") return false;
  if (w === w.toUpperCase()) return false;
  return /[^su]s$/i.test(w) || /^(police|military|army|forces|government)$/i.test(w);
}

/**
 * The country a nationality or country name on a bare title noun gives ("the Ruritanian president", "the U.S.
 * envoy"): the only name on it, as a modifier. Undefined otherwise.
 */
function nationalityOn(doc: Doc, t: number, nameAt: (k: number) => EntitySpan | undefined): number | undefined {
  let country: number | undefined;
  for (const c of doc.children(t)) {
    const d = doc.deprel[c] ?? "";
    if (d === "nmod" || d === "appos" || d === "nmod:poss") return undefined;
    const span = nameAt(c);
    if (!span) continue;
    if (span.type !== "COUNTRY" || (d !== "amod" && d !== "compound") || country !== undefined) return undefined;
    country = span.entity;
  }
  return country;
}

/**
 * Whether a person's name came with a country among its title words ("Ruritanian President X", "X, the Ruritanian
 * envoy").
 */
function namedWith(
  doc: Doc,
  span: EntitySpan,
  root: number,
  country: number,
  nameAt: (k: number) => EntitySpan | undefined,
): boolean {
  const s = doc.sentOf[span.start] ?? 0;
  for (let k = span.start - 1; k >= Math.max(doc.sentStart[s] ?? 0, span.start - 4); k--)
    if (nameAt(k)?.entity === country) return true;
  const h = doc.head[root] ?? -1;
  const nouns = doc.children(root).filter((c) => doc.deprel[c] === "appos");
  if (h >= 0 && ["appos", "compound", "flat", "nmod:desc"].includes(doc.deprel[root] ?? "")) nouns.push(h);
  return nouns.some((n) => doc.children(n).some((c) => nameAt(c)?.entity === country));
}

/** Nouns a name was introduced with: its last word, a noun right before or after it, the noun it hangs on. */
function descriptorsOf(doc: Doc, span: EntitySpan, root: number): Set<string> {
  const out = new Set<string>();
  const add = (k: number): void => {
    if (k >= 0 && k < doc.length && doc.upos[k] === "NOUN") out.add(doc.lowerLemma(k));
  };
  out.add(doc.lowerWord(span.end - 1));
  add(span.end);
  add(span.start - 1);
  const h = doc.head[root] ?? -1;
  if (["compound", "flat", "nmod:desc", "appos"].includes(doc.deprel[root] ?? "")) add(h);
  for (const c of doc.children(root)) if (doc.deprel[c] === "appos") add(c);
  return out;
}

/** Title words a person's name was given with: the words before it ("Foreign Minister X"), its appositive noun. */
function titlesOf(doc: Doc, span: EntitySpan, root: number): Set<string> {
  const out = new Set<string>();
  const s = doc.sentOf[span.start] ?? 0;
  const word = (k: number): string => {
    const w = doc.lowerWord(k);
    return TITLE_ABBREVIATIONS[w] ?? w;
  };
  for (let k = span.start - 1; k >= Math.max(doc.sentStart[s] ?? 0, span.start - 3); k--) {
    const w = word(k);
    if (!TITLES.has(w) && !/^\p{Lu}/u.test(doc.words[k] ?? "")) break;
    out.add(w);
  }
  const h = doc.head[root] ?? -1;
  if (h >= 0 && ["appos", "compound", "flat", "nmod:desc"].includes(doc.deprel[root] ?? "")) out.add(word(h));
  for (const c of doc.children(root)) if (doc.deprel[c] === "appos") out.add(word(c));
  // The role a clause gives the name: "X, who served as finance minister," "X, who is the party's leader,", and "X is
  // the minister" (the noun predicate of a copula whose subject the name is).
  const roleNouns = (clause: number): void => {
    if (doc.upos[clause] === "NOUN" && TITLES.has(doc.lowerLemma(clause))) out.add(doc.lowerLemma(clause));
    for (const c of doc.children(clause))
      if (
        ["obl", "xcomp", "obj"].includes(doc.deprel[c] ?? "") &&
        doc.upos[c] === "NOUN" &&
        TITLES.has(doc.lowerLemma(c))
      )
        out.add(doc.lowerLemma(c));
  };
  for (const c of doc.children(root)) if (doc.deprel[c] === "acl:relcl") roleNouns(c);
  if (h >= 0 && (doc.deprel[root] === "nsubj" || doc.deprel[root] === "nsubj:pass")) {
    const isCopular = doc.children(h).some((c) => doc.deprel[c] === "cop");
    if (isCopular && doc.upos[h] === "NOUN" && TITLES.has(doc.lowerLemma(h))) out.add(doc.lowerLemma(h));
  }
  return out;
}

/** Whether a name is a conjunct of a coordination of names ("A and B": A or B). */
function coordinatedName(doc: Doc, root: number, covered: (k: number) => boolean): boolean {
  if (doc.deprel[root] === "conj" && covered(doc.head[root] ?? -1)) return true;
  return doc.children(root).some((k) => doc.deprel[k] === "conj" && covered(k));
}

/** Nouns an armed-group word may head as a modifier ("rebel forces", "militant fighters"). */
const ARMED_HEADS = new Set(["force", "fighter", "group", "unit"]);

/**
 * The armed-group noun of a bare plural description of a group ("rebels", "militants", "rebel forces"): a plural
 * with no determiner, possessor, number, name or other modifier of its own, either an armed-group noun or one of
 * `ARMED_HEADS` with an armed-group noun compounded on it. Undefined for any other word.
 */
function bareArmedGroup(doc: Doc, t: number, covered: (k: number) => boolean): string | undefined {
  if (doc.upos[t] !== "NOUN" || doc.lowerWord(t) === doc.lowerLemma(t)) return undefined;
  let noun: string | undefined;
  for (const c of doc.children(t)) {
    const d = doc.deprel[c] ?? "";
    if (d === "det" || d === "nmod:poss" || d === "nummod" || d.startsWith("acl") || covered(c)) return undefined;
    if (d === "compound" || d === "amod") {
      // "Shiite militias", "foreign fighters": a modifier of another kind introduces a group of its own.
      if (c !== t - 1 || !ARMED_GROUP_NOUNS.has(doc.lowerLemma(c))) return undefined;
      noun = doc.lowerLemma(c);
    }
  }
  const lemma = doc.lowerLemma(t);
  if (ARMED_GROUP_NOUNS.has(lemma)) return noun ?? lemma;
  return noun !== undefined && ARMED_HEADS.has(lemma) ? noun : undefined;
}

/** Whether an entity introduced with these descriptors is what "the <noun>" stands for (`kin`: a noun of its family). */
function describedBy(noun: string, descriptors: ReadonlySet<string>, kin = true): boolean {
  if (descriptors.has(noun)) return true;
  if (!kin) return false;
  const family = MEDIA_NOUNS.has(noun) ? MEDIA_NOUNS : ARMED_GROUP_NOUNS.has(noun) ? ARMED_GROUP_NOUNS : undefined;
  if (!family) return false;
  for (const d of descriptors) if (family.has(d)) return true;
  return false;
}

const nounGender = (lemma: string): "m" | "f" | undefined =>
  MALE_NOUNS.has(lemma) ? "m" : FEMALE_NOUNS.has(lemma) ? "f" : undefined;

/**
 * The gender of a full name's first word when only one of the first-name datasets lists it ("Tom" male, "Ana"
 * female; "Jordan", "Kim" in both: none). A written name only, not a pronoun or a surname alone.
 */
function firstNameGender(doc: Doc, span: EntitySpan): "m" | "f" | undefined {
  if (span.reference || span.end - span.start < 2 || !on("gender")) return undefined;
  return loadGazetteer().firstNameGender.get(doc.lowerWord(span.start));
}

/**
 * A person's gender as the text marks it: a title ("Mr", "Ms") before the name, or a gendered noun it is in
 * apposition to or modified by ("her husband, X", "X, his daughter", "actress X").
 */
function titleGender(doc: Doc, span: EntitySpan, root: number): "m" | "f" | undefined {
  const w = doc.lowerWord(span.start - 1);
  if (MALE.has(w)) return "m";
  if (FEMALE.has(w)) return "f";
  // "spokeswoman X", "actress X": a lowercase gendered noun right before the name, however the parse hangs it.
  if (
    /^\p{Ll}/u.test(doc.words[span.start - 1] ?? "") &&
    (doc.sentOf[span.start - 1] ?? -1) === doc.sentOf[span.start]
  ) {
    const g = nounGender(doc.lowerLemma(span.start - 1)) ?? nounGender(w);
    if (g) return g;
  }
  const h = doc.head[root] ?? -1;
  if (
    h >= 0 &&
    (h < span.start || h >= span.end) &&
    ["appos", "compound", "flat", "nmod:desc"].includes(doc.deprel[root] ?? "")
  ) {
    const g = nounGender(doc.lowerLemma(h));
    if (g) return g;
  }
  for (const c of doc.children(root))
    if ((c < span.start || c >= span.end) && (doc.deprel[c] === "appos" || doc.deprel[c] === "compound")) {
      const g = nounGender(doc.lowerLemma(c));
      if (g) return g;
    }
  return undefined;
}

/**
 * Nouns of unnamed people in the argument positions an antecedent fills ("the boy", "the neighbours", "a witness"),
 * not those that only describe a name ("X, a witness", "his father, X", "Officer X").
 */
function unnamedPeople(doc: Doc, nameAt: (t: number) => EntitySpan | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 0; t < doc.length; t++) {
    if (doc.upos[t] !== "NOUN" || nameAt(t)) continue;
    const lemma = doc.lowerLemma(t);
    if (!UNNAMED_PERSON_NOUNS.has(lemma)) continue;
    const rel = doc.deprel[t] ?? "";
    if (!NOMINAL_RELS.has(rel)) continue;
    const h = doc.head[t] ?? -1;
    if (h >= 0 && nameAt(h)?.type === "PERSON") continue;
    // "his nephew", "X's wife": a relative of someone named is often someone named too; only "the boy", "a witness",
    // "the wife of X" compete.
    if (doc.children(t).some((c) => doc.deprel[c] === "nmod:poss")) continue;
    const named = doc
      .children(t)
      .some(
        (c) =>
          nameAt(c)?.type === "PERSON" &&
          ["appos", "compound", "flat", "nmod:desc", "acl"].includes(doc.deprel[c] ?? ""),
      );
    if (named) continue;
    const plural = doc.lowerWord(t) !== lemma;
    const g = nounGender(lemma);
    const s = doc.sentOf[t] ?? 0;
    out.push({
      span: { start: t, end: t + 1, entity: -2 - t, type: "PERSON" },
      sent: s,
      root: t,
      subject: isSubject(doc, t),
      object: rel === "obj" || rel === "iobj",
      nominal: g ? { plural, gender: g } : { plural },
    });
  }
  return out;
}

/** "year-old" after a number ("the 45-year-old", tokenized whole or as "45", "-", "year-old"). */
const AGE_WORD = /^(?:(\d{1,3})-)?-?years?-old$/i;

/**
 * The age a bare "the N-year-old" description gives (a person described by age alone, no noun after it), as the
 * digits written, or undefined.
 */
function ageDescription(doc: Doc, t: number): string | undefined {
  const m = AGE_WORD.exec(doc.words[t] ?? "");
  if (!m) return undefined;
  let k = t - 1;
  let age = m[1];
  if (!age) {
    if (doc.words[k] === "-") k--;
    if (!/^\d{1,3}$/.test(doc.words[k] ?? "")) return undefined;
    age = doc.words[k]!;
    k--;
  } else k = t - 1;
  const s = doc.sentOf[t] ?? 0;
  if (k < (doc.sentStart[s] ?? 0) || doc.lowerWord(k) !== "the") return undefined;
  // "the 45-year-old man": the noun is the head (an unnamed person unless a name is on it).
  const next = t + 1 < (doc.sentEnd[s] ?? 0) ? t + 1 : -1;
  if (next >= 0 && doc.upos[next] === "NOUN") return undefined;
  return age;
}

/** The age written right after a person's name ("X, 45,", "X (45)"), if any. */
function statedAge(doc: Doc, span: EntitySpan): string | undefined {
  const open = doc.words[span.end];
  if (open !== "," && open !== "(") return undefined;
  const n = doc.words[span.end + 1] ?? "";
  const close = doc.words[span.end + 2];
  return /^\d{1,3}$/.test(n) && (close === "," || close === ")" || close === ".") ? n : undefined;
}

/** For each token, the index of the quotation it lies in (-1 outside): straight quotes toggle, curly ones open/close. */
function quotations(doc: Doc): { quoteOf: Int32Array; ranges: [start: number, end: number][] } {
  const quoteOf = new Int32Array(doc.length).fill(-1);
  const ranges: [number, number][] = [];
  let open = -1;
  const close = (t: number): void => {
    const s0 = doc.sentOf[open] ?? 0;
    const s1 = doc.sentOf[t] ?? 0;
    if (s1 - s0 < MAX_QUOTE_SENTENCES) {
      for (let k = open; k <= t; k++) quoteOf[k] = ranges.length;
      ranges.push([open, t]);
    }
    open = -1;
  };
  for (let t = 0; t < doc.length; t++) {
    const w = doc.words[t] ?? "";
    if (w === '"') {
      if (open < 0) open = t;
      else close(t);
    } else if (OPEN_QUOTES.has(w)) open = t;
    else if (CLOSE_QUOTES.has(w) && open >= 0) close(t);
  }
  return { quoteOf, ranges };
}

function isSpeech(doc: Doc, v: number): boolean {
  return doc.upos[v] === "VERB" && SPEECH_LEMMAS.has(doc.lowerLemma(v));
}

/**
 * The speaker of a quotation: the subject of the speech verb (outside the quote) in the sentence where it closes
 * ('"...," she said'), else in the sentence where it opens ('X said: "...'), else of the speech verb closest before
 * it in the previous sentence ('X said ... . "We ..."'). A name right beside a subjectless speech verb counts.
 */
function quoteSpeaker(
  doc: Doc,
  range: [number, number],
  quoteOf: Int32Array,
  bySent: readonly Candidate[][],
): Candidate | undefined {
  const outside = (t: number): boolean => quoteOf[t] !== quoteOf[range[0]];
  // undefined: no speech verb outside the quotation; null: a speaker no entity stands for.
  const speakerIn = (s: number, before = Infinity): Candidate | null | undefined => {
    const start = doc.sentStart[s] ?? 0;
    const end = Math.min(doc.sentEnd[s] ?? 0, before);
    for (let v = end - 1; v >= start; v--) {
      if (!outside(v) || !isSpeech(doc, v)) continue;
      const cands = (bySent[s] ?? []).filter((c) => !c.people && !c.nominal);
      const subject = cands.find((c) => doc.head[c.root] === v && isSubject(doc, c.root));
      if (subject) return subject;
      const beside = cands.find((c) => c.span.end === v || c.span.start === v + 1);
      if (beside) return beside;
      // '"...," a spokesman said': a speaker no name stands for is still the speaker; the body it speaks for
      // ("a ministry spokesman", "a spokesman for X") if one is named on it, else no one (not an earlier party).
      const nominal = doc.children(v).find((c) => isSubject(doc, c) && doc.upos[c] === "NOUN");
      if (nominal !== undefined) return cands.find((c) => doc.head[c.root] === nominal) ?? null;
    }
    return undefined;
  };
  const s0 = doc.sentOf[range[0]] ?? 0;
  const s1 = doc.sentOf[range[1]] ?? 0;
  const closing = speakerIn(s1);
  const opening = closing === undefined ? speakerIn(s0) : closing;
  const speaker = opening === undefined ? (s0 > 0 ? speakerIn(s0 - 1) : undefined) : opening;
  return speaker && (speaker.span.type === "PERSON" || speaker.span.type === "ORGANIZATION") ? speaker : undefined;
}

/**
 * Whether a noun is an organization noun modifying a speaker noun ("a ministry spokesman", "police officials",
 * "the company's lawyer" is read by the "the company" path instead), with no name of its own beside it.
 */
function speakerBody(doc: Doc, t: number): boolean {
  // A lowercase word only: a capitalized one is a name ("Ministry spokesman" after a name is NER's to cover).
  if (doc.deprel[t] !== "compound" || !/^\p{Ll}/u.test(doc.words[t] ?? "")) return false;
  const h = doc.head[t] ?? -1;
  if (h <= t) return false;
  const head = doc.lowerLemma(h);
  if (!SPEAKER_NOUNS.has(head) && !SPEAKER_NOUNS.has(head.replace(/s$/, ""))) return false;
  const lemma = doc.lowerLemma(t);
  if (!DESCRIBED_ORG_NOUNS.has(lemma) && !GENERIC_ORG_NOUNS.has(lemma)) return false;
  // Only the word next to the head or another compound: "a senior ministry official", not "the ministry X official".
  return doc.children(h).every((c) => c < t || c > h || c === t || doc.deprel[c] !== "compound");
}

/** Predicates that extrapose their real subject behind an "it" ("it seems that", "it remains to be seen"). */
const RAISING_LEMMAS = new Set(["seem", "appear", "happen", "remain", "matter"]);

/**
 * Whether an "it" is expletive: labelled so, or the subject of a copular predicate or raising verb whose real
 * subject is a clause after it ("it is clear that ...", "it is hard to say", "it seems that ..."). Speech verbs
 * are not raising verbs: "it said that ..." is an organization speaking.
 */
function expletiveIt(doc: Doc, t: number): boolean {
  const rel = doc.deprel[t] ?? "";
  if (rel === "expl") return true;
  if (rel !== "nsubj" && rel !== "nsubj:pass") return false;
  const h = doc.head[t] ?? -1;
  if (h < 0) return false;
  const kids = doc.children(h);
  const copular = kids.some((c) => doc.deprel[c] === "cop") && doc.upos[h] !== "PRON" && doc.upos[h] !== "PROPN";
  if (!copular && !(doc.upos[h] === "VERB" && RAISING_LEMMAS.has(doc.lowerLemma(h)))) return false;
  return kids.some((c) => {
    const d = doc.deprel[c] ?? "";
    if (c < t) return false;
    if (d === "csubj" || d === "ccomp") return true;
    // "it is hard to say": an infinitive after the predicate.
    return (d === "xcomp" || d === "advcl") && doc.children(c).some((m) => doc.lowerWord(m) === "to" && m < c);
  });
}

/**
 * The antecedent a pronoun in an opening adjunct takes from the main clause ("After he arrived, X said", "In his
 * speech, X said"): the subject of the clause the adjunct precedes, when it is a name after the pronoun that
 * `agrees`. Walks up from the pronoun through the adjunct; the adjunct must come before its head.
 */
function cataphoric(
  doc: Doc,
  t: number,
  sentence: readonly Candidate[],
  agrees: (c: Candidate) => boolean,
): Candidate | undefined {
  let k = t;
  for (let d = 0; d < 8; d++) {
    const h = doc.head[k] ?? -1;
    if (h < 0 || h < t) return undefined;
    const rel = doc.deprel[k] ?? "";
    if ((rel === "advcl" || rel === "obl") && k < h && doc.upos[h] === "VERB") {
      // The adjunct opens the clause: nothing of the clause but punctuation or a conjunction before it.
      const first = Math.min(...subtree(doc, k));
      if (doc.children(h).some((c) => c < first && !["punct", "cc", "advmod"].includes(doc.deprel[c] ?? "")))
        return undefined;
      const subject = sentence.find((c) => c.span.start > t && c.subject && doc.head[c.root] === h && !c.people);
      // A parse that hung the subject on the adjunct ("After he arrived in Y, X criticized"): the name just before
      // the verb, when the verb has no subject of its own.
      const beside =
        subject ??
        (doc.children(h).some((c) => (doc.deprel[c] ?? "").startsWith("nsubj"))
          ? undefined
          : sentence.find((c) => c.span.end === h && c.span.start > t && !c.people));
      return beside && agrees(beside) ? beside : undefined;
    }
    if (rel === "root" || rel === "ccomp" || rel === "parataxis" || rel === "conj") return undefined;
    k = h;
  }
  return undefined;
}

function subtree(doc: Doc, k: number): number[] {
  const out = [k];
  for (let i = 0; i < out.length && i < 200; i++) out.push(...doc.children(out[i]!));
  return out;
}

/** Spans for the references in a parsed document; `spans` are the names (outer spans, sorted). */
/**
 * The object of the verb whose "for" phrase holds a possessive pronoun ("praised X for its role", "blamed X for his
 * part", with "for" on the verb or on X): the one the verb judges is the one whose act the phrase names.
 */
function judgedForOwnAct(doc: Doc, t: number): number {
  if (doc.deprel[t] !== "nmod:poss" || doc.upos[t] !== "PRON") return -1;
  const n = doc.head[t] ?? -1;
  if (n < 0) return -1;
  const forCase = doc.children(n).some((k) => doc.deprel[k] === "case" && doc.lowerWord(k) === "for");
  if (!forCase) return -1;
  const h = doc.head[n] ?? -1;
  if (h < 0) return -1;
  const rel = doc.deprel[n] ?? "";
  if (rel.startsWith("obl") && doc.upos[h] === "VERB")
    return doc.children(h).find((k) => doc.deprel[k] === "obj" && k < n) ?? -1;
  if (rel === "nmod" && doc.deprel[h] === "obj") return h;
  return -1;
}

/**
 * The possessor of the noun a possessive pronoun's noun is coordinated with ("X's raid on Y and its seizure of Z":
 * its is X): parallel possessives name the same owner.
 */
function parallelPossessor(doc: Doc, t: number): number {
  if (doc.deprel[t] !== "nmod:poss" || doc.upos[t] !== "PRON") return -1;
  const n = doc.head[t] ?? -1;
  if (n < 0 || doc.deprel[n] !== "conj") return -1;
  const first = doc.head[n] ?? -1;
  if (first < 0 || first > n) return -1;
  return doc.children(first).find((k) => doc.deprel[k] === "nmod:poss" && doc.upos[k] !== "PRON") ?? -1;
}

/** Nouns for bodies that act and speak, which a name before them stands for ("the X board said it ..."). */
const ACTING_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...Object.keys(DESCRIPTION_NOUNS),
  ...DESCRIBED_ORG_NOUNS,
  ...PLACE_AGENT_NOUNS,
  ...GROUP_NOUNS,
  ...stringList(REFERENCE_NOUNS, "actingBodyNouns", "reference-nouns.json"),
]);

/**
 * A candidate name that only modifies a singular common noun for a thing ("the X tablet", "X shares" is plural):
 * the noun phrase, not the name, is what a following "it" refers to.
 */
function namesOnlyAThing(doc: Doc, c: Candidate, covered: (token: number) => boolean): boolean {
  if (c.nominal || c.coordinated || c.people || doc.deprel[c.root] !== "compound") return false;
  const h = doc.head[c.root] ?? -1;
  if (h <= c.root || doc.upos[h] !== "NOUN" || covered(h)) return false;
  const lemma = doc.lowerLemma(h);
  return doc.lowerWord(h) === lemma && !ACTING_BODY_NOUNS.has(lemma) && !TITLES.has(lemma);
}

export function resolveReferences(
  doc: Doc,
  spans: readonly EntitySpan[],
  covered: (token: number) => boolean,
  topicCountry = -1,
): EntitySpan[] {
  const bySent: Candidate[][] = Array.from({ length: doc.sentenceCount }, () => []);
  const nameOf = new Map<number, EntitySpan>();
  for (const span of spans) for (let i = span.start; i < span.end; i++) nameOf.set(i, span);
  for (const span of spans) {
    const root = rootOf(doc, span);
    const s = doc.sentOf[span.start] ?? 0;
    const r = doc.deprel[root] ?? "";
    bySent[s]?.push({ span, sent: s, root, subject: isSubject(doc, root), object: r === "obj" || r === "iobj" });
    // "Ruritanian troops", "U.S. officials", "Party members": the plural noun a name modifies can be what a later
    // "they"/"them" stands for, and stands for the body named on it.
    const h = doc.head[root] ?? -1;
    const rel = doc.deprel[root] ?? "";
    if (
      h > root &&
      (rel === "amod" || rel === "compound" || rel === "nmod:poss") &&
      (span.type === "COUNTRY" || span.type === "ORGANIZATION") &&
      !covered(h) &&
      GROUP_NOUNS.has(doc.lowerWord(h))
    )
      bySent[s]?.push({
        span: { ...span, group: true, adjective: false },
        sent: s,
        root: h,
        subject: isSubject(doc, h),
        people: true,
      });
  }
  for (const list of bySent) for (const c of coordinations(doc, [...list], (t) => nameOf.get(t))) list.push(c);
  for (const c of unnamedPeople(doc, (t) => nameOf.get(t))) bySent[c.sent]?.push(c);
  // A coordination before its first member: "they" meets the group before the name it starts with.
  const order = (a: Candidate, b: Candidate): number =>
    a.span.start - b.span.start || Number(b.coordinated ?? false) - Number(a.coordinated ?? false);
  for (const c of bySent) c.sort(order);
  // Gender as the text shows it: a title or gendered noun on the name, or a pronoun with a single person it can
  // stand for.
  const gender = new Map<number, "m" | "f">();
  for (const span of spans) {
    const g =
      span.type === "PERSON" ? (titleGender(doc, span, rootOf(doc, span)) ?? firstNameGender(doc, span)) : undefined;
    if (g && !gender.has(span.entity)) gender.set(span.entity, g);
  }
  const ages = new Map<number, string>();
  for (const span of spans) {
    const a = span.type === "PERSON" ? statedAge(doc, span) : undefined;
    if (a && !ages.has(span.entity)) ages.set(span.entity, a);
  }
  const quotes = quotations(doc);
  const quoted: number[] = [];
  const speakers = new Map<number, Candidate | undefined>();
  const speakerOf = (q: number): Candidate | undefined => {
    if (!speakers.has(q)) speakers.set(q, quoteSpeaker(doc, quotes.ranges[q]!, quotes.quoteOf, bySent));
    return speakers.get(q);
  };
  /** The speaker of the last quotation that opens or closes in sentence b, if it passes `ok`. */
  const sentenceSpeaker = (b: number, ok: (c: Candidate) => boolean): Candidate | undefined => {
    for (let q = quotes.ranges.length - 1; q >= 0; q--) {
      const [a, z] = quotes.ranges[q]!;
      if (doc.sentOf[a] !== b && doc.sentOf[z] !== b) continue;
      const c = speakerOf(q);
      return c && ok(c) ? c : undefined;
    }
    return undefined;
  };
  const out: EntitySpan[] = [];
  // Tokens resolved as descriptions by their head noun ("the company"): marked inferred on their span.
  const inferredAt = new Set<number>();
  // The gender a pronoun gave a person in a sentence: "She said ... him" are two people, whatever is known of them.
  const saidGender = new Map<string, "m" | "f">();
  const add = (t: number, c: Candidate | undefined): void => {
    // An unnamed person won the pronoun: it stands for no entity.
    if (!c || c.nominal) return;
    const span: EntitySpan = { start: t, end: t + 1, entity: c.span.entity, type: c.span.type, reference: true };
    const g = MALE.has(doc.lowerWord(t)) ? "m" : FEMALE.has(doc.lowerWord(t)) ? "f" : undefined;
    // Only narrative pronouns: those inside a quotation are read less surely and would spread a mistake.
    if (g && c.span.type === "PERSON" && (quotes.quoteOf[t] ?? -1) < 0)
      saidGender.set(`${c.span.entity}:${doc.sentOf[t] ?? 0}`, g);
    if (c.span.group) span.group = true;
    if (c.span.also?.length) span.also = [...c.span.also];
    if (inferredAt.has(t)) span.inferred = true;
    const s = doc.sentOf[t] ?? 0;
    if (c.sent < s || c.span.acrossSentences) span.acrossSentences = true;
    out.push(span);
    const ref: Candidate = { span, sent: s, root: t, subject: isSubject(doc, t) };
    if (span.also) ref.coordinated = true;
    bySent[s]?.push(ref);
    bySent[s]?.sort(order);
  };
  for (let t = 0; t < doc.length; t++) {
    if (covered(t)) continue;
    const w = doc.lowerWord(t);
    const s = doc.sentOf[t] ?? 0;
    let types: EntityType[] | undefined;
    let plural = false;
    let described = false;
    let nationality: number | undefined;
    let kinds: string[] | undefined;
    let possessor = -1;
    const age = ageDescription(doc, t);
    if (age !== undefined) {
      // "the 45-year-old": a person, the one whose age the text gave if it gave one.
      types = ["PERSON"];
      inferredAt.add(t);
    } else if (doc.upos[t] === "PRON" || doc.upos[t] === "DET") {
      if (FIRST_PERSON.has(w) || FIRST_PLURAL.has(w)) {
        const v = reportingVerb(doc, t);
        const reported =
          v >= 0
            ? (bySent[s] ?? []).find((c) => !c.nominal && doc.head[c.root] === v && isSubject(doc, c.root))
            : undefined;
        if (reported && reported.span.type === "PERSON") add(t, reported);
        // Inside a quotation without a speech verb of its own: the quotation's speaker, named before or after
        // (read once the pronouns after it are resolved: '"We ...," he said').
        // Only where the speaker acts or owns (subject, possessive), not as an object ("it allows me", "told us").
        else if ((quotes.quoteOf[t] ?? -1) >= 0 && !OBJECT_RELS.has(doc.deprel[t] ?? "")) quoted.push(t);
        continue;
      }
      if (PERSON_PRONOUNS.has(w)) types = ["PERSON"];
      else if (THING_PRONOUNS.has(w) && on("expletive") && expletiveIt(doc, t)) continue;
      else if (THING_PRONOUNS.has(w)) {
        // Quoted speech uses "it" for situations and things said ("we will defend it", "I worked hard for it"),
        // rarely for a body named in the narrative: only the possessive resolves inside a quotation.
        if (w !== "its" && (quotes.quoteOf[t] ?? -1) >= 0) continue;
        types = ["ORGANIZATION", "COUNTRY"];
      } else if (PLURAL_PRONOUNS.has(w)) {
        types = ["ORGANIZATION", "COUNTRY"];
        plural = true;
      }
    } else if ((doc.upos[t] === "NOUN" || doc.upos[t] === "PROPN") && speakerBody(doc, t)) {
      // "a ministry spokesman said", "company officials": the body named before with that noun speaks.
      types = ["ORGANIZATION"];
      described = true;
    } else if (doc.upos[t] === "NOUN" && bareArmedGroup(doc, t, covered) !== undefined) {
      // "rebel forces captured X", "militants attacked Y" after "the X rebels": a group introduced with a noun of
      // the armed-group family (only such a group: the described lookup below).
      types = ["ORGANIZATION"];
      described = true;
    } else if (doc.upos[t] === "NOUN" && on("possessed") && possessedDescription(doc, t, covered) >= 0) {
      // "his party", "their company": an organization introduced with that noun or named as one of its kind, not
      // the one the possessor stands for.
      types = ["ORGANIZATION"];
      described = true;
      possessor = possessedDescription(doc, t, covered);
      kinds = DESCRIPTION_NOUNS[doc.lowerLemma(t)]!.kinds;
    } else if (
      doc.upos[t] === "NOUN" &&
      doc.children(t).some((c) => doc.lowerWord(c) === "the" && doc.deprel[c] === "det")
    ) {
      // "the group" with no name of its own (no compound or flat name on it), and not a new one a relative clause
      // introduces ("the firm that ...").
      const lemma = (doc.lemma[t] || w).toLowerCase();
      if (doc.children(t).some((c) => (doc.deprel[c] ?? "").startsWith("acl"))) continue;
      // "the Ruritanian president", "the Ruritanian leader": a person named with a title and that country.
      const country = on("nationality") ? nationalityOn(doc, t, (k) => nameOf.get(k)) : undefined;
      if (country !== undefined && (TITLES.has(lemma) || GENERIC_TITLES.has(lemma))) {
        types = ["PERSON"];
        described = true;
        nationality = country;
      } else if (
        doc.children(t).some(
          (c) =>
            (covered(c) &&
              (doc.deprel[c] === "compound" || doc.deprel[c] === "amod" || doc.deprel[c] === "nmod:poss")) ||
            // "the Xan insurgents" with a name the tagger missed: still a name, so a thing of its own.
            (doc.upos[c] === "PROPN" && doc.deprel[c] === "compound"),
        )
      )
        continue;
      else if (
        TITLES.has(lemma) &&
        !doc.children(t).some((c) => doc.deprel[c] === "nmod" || doc.deprel[c] === "appos" || covered(c)) &&
        !(covered(doc.head[t] ?? -1) && ["appos", "compound", "flat", "nmod:desc"].includes(doc.deprel[t] ?? ""))
      ) {
        // "the minister": a person named with that title; not "the minister of X" or "the minister, X".
        types = ["PERSON"];
        described = true;
      } else if (DESCRIBED_ORG_NOUNS.has(lemma)) {
        types = ["ORGANIZATION"];
        described = true;
      }
      // Own keys only: a word such as "constructor" is no key of the table. "the city of X" names its own place.
      else if (
        Object.hasOwn(DESCRIPTION_NOUNS, lemma) &&
        (GENERIC_ORG_NOUNS.has(lemma) || !doc.children(t).some((c) => doc.deprel[c] === "nmod"))
      )
        types = DESCRIPTION_NOUNS[lemma]!.types;
      kinds = Object.hasOwn(DESCRIPTION_NOUNS, lemma) ? DESCRIPTION_NOUNS[lemma]!.kinds : undefined;
    }
    if (!types) continue;
    if (doc.upos[t] === "NOUN") {
      // "the minister, X" / "the company, X": the name after the comma is what the noun describes (the parser may
      // hang it elsewhere), so the noun refers to nothing before it.
      const after = nameOf.get(t + 2);
      if (doc.words[t + 1] === "," && after?.start === t + 2 && types.includes(after.type)) continue;
      inferredAt.add(t);
    }
    const wanted = types;
    const reflexive = REFLEXIVE.has(w);
    const rel = doc.deprel[t] ?? "";
    const ownClause = clauseOf(doc, t);
    const isObject = rel === "obj" || rel === "iobj" || rel === "obl";
    // Binding: "X praised him" -> him is not X; "X praised himself" -> it is.
    const clauseSubjects = new Set(
      (bySent[s] ?? [])
        .filter((c) => c.subject && clauseOf(doc, c.root) === ownClause)
        .flatMap((c) => [c.span.entity, ...(c.span.also ?? [])]),
    );
    const pronounGender = MALE.has(w) ? "m" : FEMALE.has(w) ? "f" : undefined;
    const collective = plural && collectivePossessive(doc, t);
    const narrative = on("gender") && (quotes.quoteOf[t] ?? -1) < 0;
    const admits = (c: Candidate, ahead: boolean): boolean => {
      if (c.nominal) {
        // Only a personal pronoun ("he", "they") or a title description may stand for an unnamed person.
        if (described || doc.upos[t] === "NOUN" || !wanted.includes(plural ? "ORGANIZATION" : "PERSON")) return false;
        if (plural !== c.nominal.plural || (plural && !PLURAL_PRONOUNS.has(w))) return false;
        if (!plural && (!pronounGender || (c.nominal.gender && c.nominal.gender !== pronounGender))) return false;
        if (c.span.start >= t && c.sent === s) return false;
        const bound = clauseSubjects.has(c.span.entity);
        if (isObject && !reflexive && bound) return false;
        return !reflexive || bound;
      }
      if (c.coordinated) {
        // Only "they/them/their" stands for names given together, and not inside the coordination itself.
        if (!plural || !PLURAL_PRONOUNS.has(w) || described || doc.upos[t] === "NOUN") return false;
        if (c.span.start >= t && c.sent === s) return false;
        if (c.sent === s && t < c.span.end) return false;
        const bound = clauseSubjects.has(c.span.entity);
        if (isObject && !reflexive && bound) return false;
        return !reflexive || bound;
      }
      if (c.people && !plural) return false;
      if (!accepts(doc, c.span, wanted, plural, collective)) return false;
      if (age !== undefined && (ages.get(c.span.entity) ?? age) !== age) return false;
      if (!kindAllows(doc, c.span, kinds)) return false;
      if (pronounGender && c.span.type === "PERSON" && (gender.get(c.span.entity) ?? pronounGender) !== pronounGender)
        return false;
      if (!ahead && c.span.start >= t && c.sent === s) return false;
      if (narrative && pronounGender && c.span.type === "PERSON") {
        const said = saidGender.get(`${c.span.entity}:${s}`) ?? saidGender.get(`${c.span.entity}:${s - 1}`);
        if (said && said !== pronounGender) return false;
      }
      const bound = clauseSubjects.has(c.span.entity);
      if (isObject && !reflexive && bound) return false;
      if (reflexive && !bound) return false;
      return true;
    };
    const ok = (c: Candidate): boolean => admits(c, false);
    let found: Candidate | undefined;
    if (described) {
      // "the paper": only an organization named or introduced with that noun (or one of its kind).
      const lemma = bareArmedGroup(doc, t, covered) ?? (doc.lemma[t] || w).toLowerCase();
      const possessorEntity = possessor >= 0 ? out.find((r) => r.start === possessor)?.entity : undefined;
      // The nearest sentence first; in it, the one introduced with the noun itself, then with a noun of its family.
      for (let b = s; !found && b >= Math.max(0, s - DESCRIBED_WINDOW); b--)
        for (const kin of [false, true])
          found ??= [...(bySent[b] ?? [])]
            .reverse()
            .find((c) =>
              !ok(c)
                ? false
                : c.span.type === "PERSON"
                  ? nationality !== undefined
                    ? namedWith(doc, c.span, c.root, nationality, (k) => nameOf.get(k)) &&
                      (GENERIC_TITLES.has(lemma)
                        ? titlesOf(doc, c.span, c.root).size > 0
                        : titlesOf(doc, c.span, c.root).has(lemma))
                    : titlesOf(doc, c.span, c.root).has(lemma)
                  : possessor >= 0
                    ? c.span.entity !== possessorEntity && knownKindAllows(doc, c.span, lemma, kinds)
                    : describedBy(lemma, descriptorsOf(doc, c.span, c.root), kin),
            );
      add(t, found);
      continue;
    }
    if (age !== undefined)
      // The person the text gave that age, within the described window.
      for (let b = s; !found && b >= Math.max(0, s - DESCRIBED_WINDOW); b--)
        found = [...(bySent[b] ?? [])].reverse().find((c) => ok(c) && ages.get(c.span.entity) === age);
    if (!found && doc.upos[t] === "NOUN") {
      // "the party" prefers an organization whose name ends in "Party".
      const lemma = (doc.lemma[t] || w).toLowerCase();
      for (let b = s; !found && b >= Math.max(0, s - WINDOW); b--)
        found = [...(bySent[b] ?? [])].reverse().find((c) => ok(c) && doc.lowerWord(c.span.end - 1) === lemma);
    }
    // Same sentence: its subject first (possessives and later clauses refer to it), then the closest mention.
    // '"Y is wrong," he said': the subject of a speech verb outside the quotation is not one the quotation names.
    const attribution =
      on("quote") &&
      (quotes.quoteOf[t] ?? -1) < 0 &&
      isSubject(doc, t) &&
      doc.deprel[t] !== "conj" &&
      isSpeech(doc, doc.head[t] ?? -1);
    const here = (bySent[s] ?? []).filter(
      (c) => c.span.start < t && ok(c) && !(attribution && (quotes.quoteOf[c.root] ?? -1) >= 0),
    );
    // A pronoun that is no subject (a possessive, an object) takes the closest mention of its own sentence before
    // the previous sentence's subject ("the court sentenced X for her role"); a subject pronoun continues the topic.
    const closestHere = reflexive || (doc.upos[t] !== "NOUN" && !isSubject(doc, t));
    // "A and B condemned C after it attacked D": a singular pronoun does not stand for one of a coordinated
    // subject; the sentence's other mention before it does.
    const singular = doc.upos[t] !== "NOUN" && !plural;
    const joint = (c: Candidate): boolean => singular && c.subject && coordinatedName(doc, c.root, covered);
    // Outside a quotation, the one who speaks outranks the subjects of what is quoted ('"Y failed," X said. He ...').
    const quotedHere = (quotes.quoteOf[t] ?? -1) >= 0;
    const narrated = (c: Candidate): boolean => quotedHere || !on("quote") || (quotes.quoteOf[c.root] ?? -1) < 0;
    // "After he arrived, X said": a pronoun in an adjunct opening the clause is the main clause's subject.
    if (on("cataphora") && doc.upos[t] === "PRON" && !reflexive)
      found ??= cataphoric(doc, t, bySent[s] ?? [], (c) => !c.nominal && !c.coordinated && admits(c, true));
    const judged = reflexive ? -1 : judgedForOwnAct(doc, t);
    if (judged >= 0) found ??= here.find((c) => c.root === judged && !c.nominal && !c.coordinated);
    const parallel = reflexive ? -1 : parallelPossessor(doc, t);
    if (parallel >= 0) found ??= here.find((c) => c.root === parallel && !c.nominal && !c.coordinated);
    const subjectHere =
      here.find((c) => c.subject && !joint(c) && narrated(c)) ?? here.find((c) => c.subject && !joint(c));
    const skipped = !subjectHere && here.some(joint);
    found ??=
      subjectHere ??
      (closestHere || skipped ? [...here].reverse().find((c) => !joint(c) && !c.coordinated) : undefined);
    for (let b = s - 1; !found && b >= Math.max(0, s - WINDOW); b--) {
      const there = (bySent[b] ?? []).filter(ok);
      // Salience: the subject; in the sentence just before, then an object, then the first one named; further back,
      // a person whose gender the text told and the pronoun's agrees with.
      found =
        there.find((c) => c.subject && narrated(c)) ??
        (quotedHere || !on("quote") ? undefined : sentenceSpeaker(b, ok)) ??
        there.find((c) => c.subject) ??
        (b === s - 1
          ? (there.find((c) => c.object) ?? there[0])
          : pronounGender
            ? there.find((c) => !c.nominal && gender.get(c.span.entity) === pronounGender)
            : undefined);
    }
    if (!found && here.length) found = here[here.length - 1];
    // "the country" with no country named nearby: the one the article is about.
    if (!found && wanted.length === 1 && wanted[0] === "COUNTRY" && topicCountry >= 0)
      found = {
        span: { start: t, end: t + 1, entity: topicCountry, type: "COUNTRY" },
        sent: s,
        root: t,
        subject: false,
      };
    // "bought the X tablet and returned it": "it" is the thing the name only modifies, not the name.
    if (found && w === "it" && namesOnlyAThing(doc, found, covered)) continue;
    if (found && !found.nominal && pronounGender && found.span.type === "PERSON" && !gender.has(found.span.entity)) {
      // Learn the gender only when one person could be meant.
      const people = new Set<number>();
      for (let b = s; b >= Math.max(0, s - WINDOW); b--)
        for (const c of bySent[b] ?? []) if (c.span.type === "PERSON" && ok(c)) people.add(c.span.entity);
      if (people.size === 1) gender.set(found.span.entity, pronounGender);
    }
    add(t, found);
  }
  for (const t of quoted) add(t, speakerOf(quotes.quoteOf[t] ?? -1));
  return out.sort((a, b) => a.start - b.start);
}
