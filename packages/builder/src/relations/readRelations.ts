// Relations read from a dependency parse: static relations (ROLE, ORIGIN, LOCATION, PART_OF) from the data
// patterns in staticPatterns.json, and event, statement and movement relations from each predicate's arguments
// (predicates.ts) with the category its verb or noun carries (eventCategoryOf). Arguments become entities
// through the spans laid over the tokens, through the name a descriptor noun carries ("the X news agency"), and
// through the country a nationality on a people noun stands for ("Ruritanian citizens").
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import {
  ARGUMENT_ROLES,
  ARRIVAL_LEMMAS,
  AUDIENCE_OBJECT_LEMMAS,
  MEMBER_OF_NOUNS,
  NAMING_LEMMAS,
  ORG_MEMBER_NOUNS,
  PEOPLE_NOUNS,
  RECIPROCAL_LEMMAS,
  RELAY_LEMMAS,
  VERBAL_CAMEO_ROOTS,
  PLACE_OBJECT_LEMMAS,
  PLACE_AGENT_NOUNS,
  PLACE_OF_NOUNS,
  VISIT_LEMMAS,
} from "./argumentRoles.js";
import { eventCategoryOf, type PredicateMeaning } from "./eventCategory.js";
import {
  admitsPair,
  citesAuthor,
  controlNounCategory,
  evaluationOf,
  isContent,
  fallenTo,
  isForce,
  occupationCode,
  partitiveWhole,
  isVictimVerb,
  unasserted,
} from "./eventReadings.js";
import { matchPattern, type MatchContext, type PatternFile } from "./matcher.js";
import {
  rememberedAuthors,
  adjacentSpeaker,
  caseOf,
  commonSubjectBeforeComma,
  contentAuthors,
  frameOf,
  nominalFrame,
  underControlNoun,
  withConjuncts,
  type Frame,
} from "./predicates.js";
import { STATIC_PATTERNS } from "./staticPatterns.js";
import type { EntitySpan, ParsedArticle, ReadRelation } from "./types.js";
import { CONFIDENCE } from "./confidence.js";
import { commaInPlaces, placeChains } from "./placeChains.js";
import { componentAppositions } from "./componentApposition.js";
import { GENERIC_ORG_NOUNS } from "./references.js";
import { prepositionChains } from "./prepositionChains.js";
import { ownsLocative } from "./locativeOwner.js";
import { PERSON_ASIDES } from "./personParenthesis.js";
import { nationalitiesBeforeNames } from "./nationalityBeforeName.js";
import { NATIONAL_OFFICES } from "./titleLexicon.js";
import { unheldOffices } from "./unheldOffices.js";
import { withoutContradicted, workEntities, type WorkWords } from "./staticVetoes.js";
import { closeLocations } from "./locationClosure.js";
import { nationalityPlaces } from "./nationalityPlaces.js";
import { placeNamedByNoun } from "./placeNounName.js";
import { WATER_BODY_HEADS } from "../extract/lexicon/placeNameHeads.js";
import {
  classifyPairs,
  perClassThresholds,
  shippedPairModel,
  STATIC_CATEGORIES,
  type PairModel,
} from "./pairClassifier.js";
import {
  citedSpeakers,
  frontedAddressees,
  isHearingVerb,
  principalsOf,
  quotesSpeaker,
  relativeHungSpeaker,
  speechAddressees,
} from "./speechAddressees.js";

const PATTERNS: PatternFile = STATIC_PATTERNS;
const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(PATTERNS.sets).map(([k, v]) => [k, new Set(v)]),
);
/** Title and office words: a descriptor run holding one states a post (ROLE patterns), not only a nationality. */
const TITLE_AND_OFFICE: ReadonlySet<string> = new Set([...(SETS.get("TITLE") ?? []), ...(SETS.get("OFFICE") ?? [])]);
/** Prepositions that introduce examples of a noun ("such as", "including", "like"). */
const EXAMPLE_CASES = new Set(["such", "including", "like"]);
/** Agentless passives borrow the agent of the same verb's last active use within this many sentences. */
const PASSIVE_MEMORY_SENTENCES = 4;
/**
 * CAMEO roots of evaluations (praise and endorsement 05, disapproval 11, rejection 12): an evaluated thing stands
 * for its author ("criticized X's decision"). Material acts on a thing do not ("improved X's sales").
 */
const EVALUATION_ROOTS = new Set(["05", "11", "12"]);
/**
 * Whether a code judges or works against what someone said or did: the roots above, denying an accusation or
 * report (016), and reducing relations, undermining and boycotting (16: "undermined X's talks", "boycotted X's
 * summit" oppose X).
 */
const isEvaluation = (code: string): boolean =>
  EVALUATION_ROOTS.has(code.slice(0, 2)) || code.startsWith("016") || code.startsWith("16");
/** Armed men a person's possessive makes that person's own ("X's forces", "his loyalists"). */
const LEADER_FORCE_NOUNS = new Set(["forces", "troops", "soldiers", "fighters", "militia", "militias", "loyalists"]);
/**
 * "X's government arrested Y", "his regime jailed Y": the bodies a leader heads act for the leader too; not "our
 * government" (a spokesman or official speaks of the country's, not of one they head).
 */
const LEADER_BODY_NOUNS = new Set(["government", "regime", "administration", "army", "military", "police"]);
const FIRST_PERSON_POSSESSIVES = new Set(["our", "my"]);
/** Categories of one actor acting on or speaking to another. */
const ACTOR_CATEGORIES = new Set<string>(["STATEMENT", "SUPPORT", "OPPOSITION", "COERCION", "VIOLENCE"]);
/** Pronouns that open a relative clause ("a bombing that killed Y", "the attack, which killed Y"). */
const RELATIVE_PRONOUNS = new Set(["which", "that"]);
/**
 * The name a past participle of naming gives a common noun ("a base known as X", "a town called X", "a man named
 * X"), or -1: the participle's "as" phrase (with "known") or its predicate or object (with a verb of naming).
 */
function namedBy(doc: Doc, t: number): number {
  if (doc.upos[t] !== "NOUN") return -1;
  for (const c of doc.children(t)) {
    if (doc.deprel[c] !== "acl" || c < t || /ing$/.test(doc.lowerWord(c))) continue;
    const lemma = doc.lowerLemma(c);
    for (const k of doc.children(c)) {
      const rel = doc.deprel[k] ?? "";
      if (lemma === "know" && rel.startsWith("obl") && caseOf(doc, k) === "as") return k;
      if (
        NAMING_LEMMAS.has(lemma) &&
        (rel === "xcomp" || rel === "obj" || (rel.startsWith("obl") && caseOf(doc, k) === "as"))
      )
        return k;
    }
  }
  return -1;
}

/** Prepositions of an adjunct naming the act an event happened in ("killed in an airstrike", "during a raid"). */
const ADJUNCT_ACT_CASES = new Set(["in", "during"]);
/** Sentences longer than this (flattened tables, run-ons) are read for static patterns only. */
const MAX_PREDICATE_SENTENCE = 120;

interface Arg {
  span: EntitySpan;
  how: string;
  token: number;
}

export function spanIndex(length: number, spans: readonly EntitySpan[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = Math.max(0, s.start); i < Math.min(length, s.end); i++) at[i] = k;
  });
  return at;
}

/** Label words of a title node: the title with its title modifiers ("Interior Minister", "police spokesman"). */
function titleLabel(doc: Doc, t: number, spanAt: Int32Array): string {
  const keep = [t];
  for (const c of doc.children(t)) {
    const d = doc.deprel[c] ?? "";
    if ((d === "compound" || d === "amod") && (spanAt[c] ?? -1) < 0 && c < t) keep.push(c);
  }
  keep.sort((a, b) => a - b);
  return keep.map((k) => doc.words[k] ?? "").join(" ");
}

/** A verb with an object and a predicate nominal or adjective after it ("called them cheats", "branded it unfair"). */
function namesObject(doc: Doc, p: number): boolean {
  let objects = 0;
  let predicative = false;
  for (const c of doc.children(p)) {
    const d = doc.deprel[c] ?? "";
    if (d === "obj" || d === "iobj") objects++;
    else if (d === "xcomp" && doc.upos[c] !== "VERB") predicative = true;
  }
  return objects >= 2 || (objects >= 1 && predicative);
}

/**
 * Names set off by commas that the parse put in apposition to the noun of a common-noun subject's prepositional
 * phrase ("The governor of the province, X, said": X on "province"), closing right before the verb's clause.
 */
function phraseAppositives(doc: Doc, t: number): number[] {
  // Only a noun of a person ("the governor of the province", "the son of the founder"), not an event ("the death
  // of X's father, Y").
  if (doc.upos[t] !== "NOUN" || !(PERSON_NOUNS.has(doc.lowerLemma(t)) || KIN_NOUNS.has(doc.lowerLemma(t)))) return [];
  const out: number[] = [];
  for (const m of doc.children(t)) {
    if (doc.deprel[m] !== "nmod" || m < t || doc.upos[m] !== "NOUN") continue;
    for (const c of doc.children(m)) {
      if (doc.deprel[c] !== "appos" || doc.upos[c] !== "PROPN" || c < m) continue;
      let first = c;
      for (const k of doc.children(c)) if (k < first && doc.deprel[k] === "flat") first = k;
      if (doc.words[first - 1] === "," && doc.words[c + 1] === ",") out.push(c);
    }
  }
  return out;
}

/** Nouns of kin, which describe a person as titles do ("the son of the founder, X"). */
const KIN_NOUNS = new Set(
  "son daughter father mother brother sister wife husband widow widower uncle aunt nephew niece cousin".split(" "),
);

/** Words that say a name before them is a person's post or trade, not a thing named after it ("Y-ish Army chief"). */
const PERSON_NOUNS = new Set([...(SETS.get("TITLE") ?? []), ...(SETS.get("OCCUPATION") ?? [])]);

/**
 * A name compounded onto a common noun that is no title ("a Y-ish Army knife", "a Y Navy-style jacket") names a
 * kind of thing after the body, not the body itself.
 */
function namesAThing(doc: Doc, span: EntitySpan): boolean {
  for (let i = span.start; i < span.end; i++) {
    const h = doc.head[i] ?? -1;
    if (h >= span.start && h < span.end) continue;
    return doc.deprel[i] === "compound" && h >= 0 && doc.upos[h] === "NOUN" && !PERSON_NOUNS.has(doc.lowerLemma(h));
  }
  return false;
}

/** Parts of speech no name is: a one-word "name" the tagger found on one ("Since", "Although" opening a sentence). */
const FUNCTION_UPOS = new Set(["ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART", "PRON"]);

/** Whether a span is a one-word name the parser reads as a function word (not a pronoun or description resolved). */
function functionWordName(doc: Doc, span: EntitySpan): boolean {
  return !span.reference && span.end - span.start === 1 && FUNCTION_UPOS.has(doc.upos[span.start] ?? "");
}

class Reader {
  readonly out: ReadRelation[] = [];
  readonly spanAt: Int32Array;
  private readonly lastActive = new Map<string, { agents: Arg[]; sent: number }>();

  /** Names inside other names, by token ("Ruritania" in "Ruritania's invasion of X" named as an event). */
  private readonly nestedAt: Int32Array;

  /** Each token's eventCategoryOf, read once: the readers below ask for the same predicates many times. */
  private readonly meanings: (PredicateMeaning | null | undefined)[];

  constructor(private readonly a: ParsedArticle) {
    this.spanAt = spanIndex(a.doc.length, a.spans);
    this.nestedAt = spanIndex(a.doc.length, a.nested);
    this.meanings = new Array<PredicateMeaning | null | undefined>(a.doc.length);
  }

  /** eventCategoryOf(doc, t), memoised (the Doc does not change while it is read). */
  private meaningOf(t: number): PredicateMeaning | undefined {
    let m = this.meanings[t];
    if (m === undefined) this.meanings[t] = m = eventCategoryOf(this.doc, t) ?? null;
    return m ?? undefined;
  }

  private get doc(): Doc {
    return this.a.doc;
  }

  /** Entities an argument token stands for. */
  argEntities(t: number, depth = 0): Arg[] {
    const { doc } = this;
    const k = this.spanAt[t] ?? -1;
    if (k >= 0) {
      const span = this.a.spans[k]!;
      // An event's name holds its participants: the possessor in "X's invasion of Y" is X, not the event.
      const inner = span.type === "EVENT" ? this.a.nested[this.nestedAt[t] ?? -1] : undefined;
      if (inner) return [{ span: inner, how: "name", token: t }];
      const kind = span.inferred ? "description" : "reference";
      const how = span.reference ? (span.acrossSentences ? `${kind}-across` : kind) : "name";
      // "they" after "X and Y ...": the relation holds for each entity the reference stands for.
      const others = (span.also ?? []).map((entity) => ({
        span: { ...span, entity, type: this.a.typeOf(entity), also: [] },
        how,
        token: t,
      }));
      return [{ span, how, token: t }, ...others];
    }
    const upos = doc.upos[t];
    if (upos !== "NOUN" && upos !== "PROPN" && upos !== "NUM" && upos !== "PRON") return [];
    const word = doc.lowerWord(t);
    const out: Arg[] = [];
    for (const c of doc.children(t)) {
      const ks = this.spanAt[c] ?? -1;
      if (ks < 0) continue;
      const span = this.a.spans[ks]!;
      const d = doc.deprel[c] ?? "";
      if (d === "appos") out.push({ span, how: "appos", token: c });
      else if (span.type === "PERSON" && (d === "nmod" || d === "flat") && SETS.get("TITLE")?.has(doc.lowerLemma(t)))
        // "Chief of Staff X" parsed with the name under the title: the title stands for the person.
        out.push({ span, how: "appos", token: c });
      else if (
        (d === "compound" || d === "flat" || d === "nmod:desc") &&
        !span.adjective &&
        span.type !== "PERSON" &&
        ((span.type !== "COUNTRY" && span.type !== "LOCATION") || PLACE_AGENT_NOUNS.has(word))
      )
        // "the X news agency": a descriptor noun headed after the name; a place only before a body acting for it.
        out.push({ span, how: "descriptor", token: c });
      else if (
        (d === "amod" || d === "compound" || d === "nmod:poss") &&
        ((PEOPLE_NOUNS.has(word) && span.type === "COUNTRY") ||
          (ORG_MEMBER_NOUNS.has(word) && span.type === "ORGANIZATION") ||
          // "X's forces bombed Y", "his troops": a leader's armed men act for the leader.
          (d === "nmod:poss" &&
            span.type === "PERSON" &&
            (LEADER_FORCE_NOUNS.has(word) ||
              (LEADER_BODY_NOUNS.has(word) && !FIRST_PERSON_POSSESSIVES.has(doc.lowerWord(c))))))
      )
        out.push({ span, how: "people", token: c });
      else if (d === "nmod" && PLACE_OF_NOUNS.has(word) && span.type === "LOCATION" && caseOf(doc, c) === "of")
        // "shelled the town of X": the place noun stands for the place named.
        out.push({ span, how: "appos", token: c });
      else if ((d === "nmod" || d === "appos") && EXAMPLE_CASES.has(caseOf(doc, c)))
        // "countries such as X and Y", "groups including X": the named examples.
        for (const x of withConjuncts(doc, c).flatMap((k) => this.argEntities(k, depth + 1)))
          out.push({ ...x, how: "example" });
      else if (
        (d === "nmod" || d === "nmod:poss") &&
        MEMBER_OF_NOUNS.has(word) &&
        ["of", "from", "with", "at", "for", "'s", "’s", ""].includes(caseOf(doc, c))
      )
        out.push({ span, how: "member", token: c });
    }
    if (!out.length && MEMBER_OF_NOUNS.has(word) && depth < 2)
      // "hundreds of Ruritanian citizens", "members of the X party": the group named inside.
      for (const c of doc.children(t))
        if (doc.deprel[c] === "nmod" && ["of", "from"].includes(caseOf(doc, c)))
          for (const inner of this.argEntities(c, depth + 1)) out.push({ ...inner, how: "member" });
    return out;
  }

  /**
   * An event's argument: the entities the token stands for; else the whole a part noun names ("captured parts of
   * X"), or the name a noun is in apposition to ("X, a student who was arrested by Y": the relative clause's gap is
   * "student").
   */
  private eventArgs(t: number): Arg[] {
    const { doc } = this;
    const direct = this.argEntities(t).map((x) => this.possessedBodyOwner(x) ?? x);
    if (direct.length) return direct;
    const whole = partitiveWhole(doc, t);
    if (whole >= 0) return this.argEntities(whole).map((x) => ({ ...x, how: "part" }));
    const h = doc.head[t] ?? -1;
    if (doc.deprel[t] === "appos" && doc.upos[t] === "NOUN" && h >= 0 && (this.spanAt[h] ?? -1) >= 0)
      return this.argEntities(h).map((x) => ({ ...x, how: "appos" }));
    // "overran a base known as X", "seized a town called X": a common noun the participle of naming names.
    const named = namedBy(doc, t);
    if (named >= 0) return this.argEntities(named).map((x) => ({ ...x, how: "appos" }));
    return [];
  }

  /**
   * The country of a state body named by its possessor ("Ruritania's army", "Ruritania's police"): in an event the
   * body acts, and is acted on, for its country, as a leader's forces do for the leader. A body with a name of its
   * own ("the Ruritanian Army", "the Interior Ministry") is left to act as itself.
   */
  /** Bodies "<Country>'s <body>" by entity, with their country's entity (possessedBodyOwner's). */
  private bodyOwners: Map<number, number> | undefined;

  private ownedBody(body: number, country: number): boolean {
    if (!this.bodyOwners) {
      this.bodyOwners = new Map();
      for (const span of this.a.spans) {
        const owner = this.possessedBodyOwner({ span, how: "name", token: span.end - 1 });
        if (owner) this.bodyOwners.set(span.entity, owner.span.entity);
      }
    }
    return this.bodyOwners.get(body) === country;
  }

  private possessedBodyOwner(x: Arg): Arg | undefined {
    const { doc } = this;
    const span = x.span;
    if (span.type !== "ORGANIZATION" || span.reference || span.end - span.start < 3) return undefined;
    const owner = this.a.nested[this.nestedAt[span.start] ?? -1];
    if (!owner || owner.type !== "COUNTRY" || owner.adjective || owner.group) return undefined;
    const mark = doc.lowerWord(owner.end);
    if (owner.end !== span.end - 2 || (mark !== "'s" && mark !== "’s")) return undefined;
    if (!SETS.get("STATE_BODY")?.has(doc.lowerLemma(span.end - 1))) return undefined;
    return { span: owner, how: "people", token: x.token };
  }

  /**
   * A matched possessive ("X's") hangs on an organization's name compounded onto the common noun right after it
   * ("X's Y page"), one that names no organization's kind ("X's Y party" is Y) and no post.
   */
  private possessesAThing(m: ReadonlyMap<string, number>): boolean {
    for (const k of m.values()) {
      if (this.doc.deprel[k] !== "nmod:poss") continue;
      // The possessive on the name, or on the noun the name is compounded onto.
      const h = this.doc.head[k] ?? -1;
      const owned = this.a.spans[this.spanAt[h] ?? -1] ?? this.a.spans[this.spanAt[h - 1] ?? -1];
      if (
        owned?.type !== "ORGANIZATION" ||
        owned.reference ||
        (owned.end !== h && !(owned.start <= h && h < owned.end))
      )
        continue;
      const noun = owned.end;
      if (this.doc.head[owned.end - 1] !== noun || this.doc.deprel[owned.end - 1] !== "compound") continue;
      if (this.doc.upos[noun] !== "NOUN" || GENERIC_ORG_NOUNS.has(this.doc.lowerLemma(noun))) continue;
      if (namesAThing(this.doc, owned)) return true;
    }
    return false;
  }

  /** A reading between two names (no argument search): the pattern's confidence, else `fallback`. */
  private emitNamed(
    source: EntitySpan,
    target: EntitySpan,
    category: ReadRelation["category"],
    label: string,
    trigger: number,
    via: string,
    fallback: number,
  ): void {
    this.emit(
      { span: source, how: "name", token: source.start },
      { span: target, how: "name", token: target.start },
      category,
      label,
      trigger,
      via,
      CONFIDENCE.pattern[via] ?? fallback,
    );
  }

  private emit(
    source: Arg,
    target: Arg,
    category: ReadRelation["category"],
    label: string,
    trigger: number,
    via: string,
    confidence: number,
    cameo?: string,
  ): void {
    if (source.span.entity === target.span.entity) return;
    // "Ruritania's government" standing for Ruritania: no relation between the country and that body of its own.
    if (
      ACTOR_CATEGORIES.has(category) &&
      (this.ownedBody(source.span.entity, target.span.entity) || this.ownedBody(target.span.entity, source.span.entity))
    )
      return;
    let c = confidence;
    if (source.how !== "name") c *= CONFIDENCE.argument[source.how] ?? 0.85;
    if (target.how !== "name") c *= CONFIDENCE.argument[target.how] ?? 0.85;
    const r: ReadRelation = {
      source: source.span.entity,
      target: target.span.entity,
      category,
      label,
      confidence: Math.round(c * 1000) / 1000,
      sent: this.doc.sentOf[trigger] ?? 0,
      trigger,
      argTokens: [
        [source.span.start, source.span.end],
        [target.span.start, target.span.end],
      ],
      via,
    };
    if (cameo) r.cameo = cameo;
    this.out.push(r);
  }

  /** Whether a name carries a title noun of its own before it ("envoy B"). */
  private hasOwnTitle(t: number): boolean {
    const titles = SETS.get("TITLE");
    return this.doc
      .children(t)
      .some(
        (c) =>
          c < t &&
          ["nmod:desc", "compound"].includes(this.doc.deprel[c] ?? "") &&
          !!titles?.has(this.doc.lowerLemma(c)),
      );
  }

  private hasOwnModifier(t: number, verbal = false): boolean {
    // A modifier, or a copular clause of its own ("..., and the deputy is Y"). Under a verb a descriptor before
    // the name is each conjunct's own title ("founded by guitarist A and bassist B"), no modifier of its own.
    return this.doc
      .children(t)
      .some(
        (c) =>
          /^(nmod|acl|appos|parataxis|nsubj|cop)/.test(this.doc.deprel[c] ?? "") &&
          !(verbal && this.doc.deprel[c] === "nmod:desc"),
      );
  }

  /**
   * Whether a matched word other than the source has a subject of its own that names someone else ("X, while he
   * was director of Y" parsed as X's appositive: a clause whose subject, "he", holds the title, not X), or runs on
   * into another person's name ("X, Leader of the Y Assembly Z": Z's title). Read for ROLE and ORIGIN.
   */
  private ownSubjectElsewhere(m: ReadonlyMap<string, number>, source: number): boolean {
    const bound = new Set(m.values());
    const sourceArgs = this.argEntities(source);
    const sources = new Set(sourceArgs.map((x) => x.span.entity));
    if (!sources.size) return false;
    // A name run on to the source's ("X von Y" split in two) is no other person.
    const beside = (x: Arg): boolean =>
      sourceArgs.some((a) => x.span.start <= a.span.end + 1 && a.span.start <= x.span.end + 1);
    const { doc } = this;
    /** A person's name run on into the phrase at k ("Leader of the Y Assembly Z"): that name holds what k names. */
    const runOnName = (k: number, depth: number): boolean =>
      doc.children(k).some((c) => {
        const span = this.a.spans[this.spanAt[c] ?? -1];
        const own = span && k >= span.start && k < span.end;
        if (span?.type === "PERSON" && !own && ["flat", "compound"].includes(doc.deprel[c] ?? ""))
          return !sources.has(span.entity);
        return depth > 0 && doc.deprel[c] === "nmod" && runOnName(c, depth - 1);
      });
    for (const k of bound) {
      if (k === source) continue;
      for (const c of doc.children(k)) {
        if (bound.has(c) || !(doc.deprel[c] ?? "").startsWith("nsubj")) continue;
        const subjects = this.argEntities(c);
        if (subjects.length && !subjects.some((x) => sources.has(x.span.entity) || beside(x))) return true;
      }
      if (runOnName(k, 1)) return true;
    }
    return false;
  }

  staticRelations(): void {
    // Patterns ask for the span at a token many times: read each token once.
    const spanOf: (EntitySpan | null | undefined)[] = new Array(this.doc.length);
    const own = (t: number): EntitySpan | undefined => this.a.spans[this.spanAt[t] ?? -1];
    // "the province of X" stands for X where a pattern wants a place.
    const namingNouns = SETS.get("NAMING_PLACE_NOUN");
    const ctx: MatchContext = {
      doc: this.doc,
      spanOf: (t) => {
        let s = spanOf[t];
        if (s === undefined)
          spanOf[t] = s =
            this.argEntities(t)[0]?.span ??
            (namingNouns ? placeNamedByNoun(this.doc, t, namingNouns, own) : null) ??
            null;
        return s ?? undefined;
      },
      sets: SETS,
      ownSpanOf: own,
    };
    for (const p of PATTERNS.patterns) {
      for (const m of matchPattern(ctx, p)) {
        const s = m.get(p.source);
        const t = m.get(p.target);
        if (s === undefined || t === undefined) continue;
        // "never coached X", "could join X": a verb the pattern matched that the clause does not assert.
        if ([...m.values()].some((k) => this.doc.upos[k] === "VERB" && unasserted(this.doc, k, p.category))) continue;
        if ((p.category === "ROLE" || p.category === "ORIGIN") && this.ownSubjectElsewhere(m, s)) continue;
        // "X's Y page", "X's Y account": the possessive is the common noun's the name is compounded onto, so the
        // name (a platform, a brand) is no organization of X's.
        if ((p.category === "PART_OF" || p.category === "ROLE") && this.possessesAThing(m)) continue;
        const labelNode = "node" in p.label ? m.get(p.label.node) : undefined;
        const label =
          "text" in p.label
            ? p.label.text
            : labelNode !== undefined
              ? titleLabel(this.doc, labelNode, this.spanAt)
              : "";
        const trigger = labelNode ?? t;
        const named = ctx.spanOf(t);
        const targetArg = this.argEntities(t)[0] ?? (named ? { span: named, how: "place-noun", token: t } : undefined);
        if (!targetArg) continue;
        const conf = CONFIDENCE.pattern[p.id] ?? p.confidence;
        // Coordinated holders share the title ("X and Y, both members of Z"); a conjunct with a modifier of
        // its own ("X in A and Y in B") does not share the first one's.
        const verbal = this.doc.upos[this.doc.head[s] ?? -1] === "VERB";
        // A title read from a noun (not a verb) is not shared by a conjunct with a title of its own ("President A
        // and envoy B").
        const nominal = labelNode !== undefined && this.doc.upos[labelNode] !== "VERB";
        // A singular title before the first name is that name's alone ("leader A and B"; "leaders A and B" share).
        const ownTitleBefore =
          nominal && labelNode < s && this.doc.lowerWord(labelNode) === this.doc.lowerLemma(labelNode);
        const holders = withConjuncts(this.doc, s).filter(
          (k) =>
            (k === s || (!ownTitleBefore && !this.hasOwnModifier(k, verbal) && !(nominal && this.hasOwnTitle(k)))) &&
            ownsLocative(this.doc, s, k, t, (c) => this.argEntities(c).length > 0),
        );
        const holderArgs = (k: number): Arg[] => {
          const args = this.argEntities(k);
          const place = args.length ? undefined : ctx.spanOf(k);
          return place ? [{ span: place, how: "place-noun", token: k }] : args;
        };
        // Coordinated names the target node admits share the reading too ("played for A, B and C").
        const admitted = p.nodes.find((n) => n.name === p.target)?.ent ?? [targetArg.span.type];
        const targets = [
          targetArg,
          ...withConjuncts(this.doc, t)
            .filter((k) => k !== t)
            .flatMap((k) => this.argEntities(k).filter((x) => x.how === "name" && admitted.includes(x.span.type))),
        ];
        // A conjunct shares the reading only as what the source node admits ("X, a Y from Z" parsed as a
        // coordination: the party noun is no person from Z).
        const sourceAdmitted = p.nodes.find((n) => n.name === p.source)?.ent;
        const sources = holders.flatMap((k) =>
          holderArgs(k).filter((x) => k === s || !sourceAdmitted || sourceAdmitted.includes(x.span.type)),
        );
        for (const source of sources)
          for (const target of targets) this.emit(source, target, p.category, label, trigger, p.id, conf);
      }
    }
    // "City, Region, Country": names in a comma chain lie in the next one.
    for (const link of placeChains(this.doc, this.a.spans)) {
      const via = link.toCountry ? "place-chain-country" : "place-chain";
      this.emitNamed(link.inner, link.outer, "LOCATION", "located in", link.trigger, via, link.toCountry ? 0.85 : 0.75);
    }
    // "in A, in B": the second locative restates the first's larger place.
    for (const link of commaInPlaces(this.doc, this.a.spans, PLACE_NOUNS))
      this.emitNamed(link.inner, link.outer, "LOCATION", "in", link.trigger, "place-comma-in", 0.75);
    // "X's armed wing, Y" / "the X watchdog, Y": the apposed name is a part of the noun's owner.
    for (const link of componentAppositions(this.doc, this.a.spans, COMPONENT_AND_OUTLET_NOUNS))
      this.emitNamed(
        link.part,
        link.whole,
        "PART_OF",
        this.doc.lowerWord(link.noun),
        link.noun,
        "component-apposition-surface",
        0.8,
      );
    // "A in B in the state of C": each place lies in the one its locative phrase names.
    for (const link of prepositionChains(this.doc, this.a.spans, SETS.get("NAMING_PLACE_NOUN") ?? new Set()))
      this.emitNamed(link.inner, link.outer, "LOCATION", "in", link.trigger, "place-in-chain", 0.8);
    // Asides on a person's name: "X (born 1950 in Y)", "X (Y Party)".
    for (const kind of PERSON_ASIDES)
      for (const a of kind.read(this.doc, this.a.spans))
        this.emitNamed(a.person, a.other, kind.category, kind.label, a.trigger, kind.via, 0.75);
    // "Ruritanian singer and actress X": a nationality opening the descriptor run before a name.
    for (const n of nationalitiesBeforeNames(this.doc, this.a.spans, TITLE_AND_OFFICE, COUNTRY_INITIALISMS))
      this.emitNamed(n.person, n.country, "ORIGIN", "nationality", n.trigger, "nationality-before-name", 0.75);
    // The country inside a state body's name ("the Ruritanian Interior Ministry") owns it.
    const bodies = SETS.get("STATE_BODY");
    for (const n of this.a.nested) {
      if (n.type !== "COUNTRY") continue;
      const outer = this.a.spans[this.spanAt[n.start] ?? -1];
      if (!outer || outer.type !== "ORGANIZATION") continue;
      const last = this.doc.lowerLemma(outer.end - 1);
      if (!bodies?.has(last)) continue;
      if (namesAThing(this.doc, outer)) continue;
      this.emitNamed(outer, n, "PART_OF", "of", outer.end - 1, "nested-national-body", 0.9);
    }
    // A name closed by "of" and a place ("the Bank of Y", "the University of Y", "X Corp. of Y"): the body is in
    // that place; a state body so named ("the Government of Y", "the Parliament of Y") belongs to its country.
    for (const n of this.a.nested) {
      if ((n.type !== "COUNTRY" && n.type !== "LOCATION") || n.adjective || n.group) continue;
      const outer = this.a.spans[this.spanAt[n.start] ?? -1];
      if (!outer || outer.type !== "ORGANIZATION" || outer.reference || n.end !== outer.end) continue;
      const of = n.start - 1;
      if (of <= outer.start || this.doc.lowerWord(of) !== "of") continue;
      const body = bodies?.has(this.doc.lowerLemma(of - 1)) ?? false;
      const partOf = body && n.type === "COUNTRY";
      const via = partOf ? "national-body-of-country" : "organization-of-place";
      this.emitNamed(outer, n, partOf ? "PART_OF" : "LOCATION", "of", of, via, partOf ? 0.85 : 0.75);
    }
  }

  /** "President X" with the country unsaid: held in the article's leading country when the sentence names it. */
  unheldOfficeRelations(): void {
    for (const u of unheldOffices(this.doc, this.a.spans, this.a.nested, this.spanAt, NATIONAL_OFFICE_SET, this.out))
      this.emitNamed(u.person, u.country, "ROLE", u.label, u.trigger, "unheld-national-office", 0.6);
  }

  /** Organizations a person target is possessed by ("told the X network's Y": the outlet of Y). */
  private outletsOf(targets: readonly { arg: Arg; slot: string }[]): { arg: Arg; slot: string }[] {
    const out: { arg: Arg; slot: string }[] = [];
    for (const t of targets) {
      if (t.arg.span.type !== "PERSON") continue;
      for (const c of this.doc.children(t.arg.span.end - 1)) {
        if (this.doc.deprel[c] !== "nmod:poss") continue;
        for (const arg of this.argEntities(c))
          if (arg.span.type === "ORGANIZATION" && !targets.some((x) => x.arg.span.entity === arg.span.entity))
            out.push({ arg: { ...arg, how: "outlet" }, slot: t.slot });
      }
    }
    return out;
  }

  /** Author tokens of a noun; an actor-naming modifier only of a thing said or an act ("the Ruritanian plan"). */
  private authorsOf(t: number): number[] {
    const modifiers = isContent(this.doc, t) || this.meaningOf(t) !== undefined;
    return contentAuthors(this.doc, t, modifiers);
  }

  /**
   * Who did an act done to someone (a VIOLENCE or COERCION noun: "the arrest of Y by Z", "Z's attack on Y"), or
   * undefined when the token names no such act; an empty list when the act's doer is not named.
   */
  private actDoers(t: number): Arg[] | undefined {
    const { doc } = this;
    if (doc.upos[t] !== "NOUN") return undefined;
    const category = this.meaningOf(t)?.category;
    if (category !== "VIOLENCE" && category !== "COERCION") return undefined;
    return nominalFrame(doc, t)
      .agents.flatMap((a) => this.eventArgs(a))
      .map((a) => ({ ...a, how: "act-doer" }));
  }

  /**
   * The doers of a force act that is the subject of a force verb ("an attack by X killed Y"), directly or as the
   * antecedent of the relative clause the verb heads ("a bombing that killed Y", "the bombing, which killed Y").
   */
  private actSubjectDoers(p: number, agents: readonly number[]): Arg[] {
    const { doc } = this;
    const acts = new Set<number>();
    const isAct = (t: number): boolean => t >= 0 && this.meaningOf(t)?.category === "VIOLENCE";
    const h = doc.head[p] ?? -1;
    const rel = doc.deprel[p] ?? "";
    const relative = (t: number): boolean => doc.upos[t] === "PRON" && RELATIVE_PRONOUNS.has(doc.lowerWord(t));
    // "an attack on a hotel in X that killed Y": the parse hangs the relative clause on the nearest noun of the
    // act's phrase; the act is the noun that phrase hangs from.
    const actAbove = (k: number): number => {
      for (let steps = 0; k >= 0 && steps < 3 && !isAct(k) && (doc.deprel[k] ?? "").startsWith("nmod"); steps++)
        k = doc.head[k] ?? -1;
      return isAct(k) && doc.upos[k] === "NOUN" ? k : -1;
    };
    for (const a of agents) {
      if (doc.upos[a] === "NOUN" && isAct(a)) acts.add(a);
      else if (relative(a) && (rel === "acl:relcl" || rel === "parataxis") && actAbove(h) >= 0) acts.add(actAbove(h));
      else if (relative(a) && rel === "parataxis" && h >= 0)
        // "claimed responsibility for the bombing, which killed Y" with the clause hung on the main verb.
        for (let k = a - 1; k > h && k >= (doc.sentStart[doc.sentOf[p] ?? 0] ?? 0); k--)
          if (doc.upos[k] === "NOUN") {
            if (isAct(k)) acts.add(k);
            break;
          }
    }
    if (!agents.length && rel === "acl:relcl" && actAbove(h) >= 0) acts.add(actAbove(h));
    return [...acts].flatMap((t) => this.actDoers(t) ?? []);
  }

  /**
   * The doers of an act of force or coercion named in a verb's "in"/"during" adjunct ("killed in a Y airstrike",
   * "wounded in an attack by Y", "arrested in a raid by Y"); empty when there is none or its doer is not named.
   */
  private adjunctActDoers(p: number): Arg[] {
    const { doc } = this;
    const out: Arg[] = [];
    for (const c of doc.children(p)) {
      const rel = doc.deprel[c] ?? "";
      if ((rel !== "obl" && !rel.startsWith("obl:")) || !ADJUNCT_ACT_CASES.has(caseOf(doc, c))) continue;
      out.push(...(this.actDoers(c) ?? []));
    }
    return out;
  }

  /**
   * "X died in a Y airstrike", "X perished in an attack by Y": the one who died at the hands of a named act of force
   * in its adjunct is its victim (verbs whose subject suffers the event read nothing themselves).
   */
  diedInActs(): void {
    const { doc } = this;
    for (let p = 0; p < doc.length; p++) {
      if (!isVictimVerb(doc, p) || unasserted(doc, p, "VIOLENCE")) continue;
      const s = doc.sentOf[p] ?? 0;
      if ((doc.sentEnd[s] ?? 0) - (doc.sentStart[s] ?? 0) > MAX_PREDICATE_SENTENCE) continue;
      const roles = ARGUMENT_ROLES.VIOLENCE!;
      for (const c of doc.children(p)) {
        const rel = doc.deprel[c] ?? "";
        if ((rel !== "obl" && !rel.startsWith("obl:")) || !ADJUNCT_ACT_CASES.has(caseOf(doc, c))) continue;
        const act = this.meaningOf(c);
        if (act?.category !== "VIOLENCE") continue;
        const doers = (this.actDoers(c) ?? []).filter((a) => roles.sourceTypes.includes(a.span.type));
        if (!doers.length) continue;
        const victims = frameOf(doc, p)
          .agents.flatMap((t) => this.eventArgs(t))
          .filter((a) => roles.targetTypes.includes(a.span.type) && a.span.type !== "LOCATION");
        const base = (CONFIDENCE.category.VIOLENCE ?? 0.8) * CONFIDENCE.nominal * CONFIDENCE.borrowed;
        for (const src of doers)
          for (const v of victims)
            this.emit(
              src,
              v,
              "VIOLENCE",
              `${doc.lowerWord(p)} in ${act.label}`,
              p,
              "verb+died-in-act:patient",
              base,
              act.code || undefined,
            );
      }
    }
  }

  /** Whether a token hangs, below `p`, under a noun of an act done to someone ("the attack on Y" for Y). */
  /** A place named by a water body's head: its last word ("Porvik Bay") or the word before "of" ("Sea of X"). */
  private isWaterBody(span: EntitySpan): boolean {
    if (span.type !== "LOCATION" || span.reference) return false;
    const headBeforeOf = span.end - span.start > 2 && this.doc.lowerWord(span.start + 1) === "of";
    const head = this.doc.lowerWord(headBeforeOf ? span.start : span.end - 1);
    return WATER_BODY_HEADS.has(head);
  }

  private withinAct(t: number, p: number): boolean {
    const { doc } = this;
    for (let h = doc.head[t] ?? -1, steps = 0; h >= 0 && h !== p && steps < 8; h = doc.head[h] ?? -1, steps++)
      if (this.actDoers(h) !== undefined) return true;
    return false;
  }

  /** The authors of a content noun argument ("X's decision") as targets, marked as reached through it. */
  private pushAuthors(t: number, slot: string, targets: { arg: Arg; slot: string }[]): void {
    const own = this.authorsOf(t);
    const how = own.length ? "author" : "author-across";
    for (const a of own.length ? own : rememberedAuthors(this.doc, t))
      for (const arg of this.argEntities(a)) targets.push({ arg: { ...arg, how }, slot: `${slot}:author` });
  }

  /**
   * A verbal act relayed by a source: "X criticized Y, the agency reported", "X accused Y ..., according to Z".
   * The actor made a statement through the relaying outlet or source (as in "X said ..., according to Z").
   */
  private relayedBy(p: number, meaning: { category: string; code: string }, sources: Arg[]): void {
    const { doc } = this;
    const verbalAct = meaning.category === "STATEMENT" || VERBAL_CAMEO_ROOTS.has(meaning.code.slice(0, 2));
    if (!verbalAct) return;
    const relays: Arg[] = [];
    for (const c of doc.children(p)) {
      const d = doc.deprel[c] ?? "";
      if (meaning.category !== "STATEMENT" && (d === "obl" || d.startsWith("obl:")) && caseOf(doc, c) === "according")
        relays.push(...this.argEntities(c));
      // "..., the agency reported": a relaying verb hung on the clause, with its own subject and no clause of its own.
      if ((d === "parataxis" || d === "advcl") && RELAY_LEMMAS.has(doc.lowerLemma(c)))
        if (!doc.children(c).some((k) => doc.deprel[k] === "ccomp" || doc.deprel[k] === "mark"))
          for (const k of doc.children(c))
            if (doc.deprel[k] === "nsubj")
              relays.push(...this.argEntities(k).filter((a) => a.span.type === "ORGANIZATION"));
    }
    const conf = (CONFIDENCE.category["STATEMENT"] ?? 0.8) * CONFIDENCE.borrowed;
    for (const src of sources)
      for (const r of relays)
        this.emit(src, r, "STATEMENT", "reported by", p, "verb+relayed", conf, meaning.code || undefined);
  }

  /** Subjects of the speech verbs that report a clause: the one it is the complement of, or one hung on it. */
  private reporters(p: number): number[] {
    const { doc } = this;
    const speech = (v: number): boolean => doc.upos[v] === "VERB" && this.meaningOf(v)?.category === "STATEMENT";
    const verbs: number[] = [];
    const h = doc.head[p] ?? -1;
    if (h >= 0 && doc.deprel[p] === "ccomp" && speech(h)) verbs.push(h);
    for (const c of doc.children(p)) if (doc.deprel[c] === "parataxis" && speech(c)) verbs.push(c);
    return verbs.flatMap((v) => frameOf(doc, v).agents);
  }

  /**
   * What a speaker says someone is, when it is criticism or praise ("X said Y is untrustworthy", "X called Y a
   * terrorist group", "described Y as a partner"): the speaker's OPPOSITION or SUPPORT toward Y. Read on the
   * reported clause (and a clause it reports in turn: "said it showed Y is ...") and on a naming verb's object.
   */
  private evaluativeSpeech(p: number, speechCode: string): void {
    const { doc } = this;
    const speakers = frameOf(doc, p)
      .agents.flatMap((t) => this.argEntities(t))
      .filter((a) => ["PERSON", "ORGANIZATION", "COUNTRY"].includes(a.span.type));
    if (!speakers.length || unasserted(doc, p, "STATEMENT")) return;
    const said: { predicate: number; subjects: number[] }[] = [];
    const copular = (c: number): void => {
      const subjects = doc.children(c).filter((k) => doc.deprel[k] === "nsubj");
      if (doc.children(c).some((k) => doc.deprel[k] === "cop")) said.push({ predicate: c, subjects });
    };
    // A reported clause: a complement, or one the parse made an adverbial clause with its "that".
    const reported = (c: number): boolean =>
      doc.deprel[c] === "ccomp" ||
      (doc.deprel[c] === "advcl" && doc.children(c).some((k) => doc.lowerLemma(k) === "that" && k < c));
    const clauses = (v: number, depth: number): void => {
      for (const c of doc.children(v)) {
        if (!reported(c)) continue;
        copular(c);
        if (depth < 1 && doc.upos[c] === "VERB") clauses(c, depth + 1);
      }
    };
    clauses(p, 0);
    // '"Y is a terrorist group," X said': the speech verb hung on the quoted clause.
    const h = doc.head[p] ?? -1;
    if (doc.deprel[p] === "parataxis" && h >= 0) copular(h);
    if (NAMING_LEMMAS.has(doc.lowerLemma(p)) || doc.lowerLemma(p) === "describe") {
      // "called Y a terrorist group", "branded Y illegitimate", "described Y as a threat": the object and what it is named.
      const kids = doc.children(p);
      // The named one may be parsed as an indirect object ("called Y a ..." with "Y" as iobj).
      const objects = kids.filter((k) => doc.deprel[k] === "obj" || doc.deprel[k] === "iobj");
      const named = kids.filter(
        (k) =>
          (doc.deprel[k] === "xcomp" && doc.upos[k] !== "VERB") ||
          (doc.deprel[k] === "obj" && k !== objects[0]) ||
          ((doc.deprel[k] === "obl" || doc.deprel[k] === "advcl") && caseOf(doc, k) === "as"),
      );
      // 'calls Y "a dedicated public servant"': what Y is named, parsed as Y's appositive.
      for (const o of objects.slice(0, 1))
        for (const k of doc.children(o))
          if (doc.deprel[k] === "appos" && doc.upos[k] === "NOUN" && k > o) named.push(k);
      if (objects.length) for (const k of named) said.push({ predicate: k, subjects: [objects[0]!] });
      // "called X's conduct shameful" parsed as a small clause: the complement with a subject of its own.
      if (!objects.length)
        for (const k of kids)
          if (doc.deprel[k] === "xcomp" && doc.upos[k] !== "VERB") {
            const subjects = doc.children(k).filter((c) => doc.deprel[c] === "nsubj" && c < k);
            if (subjects.length) said.push({ predicate: k, subjects });
          }
    }
    const conf = (CONFIDENCE.category["OPPOSITION"] ?? 0.8) * CONFIDENCE.borrowed;
    for (const { predicate, subjects } of said) {
      const e = evaluationOf(doc, predicate);
      if (!e) continue;
      // "said X's plan was reckless": what is said of a thing said or done is said of its author.
      const ofAuthors = (t: number): Arg[] => {
        const own = this.argEntities(t);
        return own.length || !isContent(doc, t) ? own : contentAuthors(doc, t).flatMap((a) => this.argEntities(a));
      };
      for (const t of subjects.flatMap((k) => withConjuncts(doc, k)))
        for (const target of ofAuthors(t))
          if (target.span.type !== "LOCATION")
            for (const src of speakers)
              this.emit(src, target, e.category, e.label, predicate, "speech+evaluation", conf, e.code || speechCode);
    }
  }

  predicateRelations(): void {
    const { doc } = this;
    for (let p = 0; p < doc.length; p++) {
      const s = doc.sentOf[p] ?? 0;
      if ((doc.sentEnd[s] ?? 0) - (doc.sentStart[s] ?? 0) > MAX_PREDICATE_SENTENCE) continue;
      const meaning = this.meaningOf(p);
      if (!meaning) continue;
      const roles = ARGUMENT_ROLES[meaning.category];
      if (!roles) continue;
      if (meaning.category === "STATEMENT" && doc.upos[p] === "VERB") this.evaluativeSpeech(p, meaning.code);
      // "called X a Y": naming X, not calling on X (the object has a predicate noun: xcomp, or a second object).
      if (meaning.category === "STATEMENT" && NAMING_LEMMAS.has(doc.lowerLemma(p)) && namesObject(doc, p)) continue;
      const verbal = doc.upos[p] === "VERB";
      const frame: Frame = verbal ? frameOf(doc, p) : nominalFrame(doc, p);
      const lemma = doc.lowerLemma(p);
      const typed = (args: Arg[], types: EntityType[]): Arg[] => args.filter((x) => types.includes(x.span.type));
      let sources = typed(
        frame.agents.flatMap((t) => this.eventArgs(t)),
        roles.sourceTypes,
      );
      // "The report by X criticized Y", "X's letter condemned Y": an evaluation by a thing is its author's.
      // (Not for acts against a thing: "X's surrender undermined Y's prestige" is no stance of X's.)
      if (!sources.length && verbal && EVALUATION_ROOTS.has(meaning.code.slice(0, 2)))
        sources = typed(
          frame.agents.flatMap((t) => {
            const own = contentAuthors(doc, t);
            const how = own.length ? "author" : "author-across";
            return (own.length ? own : rememberedAuthors(doc, t)).flatMap((a) =>
              this.argEntities(a).map((x) => ({ ...x, how })),
            );
          }),
          roles.sourceTypes,
        );
      // "The governor of the province, X, praised Y": a person's name set off by commas after the subject's phrase,
      // which the parse put in apposition to the phrase's noun, describes the subject.
      if (!sources.length && verbal) {
        const named = frame.agents.flatMap((t) => phraseAppositives(doc, t));
        sources = typed(
          named
            .flatMap((c) => this.argEntities(c))
            .filter((a) => a.span.type === "PERSON" || a.span.type === "ORGANIZATION"),
          roles.sourceTypes,
        );
        if (sources.length) frame.borrowed.push("phrase-appositive");
      }
      let adjacent = false;
      // A speech verb the parse left without a subject: the name right beside it is the speaker (also of an
      // event noun in its adjunct, "X said in a statement to Y").
      const h = doc.head[p] ?? -1;
      const speechVerb = verbal ? p : h >= 0 && doc.deprel[p] === "obl" && doc.upos[h] === "VERB" ? h : -1;
      if (
        speechVerb >= 0 &&
        (!frame.agents.length || commonSubjectBeforeComma(doc, speechVerb, frame.agents)) &&
        !sources.length &&
        meaning.category === "STATEMENT"
      ) {
        const t = adjacentSpeaker(doc, speechVerb, (k) => (this.spanAt[k] ?? -1) >= 0);
        if (t >= 0) {
          sources = typed(this.argEntities(t), roles.sourceTypes);
          adjacent = sources.length > 0;
        }
      }
      // "an attack by X killed Y", "X's bombing wounded Y", "a bombing that killed Y": the act's doer did it.
      if (!sources.length && verbal && meaning.category === "VIOLENCE") {
        sources = typed(this.actSubjectDoers(p, frame.agents), roles.sourceTypes);
        if (sources.length) frame.borrowed.push("act-subject");
      }
      // "X's bid to seize Y", "his threat to attack Y": a noun of effort lends its doer only to verbal acts.
      if (verbal && !controlNounCategory(meaning.category) && underControlNoun(doc, p)) continue;
      // "X was killed in a Y airstrike", "X was arrested in a raid by Y": an agentless passive's act done in an act
      // of force or coercion named in its adjunct is that act's doer's.
      if (
        !sources.length &&
        verbal &&
        frame.passive &&
        (meaning.category === "VIOLENCE" || meaning.category === "COERCION")
      ) {
        sources = typed(this.adjunctActDoers(p), roles.sourceTypes);
        if (sources.length) frame.borrowed.push("adjunct-act");
      }
      const borrowed = frame.borrowed.length > 0 || adjacent;
      if (adjacent) frame.borrowed.push("adjacent");
      const key = `${meaning.category}|${lemma}`;
      let viaMemory = false;
      if (verbal && !sources.length && frame.passive && !STATIC_CATEGORIES.has(meaning.category)) {
        // "X was detained on Monday" after "police detained ...": the same act's agent. Not for standing relations:
        // "X founded A ... B was founded in 1961" names another founding, whose founder the text leaves out.
        const last = this.lastActive.get(key);
        if (last && s - last.sent <= PASSIVE_MEMORY_SENTENCES) {
          sources = last.agents;
          viaMemory = true;
        }
      } else if (verbal && sources.length && !frame.passive && !frame.borrowed.includes("act-subject"))
        // Not an act's doer ("a bombing that killed X"): a later "Y was killed" is as often another's act.
        this.lastActive.set(key, { agents: sources, sent: s });
      let viaReporter = false;
      if (verbal && !sources.length && frame.passive && meaning.category === "COERCION") {
        // "Kessel police said X was arrested", "X was detained, the army said": an agentless arrest or detention
        // an armed or police body reports is its own act.
        sources = typed(
          this.reporters(p).flatMap((t) => this.argEntities(t)),
          roles.sourceTypes,
        ).filter((a) => isForce(doc, a));
        viaReporter = sources.length > 0;
      }
      let viaBody = false;
      if (
        verbal &&
        !sources.length &&
        frame.passive &&
        meaning.category === "COERCION" &&
        !meaning.code.startsWith("08")
      ) {
        // "X was expelled from the party", "suspended from the department": with no agent, the body one is put out of
        // did it (not a release: "released from the hospital").
        sources = frame.obliques
          .filter((o) => o.prep === "from" && o.of === undefined)
          .flatMap((o) => this.eventArgs(o.token))
          .filter((a) => a.span.type === "ORGANIZATION");
        viaBody = sources.length > 0;
      }
      if (!sources.length) continue;
      if (verbal) this.relayedBy(p, meaning, sources);
      const targets: { arg: Arg; slot: string }[] = [];
      const evaluation = verbal && isEvaluation(meaning.code);
      const patientsAreTargets =
        roles.patient &&
        (meaning.category !== "STATEMENT" || AUDIENCE_OBJECT_LEMMAS.has(lemma)) &&
        (meaning.category !== "MOVEMENT" || PLACE_OBJECT_LEMMAS.has(lemma) || !verbal);
      if (patientsAreTargets || (meaning.category === "STATEMENT" && AUDIENCE_OBJECT_LEMMAS.has(lemma)))
        for (const t of frame.patients) {
          const direct = this.eventArgs(t);
          for (const arg of direct) targets.push({ arg, slot: "patient" });
          // "condemned the arrest of Y by Z", "praised the raid by Z": judging an act done to someone judges
          // whoever did it, never the one it was done to.
          const doers = !direct.length && evaluation ? this.actDoers(t) : undefined;
          if (doers) for (const arg of doers) targets.push({ arg, slot: "patient:act" });
          // "quoting a report by X", "citing a survey from X": the source cited is the author of what was cited.
          else if (!direct.length && (evaluation || (verbal && citesAuthor(doc, p))))
            this.pushAuthors(t, "patient", targets);
        }
      // "fined X $5m", "denied X a visa": in a double-object frame whose direct object is a thing, not a party,
      // the indirect object is the one the act is done to.
      const recipientIsPatient = patientsAreTargets && !targets.some((t) => t.slot === "patient");
      if (roles.recipient || recipientIsPatient)
        for (const t of frame.recipients)
          for (const arg of this.argEntities(t)) targets.push({ arg, slot: "recipient" });
      const judgedAct = evaluation && frame.patients.some((t) => this.actDoers(t) !== undefined);
      // "shot X in Y", "attacked the convoy in Y": with the act's patient named, an "in" place is where it happened.
      const patientNamed = targets.some((t) => t.slot === "patient");
      for (const o of frame.obliques) {
        if (!roles.preps.includes(o.prep) && (verbal || !roles.nounPreps?.includes(o.prep))) continue;
        if (meaning.category === "MOVEMENT" && o.prep === "in" && !ARRIVAL_LEMMAS.has(lemma)) continue;
        if (o.prep === "in" && patientNamed) continue;
        // "condemned the Ruritanian strikes on X": what the evaluated thing's author acted on is not the target
        // (a pronoun author is most often the subject's own act: "gave his backing to X").
        if (evaluation && o.of !== undefined && this.authorsOf(o.of).some((a) => doc.upos[a] !== "PRON")) continue;
        // "condemned the attack on X": the one an act struck is not what the act's judge opposes or praises.
        if (evaluation && o.of !== undefined && this.actDoers(o.of)) continue;
        // The same phrase hung on the verb ("condemned the attack on X" with "on X" on "condemned").
        if (evaluation && o.of === undefined && (o.prep === "on" || o.prep === "against") && judgedAct) continue;
        const direct = this.eventArgs(o.token);
        for (const arg of direct) targets.push({ arg, slot: `obl:${o.prep}` });
        if (!direct.length && evaluation) this.pushAuthors(o.token, `obl:${o.prep}`, targets);
      }
      // "X said ... according to Y", with the attribution inside the reported clause: Y is where it was said.
      if (meaning.category === "STATEMENT")
        for (const c of frame.complements)
          for (const o of frameOf(doc, c).obliques)
            if (o.prep === "according")
              for (const arg of this.argEntities(o.token)) targets.push({ arg, slot: "obl:according" });
      // The same attribution after a quotation the parse left unmarked ('said voters "must wait," according to Y').
      if (meaning.category === "STATEMENT")
        for (const c of frame.complements)
          for (const k of doc.children(c))
            if (doc.deprel[k] === "obl:unmarked" && k > c && caseOf(doc, k) === "according")
              for (const arg of this.argEntities(k)) targets.push({ arg, slot: "obl:according" });
      // A threat names what it would act on ("threatened to close X", "vowed to punish X"): the complement's object.
      if (verbal && meaning.code.startsWith("13") && !targets.length)
        for (const c of frame.complements)
          if (doc.deprel[c] === "xcomp" && doc.upos[c] === "VERB")
            for (const t of frameOf(doc, c).patients)
              for (const arg of this.eventArgs(t)) targets.push({ arg, slot: "xcomp" });
      // A demand names who is to act ("demanded that Y release X"): the subject of the clause it takes.
      if (verbal && meaning.code.startsWith("10") && !targets.length)
        for (const c of frame.complements)
          if (doc.deprel[c] === "ccomp" && doc.upos[c] === "VERB")
            for (const t of frameOf(doc, c).agents)
              for (const arg of this.eventArgs(t)) targets.push({ arg, slot: "ccomp" });
      // The lexicon pattern's own target ("+" slot), when the frame did not already hold it.
      // Not for a verb of judging when the slot lies in the phrase of an act done to someone ("blamed X for the
      // attack on Y": Y was struck, not blamed).
      const inJudgedAct = evaluation && meaning.target !== undefined && this.withinAct(meaning.target, p);
      if (
        meaning.target !== undefined &&
        !inJudgedAct &&
        !frame.patients.includes(meaning.target) &&
        !targets.some((t) => t.arg.token === meaning.target)
      ) {
        const direct = this.eventArgs(meaning.target);
        for (const arg of direct) targets.push({ arg, slot: "pattern" });
        // "disagreed with X's decision", "broke with the party's line", "an attack on X's plans": judging a thing said
        // is judging its author.
        if (!direct.length && isEvaluation(meaning.code)) this.pushAuthors(meaning.target, "pattern", targets);
      }
      // The pattern puts its target in a prepositional phrase of the verb ("sold X to +"): then the object is the
      // thing handled, not a target of its own, whether or not that phrase names an entity.
      if (
        meaning.target !== undefined &&
        doc.head[meaning.target] === p &&
        (doc.deprel[meaning.target] ?? "").startsWith("obl") &&
        caseOf(doc, meaning.target) !== "" &&
        !frame.patients.includes(meaning.target)
      )
        targets.splice(0, targets.length, ...targets.filter((t) => t.slot !== "patient"));
      // A water body is where an act happened ("shelled boats in X Bay"), not what it was done to.
      const typedTargets = targets.filter(
        (t) => roles.targetTypes.includes(t.arg.span.type) && !this.isWaterBody(t.arg.span),
      );
      // A place taken is occupied (read below), not coerced.
      if (meaning.category === "COERCION" && occupationCode(doc, p))
        typedTargets.splice(0, typedTargets.length, ...typedTargets.filter((t) => !PLACE_TYPES.has(t.arg.span.type)));
      // "told the X network's Y": the person spoken to is the outlet's too.
      if (meaning.category === "STATEMENT") typedTargets.push(...this.outletsOf(typedTargets));
      const label = frame.borrowed.includes("light-verb")
        ? `${(doc.words[doc.head[p] ?? p] ?? "").toLowerCase()} ${meaning.label}`
        : meaning.label;
      const base =
        (CONFIDENCE.category[meaning.category] ?? 0.8) *
        (verbal ? 1 : CONFIDENCE.nominal) *
        (borrowed ? CONFIDENCE.borrowed : 1) *
        (viaMemory ? CONFIDENCE.passiveMemory : 1) *
        (viaReporter || viaBody ? CONFIDENCE.borrowed : 1);
      const via = `${verbal ? "verb" : "noun"}${borrowed ? "+" + frame.borrowed.join("+") : ""}${viaMemory ? "+memory" : ""}${viaReporter ? "+reporter" : ""}${viaBody ? "+from-body" : ""}`;
      // "rebels captured X", "seized parts of X": a verb of seizing with a place taken is taking territory (force).
      // Not an infinitive ("tried to seize X", "plans to take over X"): an aim, not a place taken.
      const infinitive = doc.children(p).some((c) => doc.deprel[c] === "mark" && doc.lowerWord(c) === "to" && c < p);
      const occupation = meaning.category === "COERCION" && !infinitive ? occupationCode(doc, p) : undefined;
      if (occupation)
        for (const t of targets)
          if (PLACE_TYPES.has(t.arg.span.type) && (t.slot === "patient" || t.slot === "pattern"))
            for (const src of sources)
              this.emit(src, t.arg, "VIOLENCE", label, p, `${via}:${t.slot}:occupy`, base, occupation);
      // "Y quoted X as saying", "X was quoted by Y": the words go from the one quoted to the one quoting.
      const quoted = quotesSpeaker(doc, p);
      const flip = (slot: string): boolean => quoted && (slot === "patient" || slot === "pattern");
      for (const src of sources)
        for (const t of typedTargets)
          if (admitsPair(doc, meaning, src, t.arg, t.slot, p))
            this.emit(
              flip(t.slot) ? t.arg : src,
              flip(t.slot) ? src : t.arg,
              meaning.category,
              label,
              p,
              `${via}:${t.slot}`,
              base * (t.slot.startsWith("obl") ? CONFIDENCE.oblique : 1),
              meaning.code || undefined,
            );
      // "visited X", "a visit to X": a place visited is gone to (a person or body visited is met: STATEMENT).
      if (meaning.category === "STATEMENT" && VISIT_LEMMAS.has(lemma))
        for (const src of sources)
          for (const t of targets)
            if (t.arg.span.type === "COUNTRY" || t.arg.span.type === "LOCATION")
              this.emit(src, t.arg, "MOVEMENT", label, p, `${via}:${t.slot}:visit`, base);
      if (!typedTargets.length && roles.reciprocal && sources.length >= 2 && RECIPROCAL_LEMMAS.has(lemma)) {
        const category =
          meaning.category === "VIOLENCE" || meaning.category === "ALLIANCE" ? meaning.category : "ASSOCIATION";
        for (let i = 0; i < sources.length; i++)
          for (let j = i + 1; j < sources.length; j++)
            this.emit(
              sources[i]!,
              sources[j]!,
              category,
              label,
              p,
              `${via}:reciprocal`,
              base * CONFIDENCE.reciprocal,
              meaning.code || undefined,
            );
      }
    }
  }

  /** "X fell to the rebels": the actor the place fell to took it (CAMEO 192, occupy territory). */
  fallenPlaces(): void {
    const { doc } = this;
    const roles = ARGUMENT_ROLES["VIOLENCE"]!;
    for (let p = 0; p < doc.length; p++) {
      const fallen = fallenTo(doc, p);
      if (!fallen || unasserted(doc, p, "VIOLENCE")) continue;
      const places = this.eventArgs(fallen.place).filter((a) => PLACE_TYPES.has(a.span.type));
      const takers = this.eventArgs(fallen.taker).filter(
        (a) => roles.sourceTypes.includes(a.span.type) && a.span.type !== "LOCATION",
      );
      const base = (CONFIDENCE.category["VIOLENCE"] ?? 0.8) * CONFIDENCE.borrowed;
      for (const taker of takers)
        for (const place of places) this.emit(taker, place, "VIOLENCE", "fell to", p, "fell-to", base, fallen.code);
    }
  }

  /**
   * Statements to addressees the predicate names indirectly (speechAddressees.ts: a body's hearing or meeting, a
   * hearing's "before", a platform's "on", an outlet's programme or staff, an interview hung on the speaker's name),
   * and outlets citing the speaker of the words they report ("the agency reported that X said").
   */
  speechRelations(): void {
    const { doc } = this;
    const roles = ARGUMENT_ROLES["STATEMENT"]!;
    const base = (CONFIDENCE.category["STATEMENT"] ?? 0.85) * CONFIDENCE.borrowed;
    const isSpeech = (t: number): boolean => this.meaningOf(t)?.category === "STATEMENT";
    for (let p = 0; p < doc.length; p++) {
      const upos = doc.upos[p];
      if (upos !== "VERB" && upos !== "NOUN") continue;
      const s = doc.sentOf[p] ?? 0;
      if ((doc.sentEnd[s] ?? 0) - (doc.sentStart[s] ?? 0) > MAX_PREDICATE_SENTENCE) continue;
      const verbal = upos === "VERB";
      const meaning = this.meaningOf(p);
      const speech = meaning?.category === "STATEMENT";
      const verbalAct = speech || (meaning !== undefined && VERBAL_CAMEO_ROOTS.has(meaning.code.slice(0, 2)));
      if (!verbalAct && !(verbal && isHearingVerb(doc, p))) continue;
      if (unasserted(doc, p, "STATEMENT")) continue;
      const frame = verbal ? frameOf(doc, p) : nominalFrame(doc, p);
      const word = doc.lowerWord(p);
      const ofType = (args: Arg[], types: readonly EntityType[]): Arg[] =>
        args.filter((x) => types.includes(x.span.type));
      // "In a statement to X, Y said", "Speaking to X, Y said" with Y hung on X: Y spoke to X.
      if (verbal && speech)
        for (const [y, x] of frontedAddressees(doc, p, isSpeech))
          for (const speaker of ofType(this.argEntities(y), roles.sourceTypes))
            for (const target of ofType(this.argEntities(x), roles.targetTypes))
              this.emit(speaker, target, "STATEMENT", word, p, "speech:fronted", base, meaning?.code);
      let sources = ofType(
        frame.agents.flatMap((t) => this.argEntities(t)),
        roles.sourceTypes,
      );
      if (!sources.length && verbal) {
        const t = adjacentSpeaker(doc, p, (k) => (this.spanAt[k] ?? -1) >= 0);
        if (t >= 0) sources = ofType(this.argEntities(t), roles.sourceTypes);
      }
      // "X, who was arrested in May, told Y": a speech verb hung on the relative clause has X as its speaker; the
      // reader above found no speaker for it (nor for an office speaking for X), so its addressees are read here.
      const hung = speech && verbal && !sources.length ? relativeHungSpeaker(doc, p) : -1;
      // "X's office told Y", "a lawyer for X told Y": the office or staff speaks for X.
      const principals = speech && verbal && !sources.length ? frame.agents.flatMap((t) => principalsOf(doc, t)) : [];
      if (hung >= 0 || principals.length) {
        const via = hung >= 0 ? "speech:relative-main" : "speech:principal";
        sources = ofType(
          (hung >= 0 ? [hung] : principals).flatMap((t) => this.argEntities(t)),
          roles.sourceTypes,
        );
        const lemma = doc.lowerLemma(p);
        const addressed = [
          ...frame.recipients,
          ...(AUDIENCE_OBJECT_LEMMAS.has(lemma) ? frame.patients : []),
          ...frame.obliques.filter((o) => o.prep === "to" || o.prep === "with").map((o) => o.token),
        ];
        for (const t of addressed)
          for (const target of ofType(this.argEntities(t), roles.targetTypes))
            for (const src of sources)
              this.emit(src, target, "STATEMENT", word, p, via, base, meaning?.code || undefined);
      }
      // "U.S. Secretary of State X said": the person the title names speaks, not the country on the title.
      if (sources.some((x) => x.span.type === "PERSON" && x.how !== "descriptor"))
        sources = sources.filter((x) => x.how !== "descriptor");
      if (!sources.length) continue;
      for (const a of speechAddressees(doc, p, frame, speech)) {
        const types: EntityType[] = a.bodyOnly ? ["ORGANIZATION"] : roles.targetTypes;
        for (const target of ofType(this.argEntities(a.token), types))
          for (const src of sources)
            this.emit(src, target, "STATEMENT", word, p, `speech:${a.slot}`, base, meaning?.code || undefined);
      }
      // "A and B met", "A and B held talks": coordinated parties of a reciprocal statement that addresses no one
      // else spoke with each other (the first named with the others, as in "talks between A and B").
      const lemma = doc.lowerLemma(p);
      // The object of "met", "told" is someone addressed; that of "discussed", "negotiated" is a topic.
      const addressesOther =
        (frame.patients.length > 0 && AUDIENCE_OBJECT_LEMMAS.has(lemma)) ||
        frame.recipients.length > 0 ||
        frame.obliques.some((o) => o.prep === "with" || o.prep === "to");
      // Only parties named as coordinated subjects of a verb or of a light verb ("A and B held talks"), not the
      // several entities one subject stands for ("their leader, X").
      const coordinated =
        (verbal || frame.borrowed.includes("light-verb")) && frame.agents.some((t) => doc.deprel[t] === "conj");
      if (speech && coordinated && sources.length >= 2 && RECIPROCAL_LEMMAS.has(lemma) && !addressesOther) {
        const [first, ...others] = sources;
        for (const other of others)
          if (other.span.entity !== first!.span.entity)
            this.emit(
              first!,
              other,
              "STATEMENT",
              word,
              p,
              "speech:reciprocal",
              base * CONFIDENCE.reciprocal,
              meaning?.code || undefined,
            );
      }
      // "Radio X reported that the minister said ...": the outlet cites the minister (as in "reported, citing X").
      if (!verbal) continue;
      const outlets = sources.filter((x) => x.span.type === "ORGANIZATION");
      if (!outlets.length) continue;
      for (const t of citedSpeakers(doc, p, isSpeech))
        for (const speaker of ofType(this.argEntities(t), roles.targetTypes))
          for (const src of outlets)
            this.emit(
              src,
              speaker,
              "STATEMENT",
              `${word}, citing`,
              p,
              "speech:cited",
              base,
              meaning?.code || undefined,
            );
    }
  }
}

/** Every relation the parse states between the article's entity spans. `pairModel` replaces the shipped classifier
 * (null: patterns only; the classifier's training reads the patterns without the model it replaces). */
export function readRelations(parsed: ParsedArticle, options: { pairModel?: PairModel | null } = {}): ReadRelation[] {
  const article = { ...parsed, spans: parsed.spans.filter((s) => !functionWordName(parsed.doc, s)) };
  const reader = new Reader(article);
  reader.staticRelations();
  reader.predicateRelations();
  reader.diedInActs();
  reader.fallenPlaces();
  reader.speechRelations();
  reader.unheldOfficeRelations();
  reader.out.push(...closeLocations(reader.out, article.typeOf));
  reader.out.push(...nationalityPlaces(reader.out, article.spans, article.typeOf));
  // A nationality read both as an office ("President") and as an origin is the office.
  const roles = new Set(reader.out.filter((r) => r.category === "ROLE").map((r) => `${r.source}|${r.target}`));
  const out = reader.out.filter((r) => r.category !== "ORIGIN" || !roles.has(`${r.source}|${r.target}`));
  // Same-sentence pairs no pattern related: the learned pair classifier's reading.
  const model = options.pairModel !== undefined ? options.pairModel : shippedPairModel();
  if (model) out.push(...classifyPairs(article, out, model, SETS, model.threshold, perClassThresholds()));
  // A role the clause negates, or an "organization" that is a film's or album's title (anywhere in the article), is
  // no role or membership; a role in a country read from the title that gives one in an organization is dropped.
  return withoutContradicted(parsed.doc, parsed.spans, out, parsed.typeOf, WORK_WORDS);
}

const NATIONAL_OFFICE_SET: ReadonlySet<string> = new Set(NATIONAL_OFFICES);
/** Countries' initialisms that stand before a noun as an adjective ("U.S. sailor X"). */
const COUNTRY_INITIALISMS: ReadonlySet<string> = SETS.get("COUNTRY_INITIALISM") ?? new Set<string>();
/** Place nouns a name may stand on ("the X province"). */
const PLACE_NOUNS: ReadonlySet<string> = SETS.get("PLACE_NOUN") ?? new Set<string>();
const COMPONENT_AND_OUTLET_NOUNS: ReadonlySet<string> = new Set([
  ...(SETS.get("COMPONENT_NOUN") ?? []),
  ...(SETS.get("OUTLET_NOUN") ?? []),
]);

/** Entity types of a place taken ("captured X", "seized parts of X"). */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(["LOCATION", "COUNTRY"]);

/** The word sets that tell a work's title from an organization's name (staticPatterns.ts). */
const WORK_WORDS: WorkWords = {
  nouns: SETS.get("WORK_NOUN") ?? new Set<string>(),
  verbs: SETS.get("MAKE_WORK_VERB") ?? new Set<string>(),
  inVerbs: SETS.get("STAR_IN_VERB") ?? new Set<string>(),
};

/** Entities the parse shows to be works' titles ("the film Y", "directed Y"), for readings made without the parse. */
export function workTitleEntities(parsed: ParsedArticle): Set<number> {
  return workEntities(parsed.doc, parsed.spans, WORK_WORDS, parsed.typeOf);
}
