// Where a statement went when the text names its addressee indirectly: a body through the occasion it holds ("spoke
// at a Senate committee hearing", "in a Radio X interview"), the body a hearing was given before ("testified before
// the committee"), the outlet or platform something was said on ("said on Radio X"), an outlet through its programme
// or staff ("told Radio X's morning programme", "told the Y Times' editor"), an occasion the parse hung on the
// speaker's name ('"...," said X in an interview with Y'); and whom an outlet cites when it reports someone's words
// ("the agency reported that the minister said ..."). Word lists in data/speech-addressees.json. Token-level only:
// readRelations.ts turns the tokens into entities and edges.
import type { Doc } from "../nlp/doc.js";
import { readDataFile, stringList } from "../data/readDataFile.js";
import { isOccasionNoun } from "./eventReadings.js";
import { caseOf, frameOf, withConjuncts, type Frame } from "./predicates.js";
import { orgHeadWordsOfKinds } from "../extract/lexicon/orgNameHeads.js";

const FILE = "speech-addressees.json";

interface Lists {
  occasions: Set<string>;
  occasionCases: Set<string>;
  hearing: Set<string>;
  platform: Set<string>;
  posts: Set<string>;
  means: Set<string>;
  speaksFor: Set<string>;
  channels: Set<string>;
  citing: Set<string>;
  speakerFirst: Set<string>;
  disclosure: Set<string>;
  presence: Set<string>;
  publish: Set<string>;
  platformPosts: Set<string>;
  writtenIn: Set<string>;
  mediaHeads: Set<string>;
}

let cached: Lists | undefined;

function lists(): Lists {
  if (cached) return cached;
  const raw = readDataFile<Record<string, Record<string, unknown>>>(FILE);
  const words = (field: string, key = "words"): Set<string> => {
    const entry = raw[field];
    if (!entry || typeof entry !== "object") throw new Error(`data file ${FILE}: "${field}" is missing`);
    return new Set(stringList(entry, key, FILE));
  };
  cached = {
    occasions: words("bodyOccasionNouns"),
    occasionCases: words("bodyOccasionCases", "cases"),
    hearing: words("hearingVerbs"),
    platform: words("platformVerbs"),
    posts: words("postNouns"),
    means: words("meansNouns"),
    speaksFor: words("speaksForNouns"),
    channels: words("outletChannelNouns"),
    citing: words("citingVerbs"),
    speakerFirst: words("speakerFirstVerbs"),
    disclosure: words("disclosureVerbs"),
    presence: words("presenceNouns"),
    publish: words("publishVerbs"),
    platformPosts: words("platformPostNouns"),
    writtenIn: words("writtenInVerbs"),
    mediaHeads: new Set(orgHeadWordsOfKinds(["media"])),
  };
  return cached;
}

/** An addressee token read off a predicate, with the slot that reached it (for `via`) and a label word. */
export interface Addressee {
  token: number;
  slot: string;
  /** Organizations only: "on" phrases and occasion modifiers name bodies and outlets, not people spoken to. */
  bodyOnly: boolean;
}

/** Whether a noun names an occasion a body holds ("hearing", "session", "summit"). */
export function isBodyOccasion(doc: Doc, n: number): boolean {
  const { occasions } = lists();
  return doc.upos[n] === "NOUN" && (occasions.has(doc.lowerWord(n)) || occasions.has(doc.lowerLemma(n)));
}

/**
 * The body named on an occasion noun: a name compounded or possessed before it ("a Senate committee hearing", "the
 * party's conference", "a Radio X interview") or its "of" phrase ("a session of the council").
 */
export function occasionBodies(doc: Doc, n: number): number[] {
  const out: number[] = [];
  for (const c of doc.children(n)) {
    const d = doc.deprel[c] ?? "";
    const named = doc.upos[c] === "PROPN" || /^\p{Lu}/u.test(doc.words[c] ?? "");
    if ((d === "compound" || d === "nmod:poss" || d === "flat") && c < n && named) out.push(c);
    else if (d === "nmod" && c > n && caseOf(doc, c) === "of") out.push(c);
  }
  return out;
}

/**
 * The outlet a programme or staff noun belongs to ("Radio X's morning programme", "the Y Times' editor", "a Y Times
 * reporter"), or the platform a presence noun is on ("his X account"): the name possessing or compounded on it. Empty
 * for other nouns.
 */
export function channelOwners(doc: Doc, n: number): number[] {
  const { channels } = lists();
  const presence = isPresenceNoun(doc, n);
  if (doc.upos[n] !== "NOUN" || !(presence || channels.has(doc.lowerWord(n)) || channels.has(doc.lowerLemma(n))))
    return [];
  const out: number[] = [];
  // "his X account": the tagger often reads a platform's name before such a noun as an adjective.
  if (presence)
    for (const c of doc.children(n))
      if (doc.deprel[c] === "amod" && c < n && /^\p{Lu}/u.test(doc.words[c] ?? "")) out.push(c);
  // The possessor may hang on a modifier of the noun ("Radio X's evening programme": on "evening").
  const heads = [n, ...doc.children(n).filter((c) => c < n && doc.deprel[c] === "compound" && doc.upos[c] === "NOUN")];
  for (const h of heads)
    for (const c of doc.children(h)) {
      const d = doc.deprel[c] ?? "";
      if ((d === "nmod:poss" || d === "compound") && c < h && /^\p{Lu}/u.test(doc.words[c] ?? "")) out.push(c);
    }
  return out;
}

/** Whether a verb's "before" phrase is the body it spoke to ("testified before the committee"). */
export function isHearingVerb(doc: Doc, p: number): boolean {
  return lists().hearing.has(doc.lowerLemma(p));
}

/**
 * Whether a verb of confirming or disclosing reports words said ("confirmed to Y that ...", '"...," X confirmed to
 * Y', "admitted to Y that ..."): active, with a "that" clause, a "to" phrase and no object, or hung on the quotation
 * before it.
 */
export function reportsDisclosure(doc: Doc, p: number): boolean {
  if (doc.upos[p] !== "VERB" || !lists().disclosure.has(doc.lowerLemma(p))) return false;
  const kids = doc.children(p);
  if (kids.some((c) => doc.deprel[c] === "aux:pass" || doc.deprel[c] === "nsubj:pass")) return false;
  const thatClause = (c: number): boolean =>
    doc.upos[c] === "VERB" &&
    (doc.deprel[c] === "ccomp" ||
      (doc.deprel[c] === "advcl" && doc.children(c).some((k) => doc.deprel[k] === "mark" && k < c && k > p)));
  const toPhrase = (c: number): boolean => (doc.deprel[c] ?? "").startsWith("obl") && caseOf(doc, c) === "to";
  // With an object the "to" phrase is where the object goes ("confirmed his move to Y"), not who was told.
  const object = kids.some(
    (c) => doc.deprel[c] === "obj" && c > p && doc.upos[c] !== "SCONJ" && caseOf(doc, c) !== "to",
  );
  if (kids.some((c) => c > p && (thatClause(c) || (toPhrase(c) && !object)))) return true;
  // '"The road will reopen," the agency confirmed': the quotation's verb governs the verb closing it.
  const h = doc.head[p] ?? -1;
  if (h < 0 || h > p || !["advcl", "parataxis", "ccomp"].includes(doc.deprel[p] ?? "")) return false;
  for (let k = h + 1; k < p; k++) if (/^["“”]$/u.test(doc.words[k] ?? "")) return true;
  return false;
}

/** The nouns of someone's presence on a platform, for the static patterns' word sets. */
export function presenceNouns(): string[] {
  return [...lists().presence];
}

/** Whether a noun names someone's presence on a platform ("his X account", "her Y page"), not the platform itself. */
export function isPresenceNoun(doc: Doc, n: number): boolean {
  const { presence } = lists();
  return doc.upos[n] === "NOUN" && (presence.has(doc.lowerWord(n)) || presence.has(doc.lowerLemma(n)));
}

/** Whether a verb's object is the speaker and its subject the one passing the words on ("quoted X as saying"). */
export function quotesSpeaker(doc: Doc, p: number): boolean {
  return doc.upos[p] === "VERB" && lists().speakerFirst.has(doc.lowerLemma(p));
}

/**
 * Occasion nouns of a predicate: its obliques with a preposition placing it there ("at a Senate hearing"), an
 * object that is one ("told a party conference"), and one the parse hung on its subject's name ('"...," said X in an
 * interview with Y', where "interview" became a modifier of the name).
 */
function occasionsOf(doc: Doc, frame: Frame): { noun: number; onSubject: boolean }[] {
  const { occasionCases } = lists();
  const out: { noun: number; onSubject: boolean }[] = [];
  for (const o of frame.obliques)
    if (o.of === undefined && occasionCases.has(o.prep) && isBodyOccasion(doc, o.token))
      out.push({ noun: o.token, onSubject: false });
  for (const t of frame.patients) if (isBodyOccasion(doc, t)) out.push({ noun: t, onSubject: false });
  for (const a of frame.agents)
    for (const c of doc.children(a))
      if (
        doc.deprel[c] === "nmod" &&
        c > a &&
        occasionCases.has(caseOf(doc, c)) &&
        (isBodyOccasion(doc, c) || isOccasionNoun(doc, c))
      )
        out.push({ noun: c, onSubject: true });
  return out;
}

/**
 * Addressees of a speech or verbal act beyond its own object and "to" phrase: the body whose occasion it happened at,
 * the body a hearing verb's "before" phrase names, an outlet or platform a verb of saying names with "on", the
 * partner of an interview the parse hung on the speaker's name, and the outlet of a programme or journalist addressed.
 * `speech` says the predicate is a statement (not another verbal act such as criticism): only statements read their
 * "on" phrase, recipients and "to"/"with" phrases here.
 */
export function speechAddressees(doc: Doc, p: number, frame: Frame, speech: boolean): Addressee[] {
  const out: Addressee[] = [];
  for (const { noun, onSubject } of occasionsOf(doc, frame)) {
    for (const b of occasionBodies(doc, noun)) out.push({ token: b, slot: "occasion", bodyOnly: true });
    if (onSubject)
      for (const c of doc.children(noun))
        if (doc.deprel[c] === "nmod" && caseOf(doc, c) === "with")
          for (const k of withConjuncts(doc, c)) out.push({ token: k, slot: "occasion:with", bodyOnly: false });
  }
  if (doc.upos[p] === "VERB" && isHearingVerb(doc, p))
    for (const o of frame.obliques)
      if (o.prep === "before" && o.of === undefined) out.push({ token: o.token, slot: "obl:before", bodyOnly: true });
  if (!speech) return out;
  const { platform, posts, means, writtenIn, mediaHeads } = lists();
  const addressed = [...frame.recipients, ...frame.patients];
  // An object with "to" of its own is a misread oblique ('"...," X confirmed to Y' with Y as the object).
  for (const t of frame.patients) if (caseOf(doc, t) === "to") out.push({ token: t, slot: "obj:to", bodyOnly: false });
  // "said in a post on X", "wrote in a message on Y's page": where the post was published. A verb of saying or a
  // statement noun; the parse may hang the post on the object ("announced her bid in a video posted on X").
  if (doc.upos[p] === "NOUN" || platform.has(doc.lowerLemma(p))) {
    const inPhrases = frame.obliques.filter((o) => o.prep === "in" && o.of === undefined).map((o) => o.token);
    for (const t of frame.patients)
      for (const c of doc.children(t))
        if (doc.deprel[c] === "nmod" && c > t && caseOf(doc, c) === "in") inPhrases.push(c);
    for (const post of inPhrases) if (posts.has(doc.lowerLemma(post))) out.push(...postPlatforms(doc, post));
  }
  for (const o of frame.obliques) {
    // An oblique with no preposition is a misread object ("told Radio X's evening programme" as an adjunct).
    if (o.prep === "to" || o.prep === "with" || o.prep === "") addressed.push(o.token);
    // "spoke by phone with X", "talked over a video link to Y": the partner hung on the means of talking.
    if (o.of === undefined && means.has(doc.lowerLemma(o.token)))
      for (const c of doc.children(o.token))
        if (doc.deprel[c] === "nmod" && (caseOf(doc, c) === "with" || caseOf(doc, c) === "to"))
          for (const k of withConjuncts(doc, c)) out.push({ token: k, slot: "means", bodyOnly: false });
    // "X wrote in the Porvik Times that ...": the newspaper or magazine the words were published in.
    if (
      o.prep === "in" &&
      o.of === undefined &&
      doc.upos[p] === "VERB" &&
      writtenIn.has(doc.lowerLemma(p)) &&
      mediaHeads.has(doc.lowerWord(o.token))
    )
      out.push({ token: o.token, slot: "obl:in:outlet", bodyOnly: true });
    if (o.prep !== "on") continue;
    // "said on Radio X", "speaking on Radio X's morning programme": where it was said.
    const owners = channelOwners(doc, o.token);
    for (const k of owners) out.push({ token: k, slot: "obl:on:channel", bodyOnly: true });
    if (!owners.length && doc.upos[p] === "VERB" && platform.has(doc.lowerLemma(p)))
      out.push({ token: o.token, slot: "obl:on", bodyOnly: true });
  }
  for (const t of addressed)
    for (const k of channelOwners(doc, t)) out.push({ token: k, slot: "channel", bodyOnly: true });
  return out;
}

/** The platform a post was published on: its "on" phrase, that of the verb publishing it, or a name on it. */
function postPlatforms(doc: Doc, post: number): Addressee[] {
  const { platformPosts, publish } = lists();
  const out: Addressee[] = [];
  for (const c of doc.children(post)) {
    // "wrote in an X post": the platform named on the post.
    if (
      (doc.deprel[c] === "compound" || doc.deprel[c] === "amod") &&
      c < post &&
      platformPosts.has(doc.lowerWord(post)) &&
      /^\p{Lu}/u.test(doc.words[c] ?? "")
    )
      out.push({ token: c, slot: "post:platform", bodyOnly: true });
    // "said in a video posted on X": the post's "on" phrase hangs on the verb publishing it.
    const published =
      doc.deprel[c] === "acl" && doc.upos[c] === "VERB" && publish.has(doc.lowerLemma(c))
        ? doc.children(c).filter((k) => (doc.deprel[k] ?? "").startsWith("obl"))
        : [];
    for (const on of doc.deprel[c] === "nmod" ? [c] : published) {
      if (caseOf(doc, on) !== "on") continue;
      const owners = channelOwners(doc, on);
      for (const k of owners.length ? owners : [on]) out.push({ token: k, slot: "post:on", bodyOnly: true });
    }
  }
  return out;
}

/**
 * Speakers an outlet's report cites: "the agency reported that the minister said ...", "the paper reported that police
 * say ..." (the outlet's verb of reporting with a clause of saying as complement). Returns the speakers' tokens.
 */
export function citedSpeakers(doc: Doc, p: number, isSpeech: (t: number) => boolean): number[] {
  if (doc.upos[p] !== "VERB" || !lists().citing.has(doc.lowerLemma(p))) return [];
  const out: number[] = [];
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    // The parse makes a "that" clause a ccomp or, often, an advcl with its marker.
    if (d !== "ccomp" && !(d === "advcl" && doc.children(c).some((k) => doc.deprel[k] === "mark"))) continue;
    // "reported that X happened and that Y said ...": each coordinated "that" clause is reported too.
    const clauses = [c, ...doc.children(c).filter((k) => doc.deprel[k] === "conj" && doc.upos[k] === "VERB")];
    for (const v of clauses) {
      if (doc.upos[v] !== "VERB" || !isSpeech(v)) continue;
      // The speaker of a reported "that" clause comes before its verb; a name after it belongs to what was said.
      out.push(...frameOf(doc, v).agents.filter((t) => t < v));
    }
  }
  return out;
}

/**
 * A fronted adjunct of speaking the parse broke ("In a statement to X, Y said", "Speaking to X, Y said", "In an
 * interview with X, Y said"): the main clause's subject Y was hung on X as an appositive after the comma, and the
 * adjunct's noun made the verb's subject or the participle an adverbial clause. Returns each speaker Y (the
 * appositive right before the verb) with the addressee X ("to"/"with" phrase of the adjunct), as tokens.
 */
export function frontedAddressees(doc: Doc, p: number, isSpeech: (t: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const c of doc.children(p)) {
    if (c > p) continue;
    const adjunctNoun = doc.upos[c] === "NOUN" && doc.children(c).some((k) => doc.deprel[k] === "case" && k < c);
    const participle = doc.upos[c] === "VERB" && doc.deprel[c] === "advcl" && isSpeech(c);
    if (!adjunctNoun && !participle) continue;
    for (const x of doc.children(c)) {
      const d = doc.deprel[x] ?? "";
      if (d !== "nmod" && d !== "obl") continue;
      const prep = caseOf(doc, x);
      if (prep !== "to" && prep !== "with") continue;
      // The appositive hangs on the addressee or on the adjunct's noun.
      for (const y of [...doc.children(x), ...doc.children(c)]) {
        if (doc.deprel[y] !== "appos" || y < x) continue;
        // The appositive runs up to the verb ("..., Y said") and follows a comma: the main clause's subject.
        // (Its words are flat on it, or, parsed head-first, on the name it hangs on.)
        const words = [y, ...doc.children(y).filter((k) => doc.deprel[k] === "flat")];
        for (const k of doc.children(x)) if (doc.deprel[k] === "flat" && k > y) words.push(k);
        const start = Math.min(...words);
        if (Math.max(...words) + 1 !== p || doc.words[start - 1] !== ",") continue;
        out.push([y, x]);
      }
    }
  }
  return out;
}

const RELATIVE_WHO = new Set(["who", "which", "that"]);

function isRelativePronoun(doc: Doc, t: number): boolean {
  return RELATIVE_WHO.has(doc.lowerWord(t)) && doc.upos[t] === "PRON";
}

/**
 * The speaker of a finite speech verb a greedy parse hung on the relative clause before it ("X, who was arrested in
 * May, told Y ...", "X, who leads Z, later told Y"): the relative clause's antecedent, or the name the parse made
 * a second subject beside the relative pronoun. -1 when the verb is not so hung.
 */
export function relativeHungSpeaker(doc: Doc, p: number): number {
  const h = doc.head[p] ?? -1;
  const rel = doc.deprel[p] ?? "";
  if (h < 0 || doc.upos[p] !== "VERB" || !["advcl", "parataxis", "conj"].includes(rel)) return -1;
  // A finite verb: no subordinator or infinitive marker of its own, not a participle ("..., saying").
  if (doc.children(p).some((k) => doc.deprel[k] === "mark")) return -1;
  if (doc.lowerWord(p).endsWith("ing")) return -1;
  const subjects = doc.children(h).filter((k) => (doc.deprel[k] ?? "").startsWith("nsubj"));
  const pronoun = subjects.find((k) => isRelativePronoun(doc, k));
  if (pronoun === undefined || pronoun > p) return -1;
  if (doc.deprel[h] === "acl:relcl" && rel !== "conj") return doc.head[h] ?? -1;
  // "X, who leads Z, told Y" parsed with the relative clause as the main one and X a second subject of it.
  const named = subjects.find((k) => k < pronoun && !isRelativePronoun(doc, k));
  return named !== undefined && rel !== "conj" ? named : -1;
}

/**
 * The owner an office, member of staff or document speaks for ("X's office", "a lawyer for X", "a statement from
 * X's office"): the possessor or "for"/"from"/"of" phrase of such a noun, followed through a second one. Returns
 * the owner tokens, empty for other nouns.
 */
export function principalsOf(doc: Doc, n: number, depth = 0): number[] {
  const { speaksFor } = lists();
  if (depth > 1 || doc.upos[n] !== "NOUN" || !(speaksFor.has(doc.lowerWord(n)) || speaksFor.has(doc.lowerLemma(n))))
    return [];
  const out: number[] = [];
  for (const c of doc.children(n)) {
    const d = doc.deprel[c] ?? "";
    const prep = caseOf(doc, c);
    if (d !== "nmod:poss" && !(d === "nmod" && (prep === "for" || prep === "from" || prep === "of"))) continue;
    const inner = principalsOf(doc, c, depth + 1);
    out.push(...(inner.length ? inner : withConjuncts(doc, c)));
  }
  return out;
}
