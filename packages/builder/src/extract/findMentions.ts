// Finds entity mentions in each sentence: NER spans cleaned of titles and typed with the country gazetteer,
// countries and demonyms the tagger missed, organizations named by a common noun anchored to a place
// ("Police in ... Nairobi", "Kenyan Interior Ministry"), facilities ("Lima international airport"), event nouns,
// and references to resolve later (pronouns, "the country", "the police").
import type { EntityType } from "@newskg/graph-model";
import type { IobTag } from "../ner/types.js";
import type { DocMention, DocModel, DocReference, DocSentence } from "./docModel.js";
import { countryIndex, type CountryInfo } from "./lexicon/countryIndex.js";
import { EVENT_CLASSES } from "./lexicon/events.js";
import { DOCUMENT_NAME_HEADS } from "./lexicon/documentNameHeads.js";
import {
  COUNTRY_ANAPHORS,
  DATE_WORDS,
  DETERMINERS,
  PEOPLE_NOUNS,
  PREPOSITIONS,
  PRONOUNS_PERSON,
  SENTENCE_OPENERS,
} from "./lexicon/function.js";
import {
  GENERIC_ORG_WORDS,
  MEMBER_NOUNS,
  NAME_SUFFIXES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_NAME_ENDINGS,
  PLACE_NOUNS,
  QUALIFIED_ORG_HEADS,
} from "./lexicon/organizations.js";
import { GENERATIONAL_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { TRIGGERS } from "./lexicon/triggers.js";
import { splitHyphenModifier } from "./lexicon/hyphenModifiers.js";
import { PARTY_WORDS } from "./lexicon/partyWords.js";
import { PLACE_BOUND_BODIES } from "./lexicon/placeBoundBodies.js";
import {
  ADMINISTRATIVE_HEADS,
  LEADING_PLACE_WORDS,
  PLACE_HEADS_BEFORE_OF,
  PLACE_NAME_HEADS,
  TRAILING_PLACE_NOUNS,
  TRAILING_PLACE_PLURALS,
} from "./lexicon/placeNameHeads.js";
import { joinPlaceOrganizations } from "./joinPlaceOrganizations.js";
import { leadingPlaceAdjectives } from "./leadingPlaceAdjectives.js";
import { organizationNameShapes } from "./organizationNameShapes.js";
import { placeHeadOfNames } from "./placeHeadOfNames.js";
import { placeHeadAfterNames } from "./placeHeadAfterNames.js";
import { endsOrganization, splitCoordinatedNames } from "./splitCoordinatedNames.js";
import { vesselNames } from "./vesselNames.js";
import { ARABIC_ARTICLES, articleLedNames } from "./articleLedNames.js";
import { splitPersonOfPlace } from "./splitPersonOfPlace.js";
import { splitTrailingPersonNames } from "./splitTrailingPersonNames.js";
import { subBodyNames } from "./subBodyNames.js";
import { subdivisionNames } from "./subdivisionNames.js";
import { ampersandNames } from "./ampersandNames.js";
import { appositionNames } from "./appositionNames.js";
import { orgAppositionNouns, orgContextNouns, orgNameEndings } from "./lexicon/orgNameHeads.js";
import { nerSpans, type NerSpan } from "./nerSpans.js";
import { loadTrainingConventions } from "../ner/trainingConventions.js";
import { loadOrgHeads } from "../ner/loadOrgHeads.js";
import { loadGazetteer } from "../ner/loadGazetteer.js";
import { normName } from "./normName.js";

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
/**
 * Last words of names that are named after a place without being in it as a body: events and documents ("the
 * Porvik Uprising", "the Porvik Accord"), which NER often types as organizations.
 */
/** Lowercase words that may follow the last link of a place chain ("in A, B and C", "in A, B on Monday"). */
const AFTER_CHAIN_LINK: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ..."and or near where which who when last this since until during after before earlier later yesterday today".split(
    " ",
  ),
]);

/** Whether token k is a function word capitalized only by opening the sentence or a quote ("On", "Although"). */
function isOpener(s: DocSentence, k: number): boolean {
  return SENTENCE_OPENERS.has(s.lower[k]!) && (k === 0 || /^\p{Pi}|^\p{Ps}|^["']$/u.test(s.tokens[k - 1]!.text));
}

/** Whether token k opens a clause after a name: a lowercase word that is no conjunction or preposition (a verb). */
function opensClause(s: DocSentence, k: number): boolean {
  const w = s.tokens[k]?.text ?? "";
  return /^\p{Ll}/u.test(w) && !AFTER_CHAIN_LINK.has(s.lower[k]!);
}

/** Words a party's member noun follows as a noun ("a Whig", "fellow Democrat X", "the Tories"). */
const ARTICLE_OR_FELLOW: ReadonlySet<string> = new Set(["a", "an", "the", "fellow"]);

const NAMED_AFTER_PLACE: ReadonlySet<string> = new Set([...EVENT_CLASSES.keys(), ...DOCUMENT_NAME_HEADS]);
/** Capitalized words that start sentences without naming anything. */
const NOT_NAMES = new Set([
  ...DETERMINERS,
  ...PRONOUNS_PERSON,
  ..."it they we i you there here which who what one each both all today now".split(" "),
]);
/** Lowercase words inside place and organization names ("Bank of Porvik", "Mola di Varn"). */
const NAME_INNER_WORDS = new Set(["of", "de", "di", "da", "del", "la", "le", "du", "des", "upon", "on"]);
/** Prepositions before a place chain ("in Varnsk, Ostmark"). */
const LOCATIVE_PREPOSITIONS = new Set(["in", "near", "outside", "around", "across", "throughout"]);
/** Words after which a description's noun ends its phrase. */
const PHRASE_ENDS = new Set(["and", "or", "that", "which", "who", "whose", "where"]);
/** Articles of a description ("is a town", ", the capital"). */
const DESCRIPTION_DETERMINERS = new Set(["a", "an", "the"]);
/** Nouns that describe a place in a copula or apposition ("is a village in", ", a river of"). */
const DESCRIBED_PLACE_NOUNS = new Set([
  ...PLACE_NOUNS,
  ..."hamlet community municipality commune comune settlement locality neighbourhood neighborhood river lake mountain peak glacier volcano bay archipelago peninsula".split(
    " ",
  ),
]);
/** Nouns that describe an organization there ("is a Porvik-based company", ", a rock band from"); not nouns a
 * person can be called by ("a force for change") or that count things ("a group of islands"). */
const DESCRIBED_ORG_NOUNS = new Set(
  "company corporation firm conglomerate manufacturer retailer publisher broadcaster newspaper airline bank university college school institute foundation charity organization organisation association federation league club band party agency".split(
    " ",
  ),
);
/** Most untagged words an organization's name takes after "of". */
const MAX_OF_WORDS = 3;
/** Longest organization name read for a place inside it. */
const MAX_NAME_WORDS = 12;
/** Tokens that join two names into a list rather than one name. */
const LIST_WORDS = new Set([",", "and", "&", "or", ";", "/"]);
// ASCII fast path: this runs for every token.
const isCap = (s: string) => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};
/** One head noun per kind of body, so "the military" finds "the Indonesian army". */
export function orgHeadOf(word: string): string {
  return word === "military" ? "army" : word;
}

const COMPASS = new Set("Northern Southern Eastern Western North South East West Upper Lower Central".split(" "));
const STAFF_NOUNS = new Set(
  "analyst analysts economist economists official officials researcher researchers scientists engineers executives employees workers staff strategist strategists".split(
    " ",
  ),
);
const FACILITY_NOUNS = new Set(
  "airport port harbour harbor station stadium prison square airfield checkpoint mine palace plant refinery dam bridge".split(
    " ",
  ),
);
const ADJ_SUFFIX = /(al|ial|ary|ic|ive|ful|ous|ern|scale|wide|long|term)$/;
const EVENT_ADJECTIVES = new Set(
  "partial full general total snap mass early upcoming recent last next new big major large small first second armed bloody brutal unprovoked deadly ongoing latest violent peaceful nationwide civil nuclear presidential parliamentary".split(
    " ",
  ),
);

/** Title case of an all-caps word ("KAZAKHSTAN" in a dateline). */
/** Words after which an administrative noun is a verb of saying ("A and B state that ...", "the rules state:"). */
const COMPLEMENT_OPENERS = new Set(["that", ":", "the", "a", "an", "their", "his", "her", "its"]);

function opensComplement(s: DocSentence, k: number): boolean {
  return COMPLEMENT_OPENERS.has(s.lower[k] ?? "");
}

/** Whether a lowercase word other than a preposition or conjunction follows the administrative noun after token j
 * (at the end of the list of names that runs up to it). */
function nounFollows(s: DocSentence, j: number): boolean {
  let k = j;
  while (
    k < s.tokens.length &&
    !TRAILING_PLACE_NOUNS.has(s.tokens[k]!.text) &&
    !TRAILING_PLACE_PLURALS.has(s.tokens[k]!.text)
  )
    k++;
  const next = s.tokens[k + 1]?.text ?? ".";
  return /^\p{Ll}+$/u.test(next) && !PREPOSITIONS.has(next) && next !== "and" && next !== "or";
}

/** Whether the names from token j on are the coordinated rest of a list closed by a plural administrative noun
 * ("X, Y and Z provinces", "X and Y counties"): a conjunction among them or before the name, only capitalized words
 * and commas, and no verb's complement after the noun ("A and B state that"). */
function beforeCoordinatedPlaceNoun(s: DocSentence, j: number): boolean {
  // The last item ("..., Y and Z counties") has its conjunction before it.
  const previous = s.lower[j - 2];
  let conjunction = previous === "and" || previous === "or";
  for (let k = j; k < s.tokens.length && k < j + 12; k++) {
    const w = s.lower[k]!;
    if (TRAILING_PLACE_PLURALS.has(s.tokens[k]!.text)) return conjunction && !opensComplement(s, k + 1);
    if (w === "and" || w === "or") conjunction = true;
    else if (w !== "," && !isCap(s.tokens[k]!.text)) return false;
  }
  return false;
}

function titleCase(w: string): string {
  return w.length > 3 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
}

/** Country for a token sequence [i, j) (tries the title-cased form of all-caps words: datelines). */
function countryAt(s: DocSentence, i: number, j: number): CountryInfo | undefined {
  const idx = countryIndex();
  if (!idx.maxByFirst.has(s.tokens[i]!.text) && !idx.maxByFirst.has(titleCase(s.tokens[i]!.text))) return undefined;
  let form = s.tokens[i]!.text;
  for (let k = i + 1; k < j; k++) form += " " + s.tokens[k]!.text;
  const hit = idx.byForm.get(form);
  if (hit) return hit;
  if (form.length > 3 && form === form.toUpperCase()) {
    return idx.byForm.get(form.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  }
  return undefined;
}

/**
 * The type a head word inside a name of two words or more gives it: a place head of data/place-name-heads.json
 * ending the name or before an inner "of" ("Tollen Glacier", "Cathedral of Porvik"), or an organization noun before
 * an inner "of" ("Varnsk University of Porvik"). The head is capitalized, as in names. An administrative unit the
 * tagger typed as an organization stays one: its name also stands for its government.
 */
function nameHeadType(s: DocSentence, i: number, j: number, label: string): EntityType | undefined {
  if (j - i < 2) return undefined;
  let of = -1;
  for (let q = i + 1; q < j - 1 && of < 0; q++) if (s.lower[q] === "of") of = q;
  const h = of >= 0 ? of - 1 : j - 1;
  if (!isCap(s.tokens[h]!.text)) return undefined;
  const head = s.lower[h]!;
  if (PLACE_NAME_HEADS.has(head)) return label === "ORG" && ADMINISTRATIVE_HEADS.has(head) ? undefined : "LOCATION";
  if (of >= 0 && ORG_DESCRIPTORS.has(head) && !PLACE_NOUNS.has(head)) return "ORGANIZATION";
  const last = s.lower[j - 1]!;
  if (
    of < 0 &&
    // Three words the tagger took for an organization are often a club or firm named after the place.
    (j - i === 2 || (j - i === 3 && label !== "ORG")) &&
    LEADING_PLACE_WORDS.has(s.lower[i]!) &&
    isCap(s.tokens[i]!.text) &&
    !ORG_DESCRIPTORS.has(last) &&
    !ORG_NAME_ENDINGS.has(last) &&
    !ORG_HEADS.has(last) &&
    !loadOrgHeads().kindOf.has(last)
  )
    return "LOCATION";
  return undefined;
}

function isAdjectiveForm(s: DocSentence, i: number, j: number): boolean {
  const form = s.tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(" ");
  return countryIndex().adjectives.has(form);
}

/** Title modifiers that end a place's name before a title ("X County Sheriff", "X City Manager"). */
const PLACE_TITLE_WORDS = new Set(["county", "city", "state", "province"]);
/** Of those, the ones that end only a place's name. */
const PLACE_NAME_ENDS = new Set(["county", "province"]);

function isTitleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}

class MentionFinder {
  /** Location names -> number of mentions, computed once for the facility pass. */
  private placeNames: Map<string, number> | undefined;
  /** Standalone mentions per name, as a place or as anything else, for places inside organizations' names. */
  private nameTypes: Map<string, { place: number; other: number }> | undefined;

  constructor(private readonly doc: DocModel) {}

  private add(
    s: DocSentence,
    m: Omit<DocMention, "id" | "entity" | "text" | "start" | "end" | "ci" | "cj"> & { ci?: number; cj?: number },
  ): DocMention {
    const t0 = s.tokens[m.i]!;
    const t1 = s.tokens[m.j - 1]!;
    const mention: DocMention = {
      ...m,
      ci: m.ci ?? m.i,
      cj: m.cj ?? m.j,
      id: this.doc.mentions.length,
      entity: -1,
      text: this.doc.text.slice(t0.start, t1.end),
      start: t0.start,
      end: t1.end,
    };
    this.doc.mentions.push(mention);
    return mention;
  }

  private free(s: DocSentence, i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (s.cover[k]! >= 0) return false;
    return true;
  }

  private claim(s: DocSentence, m: DocMention): void {
    for (let k = m.ci; k < m.cj; k++) {
      const cur = s.cover[k]!;
      if (cur < 0) s.cover[k] = m.id;
      else {
        const c = this.doc.mentions[cur]!;
        // Keep the outermost mention; the inner one is nested.
        if (m.cj - m.ci > c.cj - c.ci) {
          s.cover[k] = m.id;
          c.nested = true;
        } else if (m.id !== cur) m.nested = true;
      }
    }
  }

  private addCountry(s: DocSentence, i: number, j: number, info: CountryInfo, adjective: boolean): DocMention {
    let cj = j;
    let group = false;
    if (adjective) {
      const txt = s.tokens[j - 1]!.text;
      group = txt.endsWith("s") && !txt.endsWith("ss") && txt !== s.tokens[j - 1]!.text.toUpperCase();
      // "Ruritanian citizens": the country's people as an actor.
      if (j < s.tokens.length && PEOPLE_NOUNS.has(s.lower[j]!)) {
        cj = j + 1;
        group = true;
      }
    }
    const m = this.add(s, {
      sent: s.index,
      i,
      j,
      cj,
      type: "COUNTRY",
      iso: info.iso,
      adjective,
      group,
      key: `country:${info.iso}`,
      label: info.name,
    });
    this.claim(s, m);
    return m;
  }

  /** Pass 1 for one sentence: NER spans, gazetteer, generic organizations, facilities, events, references. */
  sentence(s: DocSentence, tags: readonly IobTag[]): void {
    const toks = s.tokens;
    const n = toks.length;
    const idx = countryIndex();
    // 1. Countries and demonyms anywhere (the gazetteer beats the tagger for these).
    for (let k = 0; k < n; k++) {
      if (!isCap(toks[k]!.text)) continue;
      let matched = false;
      const longest = idx.maxByFirst.get(toks[k]!.text) ?? idx.maxByFirst.get(titleCase(toks[k]!.text)) ?? 0;
      for (let len = Math.min(longest, n - k); len >= 1 && !matched; len--) {
        const info = countryAt(s, k, k + len);
        if (!info) continue;
        // A longer name the tagger found ("Mexico City", "Chad Smith") keeps it; adjectives may start names.
        const tag = tags[k] ?? "O";
        let e = k + 1;
        while ((tags[e] ?? "O").startsWith("I-")) e++;
        if (tag !== "O" && e > k + len && !isAdjectiveForm(s, k, k + len)) break;
        // "Northern Ireland", "Eastern Europe": a region named after the country, not the country; so is the
        // adjective after a capitalized compass word ("Northern Irish", "South American", "Central American"), which
        // names a region's people or things ("the southern Italian city" keeps the country: lowercase).
        if (k > 0 && COMPASS.has(toks[k - 1]!.text)) break;
        // Inside a longer name the tagger found, starting before it.
        if (
          tag.startsWith("I-") &&
          k > 0 &&
          isCap(toks[k - 1]!.text) &&
          !DETERMINERS.has(s.lower[k - 1]!) &&
          !isAdjectiveForm(s, k, k + len)
        )
          break;
        this.addCountry(s, k, k + len, info, isAdjectiveForm(s, k, k + len));
        k += len - 1;
        matched = true;
      }
      if (!matched && toks[k]!.text.includes("-")) this.hyphenCountries(s, k);
    }
    // 2. NER spans.
    const words = s.tokens.map((t) => t.text);
    // The tagger's spans, rewritten where they join or split names the tagger gets wrong (each step its module).
    let spans = joinPlaceOrganizations(joinNameParticles(nerSpans(tags), s), words);
    const steps = [
      ampersandNames,
      subdivisionNames,
      organizationNameShapes,
      placeHeadOfNames,
      placeHeadAfterNames,
      leadingPlaceAdjectives,
      splitCoordinatedNames,
      vesselNames,
      articleLedNames,
      splitTrailingPersonNames,
      splitPersonOfPlace,
      subBodyNames,
      appositionNames,
    ];
    for (const step of steps) spans = step(spans, words);
    for (const span of spans) this.nerSpan(s, span.i, span.j, span.label, tags);
    // 3. Generic organizations, facilities, events, references.
    // "Porvik-based", "Varnsk-born", "KDF-led": the name inside a hyphenated modifier (data/hyphen-modifiers.json).
    for (let k = 0; k < n; k++) if (toks[k]!.text.includes("-") && s.cover[k]! < 0) this.hyphenModifier(s, k);
    // "a Republican member", "the Labour MP", "as a Whig": the party named by its member noun or adjective.
    for (let k = 0; k < n; k++) if (s.cover[k]! < 0 && PARTY_WORDS.byFirst.has(toks[k]!.text)) this.partyWord(s, k);
    // Untagged names ending like an organization's ("Amnesty International", "Karelia Metals"), the endings of the
    // tagger's organisation heads too ("<Town> Herald", "<Name> Gazette"), as for its spans.
    const orgWord = (q: number): boolean =>
      ORG_NAME_ENDINGS.has(s.lower[q]!) || (orgNameEndings().has(s.lower[q]!) && !FACILITY_NOUNS.has(s.lower[q]!));
    for (let k = 0; k < n; k++) {
      if (s.cover[k]! >= 0 || !isCap(toks[k]!.text) || DETERMINERS.has(s.lower[k]!) || isOpener(s, k)) continue;
      let j = k;
      while (j < n && s.cover[j]! < 0 && isCap(toks[j]!.text) && j - k < 5) j++;
      // A demonym right before it starts the name ("the Ruritanian Interior Guard"), as for the tagger's
      // organizations: the country becomes a name inside it, and the body part of the country. After a demonym a
      // title's modifier ("Foreign", "Interior") opens a body's name, not a title, unless a title head follows.
      const before = k > 0 && s.cover[k - 1]! >= 0 ? this.doc.mentions[s.cover[k - 1]!]! : undefined;
      const demonym = before?.type === "COUNTRY" && before.adjective === true && before.cj === k && !before.nested;
      const titled = demonym ? s.lower.slice(k, j).some((w) => TITLE_HEADS.has(w)) : isTitleWord(s.lower[k]!);
      // An organization word before an inner "of" carries the name over it ("<Demonym> Society of Glass Makers",
      // "Institute of Tidal Studies"): the tagger leaves such names whole or not at all.
      let innerOf = false;
      if (
        j > k &&
        j + 1 < n &&
        s.lower[j] === "of" &&
        orgWord(j - 1) &&
        s.cover[j + 1]! < 0 &&
        isCap(toks[j + 1]!.text)
      ) {
        innerOf = true;
        j += 2;
        while (j < n && s.cover[j]! < 0 && isCap(toks[j]!.text) && j - k < 8) j++;
      }
      const orgEnding = orgWord(j - 1) || innerOf;
      if (j - k >= 2 && orgEnding && !titled && !TRIGGERS.has(s.lower[k]!)) {
        const start = demonym ? before.i : k;
        const label = this.doc.text.slice(toks[start]!.start, toks[j - 1]!.end);
        const m = this.add(s, {
          sent: s.index,
          i: start,
          j,
          type: "ORGANIZATION",
          key: `ORGANIZATION:${normName(label)}`,
          label,
        });
        this.claim(s, m);
      }
      k = j;
    }
    // Event nouns first: "military" in "a military buildup" is a modifier, not the army.
    for (let k = 0; k < n; k++) if (EVENT_CLASSES.has(s.lower[k]!) && s.cover[k]! < 0) this.eventNoun(s, k);
    for (let k = 0; k < n; k++) {
      const lw = s.lower[k]!;
      const qualified = k > 0 && QUALIFIED_ORG_HEADS.get(lw)?.has(s.lower[k - 1]!) && s.cover[k - 1]! < 0;
      if ((ORG_HEADS.has(lw) || qualified) && s.cover[k]! < 0) this.genericOrg(s, k);

      if (
        ORG_DESCRIPTORS.has(lw) &&
        k > 1 &&
        !isCap(toks[k]!.text) &&
        s.cover[k - 1]! < 0 &&
        /\p{Lu}/u.test(toks[k - 1]!.text)
      )
        this.untaggedOrg(s, k);
    }
  }

  /**
   * The name before a modifier suffix ("Varnsk-born") as a mention of its own, flagged with the suffix so patterns
   * read the relation the modifier states. A place-suffix takes any capitalized name; a body-suffix ("-led",
   * "-owned") only a country the gazetteer knows or an acronym, since other names before it may be of any type.
   */
  private hyphenModifier(s: DocSentence, k: number): void {
    const tok = s.tokens[k]!;
    const split = splitHyphenModifier(tok.text);
    if (!split) return;
    const { name, modifier } = split;
    // The country the hyphen pass already split out ("Ruritanian-backed") carries the suffix.
    const known = this.doc.mentions.find((m) => m.sent === s.index && m.i === k && m.start === tok.start);
    if (known && known.text === name) {
      known.modifier = modifier.suffix;
      return;
    }
    // "New Porvik-based": capitalized words before the token continue a place's name (not "The", not a name of
    // its own the tagger found).
    let i = k;
    if (modifier.prefix === "place")
      while (
        i > 0 &&
        k - i < 2 &&
        isCap(s.tokens[i - 1]!.text) &&
        /^\p{L}+$/u.test(s.tokens[i - 1]!.text) &&
        !DETERMINERS.has(s.lower[i - 1]!) &&
        s.cover[i - 1]! < 0 &&
        s.tokens[i - 1]!.end + 1 === s.tokens[i]!.start
      )
        i--;
    const full = i < k ? `${this.doc.text.slice(s.tokens[i]!.start, tok.start)}${name}` : name;
    const info = countryIndex().byForm.get(full) ?? (i === k ? undefined : countryIndex().byForm.get(name));
    if (info && !countryIndex().byForm.get(full)) i = k;
    const text = i < k ? full : name;
    const acronym = /^(\p{Lu}\.?){2,6}$/u.test(name);
    if (!info && modifier.prefix === "body" && !acronym) return;
    const type: EntityType = info ? "COUNTRY" : modifier.prefix === "body" ? "ORGANIZATION" : "LOCATION";
    const m = this.add(s, {
      sent: s.index,
      i,
      j: k + 1,
      type,
      key: info ? `country:${info.iso}` : `${type}:${normName(text)}`,
      label: info ? info.name : text,
      nested: true,
      modifier: modifier.suffix,
    });
    if (info) m.iso = info.iso;
    m.text = text;
    m.end = m.start + text.length;
    for (let q = i; q <= k; q++) s.cover[q] = m.id;
  }

  /**
   * A party's member noun or adjective (data/party-words.json) as a mention of the party: before a noun of a
   * member, office or candidacy ("the Labour MP", "Conservative leader"), or as a noun after "a"/"fellow" (a plural
   * after "the") with no other noun after it ("elected as a Whig to", "fellow Democrat X", "the Tories said"), or as
   * a plural before a list of examples ("Whigs such as X").
   */
  private partyWord(s: DocSentence, k: number): void {
    const toks = s.tokens;
    const form = PARTY_WORDS.byFirst
      .get(toks[k]!.text)
      ?.find((f) => f.every((w, q) => toks[k + q]?.text === w && s.cover[k + q]! < 0));
    if (!form) return;
    const j = k + form.length;
    const text = form.join(" ");
    const next = toks[j]?.text ?? "";
    const nextLower = s.lower[j] ?? "";
    // Up to two lowercase modifiers may stand between the article and the noun ("a freshman Republican", "the
    // moderate Democrats").
    let q = k - 1;
    for (let skipped = 0; q > 0 && skipped < 2 && !ARTICLE_OR_FELLOW.has(s.lower[q]!); skipped++, q--)
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(toks[q]!.text)) break;
    if (q >= 0 && !ARTICLE_OR_FELLOW.has(s.lower[q]!)) q = k - 1;
    const before = q >= 0 ? s.lower[q]! : "";
    const plural = /s$/.test(text);
    // "Republicans such as X", "Democrats including X": the plural heads a list of the party's members.
    const listNext =
      plural &&
      ((nextLower === "such" && s.lower[j + 1] === "as") || nextLower === "including" || nextLower === "like");
    const roleNext = PARTY_WORDS.roleNouns.has(nextLower) && !PARTY_WORDS.notBefore.get(text)?.has(nextLower);
    const asNoun =
      (plural ? before === "the" : before === "a" || before === "an" || before === "fellow") &&
      (plural || !/^\p{Ll}/u.test(next) || PARTY_WORDS.nounFollowers.has(nextLower)) &&
      !(plural && isCap(next) && /^\p{L}/u.test(next));
    // "Democrat Jane Doe": the member noun before a person's name.
    const person = s.cover[j] ?? -1;
    const beforePerson =
      person >= 0 && this.doc.mentions[person]!.type === "PERSON" && this.doc.mentions[person]!.ci === j;
    // "Democrats and Republicans": plural member nouns coordinated with each other name the parties.
    const isForm = (q: number) => q >= 0 && PARTY_WORDS.byFirst.has(toks[q]?.text ?? "");
    const coordinated =
      plural &&
      (((nextLower === "and" || nextLower === "or") && isForm(j + 1)) ||
        (k > 1 && (s.lower[k - 1] === "and" || s.lower[k - 1] === "or") && isForm(k - 2)));
    if (!roleNext && !asNoun && !listNext && !coordinated && !(beforePerson && !plural)) return;
    const m = this.add(s, {
      sent: s.index,
      i: k,
      j,
      type: "ORGANIZATION",
      key: `ORGANIZATION:${normName(text)}`,
      label: text,
    });
    this.claim(s, m);
  }

  /** "Ruritanian-Bordurian border": each part that is a country adjective becomes a mention of its own. */
  private hyphenCountries(s: DocSentence, k: number): void {
    const tok = s.tokens[k]!;
    let off = 0;
    for (const part of tok.text.split("-")) {
      const info = countryIndex().byForm.get(part);
      if (info) {
        const start = tok.start + off;
        const m: DocMention = {
          id: this.doc.mentions.length,
          sent: s.index,
          i: k,
          j: k + 1,
          ci: k,
          cj: k + 1,
          type: "COUNTRY",
          text: part,
          start,
          end: start + part.length,
          iso: info.iso,
          adjective: countryIndex().adjectives.has(part),
          nested: true,
          key: `country:${info.iso}`,
          label: info.name,
          entity: -1,
        };
        this.doc.mentions.push(m);
      }
      off += part.length + 1;
    }
  }

  private nerSpan(s: DocSentence, i: number, j: number, label: string, tags: readonly IobTag[]): void {
    const toks = s.tokens;
    void tags;
    // "EU Competition Commissioner Margrethe Vestager" tagged as one name: organization, title, person.
    if (label !== "LOC") {
      for (let h = i + 1; h < j - 1; h++) {
        if (!TITLE_HEADS.has(s.lower[h]!) || !isCap(toks[h + 1]!.text) || ORG_DESCRIPTORS.has(s.lower[h + 1]!))
          continue;
        // "<Given> <Middle> King Jnr": a title head followed only by a generational suffix is the family name.
        if (h + 2 === j && GENERATIONAL_SUFFIXES.has(s.lower[h + 1]!)) continue;
        let orgEnd = i + 1;
        for (let q = i; q < h; q++) if (ORG_DESCRIPTORS.has(s.lower[q]!)) orgEnd = q + 1;
        if (orgEnd > i && !isTitleWord(s.lower[i]!)) this.nerSpan(s, i, orgEnd, "ORG", tags);
        this.nerSpan(s, h + 1, j, "PER", tags);
        return;
      }
    }
    // "Senate Minority Leader", "National Security Adviser" tagged as an organization before a name: the words from
    // the title's head back over its modifiers are the person's title; what comes before them ("Senate", a place
    // with its county or city word) is the organization or place, if anything.
    if (
      label === "ORG" &&
      j - i >= 2 &&
      TITLE_HEADS.has(s.lower[j - 1]!) &&
      !ORG_DESCRIPTORS.has(s.lower[j - 1]!) &&
      isCap(toks[j]?.text ?? "")
    ) {
      let q = j - 1;
      while (q > i && isTitleWord(s.lower[q - 1]!)) q--;
      // "Porvik County District Attorney": the place keeps its county word.
      if (q > i && q < j - 1 && PLACE_TITLE_WORDS.has(s.lower[q]!)) q++;
      // A county or province so named is a place ("Porvik County"); a city or state may name a team or a school.
      if (q > i) this.nerSpan(s, i, q, PLACE_NAME_ENDS.has(s.lower[q - 1]!) ? "LOC" : "ORG", tags);
      return;
    }
    // "EU Competition" before "Commissioner": the organization is the acronym or the part ending in an
    // organization noun; the rest names the office.
    if (label === "ORG" && j - i > 1 && TITLE_HEADS.has(s.lower[j] ?? "")) {
      for (let q = i + 1; q < j; q++) {
        const w = toks[q - 1]!.text;
        if ((/^\p{Lu}{2,}$/u.test(w) && q - 1 === i) || ORG_DESCRIPTORS.has(s.lower[q - 1]!)) {
          // "Porvik Institute of Technology police Officer": the name runs on over its "of" phrase.
          if (s.lower[q] === "of" && q + 1 < j && /^\p{Lu}/u.test(toks[q + 1]!.text))
            for (q++; q < j && /^\p{Lu}/u.test(toks[q]!.text);) q++;
          j = q;
          break;
        }
      }
    }
    // "Assembly Majority Whip", "Federal Special Agent" tagged as an organization: a name ending in a title names
    // an office. The words before the title's own words are the body it is held at ("Assembly"), if any; a country
    // there is the country ("Ruritanian Marshal"). A name with "of" inside is left whole ("Office of the Chair").
    if (label === "ORG" && j - i > 1 && TITLE_HEADS.has(s.lower[j - 1]!) && isCap(toks[j - 1]!.text)) {
      let p = j - 1;
      while (p > i && isTitleWord(s.lower[p - 1]!.replace(/\.$/, ""))) p--;
      let inner = false;
      for (let q = i; q < j; q++) if (NAME_INNER_WORDS.has(s.lower[q]!) || !isCap(toks[q]!.text)) inner = true;
      if (!inner) {
        if (p === i) return;
        const info = countryAt(s, i, p);
        if (info) {
          if (this.free(s, i, p)) this.addCountry(s, i, p, info, isAdjectiveForm(s, i, p));
          return;
        }
        j = p;
      }
    }
    // "Porvik Democrats" tagged as a person: party members named by their place or body, no one person's name.
    if (label === "PER" && j - i >= 2 && PARTY_WORDS.byFirst.get(toks[j - 1]!.text)?.some((f) => f.length === 1))
      return;
    // "Secretary of State", "Minister of Foreign Affairs": a portfolio after "<title> of" is part of the title.
    // The tagger often runs the portfolio into the name after it ("Secretary of State <First> <Last>" tagged as one
    // organisation): the portfolio words go to the title and the capitalized words after them are the person.
    if (i > 1 && s.lower[i - 1] === "of" && TITLE_HEADS.has(s.lower[i - 2]!)) {
      let q = i;
      while (q < j && TITLE_MODIFIERS.has(s.lower[q]!)) q++;
      if (q === j) return;
      const name = toks.slice(q, j).every((t) => isCap(t.text));
      if (q > i && name && j - q >= 2 && !endsOrganization(s.lower[j - 1]!)) {
        i = q;
        label = "PER";
      }
    }
    // "Interior" tagged before "Minister" is part of the title.
    if (TITLE_HEADS.has(s.lower[j] ?? "")) {
      let allTitle = true;
      for (let q = i; q < j; q++) if (!isTitleWord(s.lower[q]!)) allTitle = false;
      if (allTitle) return;
    }
    // Strip determiners, titles and demonyms in front of names; possessive clitics behind.
    while (i < j && (DETERMINERS.has(s.lower[i]!) || (label !== "ORG" && isTitleWord(s.lower[i]!.replace(/\.$/, "")))))
      i++;
    // A person's name after a demonym and titles; "<Country> Undersecretary of Trade <Name>" tagged as one person:
    // the country before the title (kept as a mention of its own, for the title's role in it) and the title's "of"
    // portfolio after its head are no part of the name either (a lowercase "of" left first would drop the mention).
    if (label === "PER") {
      const country = i < j - 2 && isTitleWord(s.lower[i + 1]!) ? countryAt(s, i, i + 1) : undefined;
      if (country) {
        if (this.free(s, i, i + 1)) this.addCountry(s, i, i + 1, country, isAdjectiveForm(s, i, i + 1));
        i++;
      }
      while (i < j - 1 && (isAdjectiveForm(s, i, i + 1) || isTitleWord(s.lower[i]!))) i++;
      if (i > 0 && i < j - 2 && s.lower[i] === "of" && TITLE_HEADS.has(s.lower[i - 1]!)) {
        i++;
        while (i < j - 1 && TITLE_MODIFIERS.has(s.lower[i]!)) i++;
      }
    }
    // "Democrat Jane Doe" tagged as one name: the party's member noun before a first name is the party's mention
    // (partyWord reads it), not part of the person's name.
    if (label === "PER" && j - i >= 3 && isPartyMemberNoun(toks[i]!.text) && isFirstName(s.lower[i + 1]!)) i++;
    // A capitalised word between a title and the tagged name belongs to the name ("Prime Minister Sheikh Hasina").
    if (
      label === "PER" &&
      i > 1 &&
      isCap(toks[i - 1]!.text) &&
      s.cover[i - 1]! < 0 &&
      !isTitleWord(s.lower[i - 1]!) &&
      TITLE_HEADS.has(s.lower[i - 2]!)
    )
      i--;
    while (j > i && (POSSESSIVE.has(toks[j - 1]!.text) || /^\p{P}+$/u.test(toks[j - 1]!.text))) j--;
    // "On Tuesday", "Although Varn": a function word opening the sentence (or a quote) is no part of the name, and
    // a day or month left alone is a date.
    if (j - i > 1 && isOpener(s, i)) {
      i++;
      if (j - i === 1 && DATE_WORDS.has(s.lower[i]!)) return;
    }
    if (i >= j) return;
    // Names start with a capital ("al-Shabaab" has one inside).
    if (!/\p{Lu}/u.test(toks[i]!.text) && !/^\p{N}/u.test(toks[i]!.text) && !ARABIC_ARTICLES.has(toks[i]!.text)) return;
    // Spans that are exactly a country were handled by the gazetteer.
    if (countryAt(s, i, j)) return;
    // A religious or ethnic community ("Sunnis", "Shiite Muslims", "Alawite Kurds"), of the words the training
    // conventions make MISC, whatever type the tagger gave it: a group of people, not an organization or a place.
    if (this.communityWords(s, i, j)) return;
    let type: EntityType;
    // A head inside the name outweighs the tagger: "Tollen Glacier", "Cathedral of Porvik" are places,
    // "Varnsk University of Porvik" an organization (the tagger types unfamiliar names by their shape).
    const headType = nameHeadType(s, i, j, label);
    if (headType) type = headType;
    // "Tollen province", "Varnsk state": a lowercase administrative noun after the name says it is a place.
    else if (
      label === "PER" &&
      j < toks.length &&
      TRAILING_PLACE_NOUNS.has(toks[j]!.text) &&
      !opensComplement(s, j + 1)
    )
      type = "LOCATION";
    // One word only: a person's full name is no item of such a list.
    else if (label === "PER" && j - i === 1 && beforeCoordinatedPlaceNoun(s, j)) type = "LOCATION";
    else if (label === "PER") type = "PERSON";
    else if (label === "ORG") type = "ORGANIZATION";
    else if (label === "LOC") type = "LOCATION";
    // MISC: nationalities are handled by the gazetteer; a name before an organization noun is one ("the ruling
    // Ruritanian Unity party"); the rest is not an entity type here.
    else if (j < toks.length && ORG_DESCRIPTORS.has(s.lower[j]!) && !isCap(toks[j]!.text) && j - i > 1)
      type = "ORGANIZATION";
    else return;
    if (!this.free(s, i, j)) {
      // Overlaps a country: an organization starting with a demonym ("Ruritanian Interior Ministry") wraps it, and
      // so does one whose name holds it further in ("the Bank of Ruritania", "the Royal Ruritanian Navy"); so
      // does a place named with a leading adjective ("Ruritanian Empire", "Bordurian Highlands").
      const wraps =
        (type === "ORGANIZATION" && (s.cover[i]! >= 0 || this.wrapsCountries(s, i, j))) ||
        (type === "LOCATION" && (this.adjectiveLed(s, i, j) || this.headOfLed(s, i, j)));
      if (!wraps) return;
    }
    // Organization extended by a leading demonym or country name ("the Peruvian Interior Ministry", "the Saudi
    // Interior Ministry", "Kenya Airways"): the country is part of the name and the body part of the country.
    const before = i > 0 && s.cover[i - 1]! >= 0 ? this.doc.mentions[s.cover[i - 1]!]! : undefined;
    if (type === "ORGANIZATION" && before?.type === "COUNTRY" && before.cj === i && !before.nested) {
      if (ORG_DESCRIPTORS.has(s.lower[j - 1]!) || ORG_HEADS.has(s.lower[j - 1]!)) i = before.i;
    }
    // A person's name retyped by the administrative noun after it says what it is, unless the noun modifies another
    // ("<Name> state media", "<Name> state visit"): then it is only this mention's guess.
    let strong = headType !== undefined || (label === "PER" && type === "LOCATION" && !nounFollows(s, j));
    // "the <Person> administration": a government named after its head is an organization, not the person.
    if (type === "PERSON" && s.lower[j] === "administration" && !isCap(toks[j]!.text) && this.free(s, j, j + 1)) {
      type = "ORGANIZATION";
      j++;
      strong = true;
    }
    // Organization nouns around a name make it an organization: "African Union", "the al-Shabaab group",
    // "the mining company Vale do Norte", "Finland's largest union, Teollisuusliitto", "the Porvik Gazette"
    // (endings and nouns also from the tagger's organisation heads, lexicon/orgNameHeads.ts).
    if (type !== "ORGANIZATION" && !headType) {
      const prev = i > 0 ? s.lower[i - 1]! : "";
      const prev2 = i > 1 && prev === "," ? s.lower[i - 2]! : "";
      const orgNoun = (w: string) => (ORG_DESCRIPTORS.has(w) || orgContextNouns().has(w)) && !PLACE_NOUNS.has(w);
      const last = s.lower[j - 1]!;
      if (
        (j - i > 1 &&
          (orgNoun(last) || ORG_NAME_ENDINGS.has(last) || (orgNameEndings().has(last) && !FACILITY_NOUNS.has(last))) &&
          isCap(toks[j - 1]!.text)) ||
        // Not before a place-bound body ("Porvik police"): that name is the body's place.
        (j < toks.length && orgNoun(s.lower[j]!) && !isCap(toks[j]!.text) && !PLACE_BOUND_BODIES.has(s.lower[j]!)) ||
        (orgNoun(prev) && !isCap(toks[i - 1]!.text)) ||
        // A common noun before the comma, not the last word of a name ("the X Institute, <Person>").
        (orgNoun(prev2) && !isCap(toks[i - 2]!.text))
      ) {
        type = "ORGANIZATION";
        strong = true;
      }
    }
    // "Analysts at Nomura": people of an organization.
    if (type !== "ORGANIZATION" && i > 1 && s.lower[i - 1] === "at" && STAFF_NOUNS.has(s.lower[i - 2]!)) {
      type = "ORGANIZATION";
      strong = true;
    }
    // Right after a title ("Interior Minister X", "Secretary of State X", "the country's leader, X"): a person,
    // whatever shape made the tagger call the name a place or an organization.
    if (type !== "PERSON" && !strong && this.afterTitle(s, i)) {
      type = "PERSON";
      strong = true;
    }
    // A capital city the tagger took for a person or organization ("Warsaw had not been consulted").
    if (type !== "LOCATION" && countryIndex().capitals.has(this.doc.text.slice(toks[i]!.start, toks[j - 1]!.end))) {
      type = "LOCATION";
      strong = true;
    }
    // Places by their context: "the city of El Fasher", "Élysée Palace".
    const of = i > 1 && s.lower[i - 1] === "of" && PLACE_NOUNS.has(s.lower[i - 2]!);
    const facilityName =
      type !== "PERSON" && j - i > 1 && isCap(toks[j - 1]!.text) && FACILITY_NOUNS.has(s.lower[j - 1]!);
    if (of || facilityName) {
      type = "LOCATION";
      strong = true;
    }
    if (type === "ORGANIZATION" && !strong && this.isPlaceBeforeBody(s, i, j)) type = "LOCATION";
    let cj = j;
    if (type === "ORGANIZATION")
      while (
        cj < toks.length &&
        !isCap(toks[cj]!.text) &&
        (ORG_DESCRIPTORS.has(s.lower[cj]!) || MEMBER_NOUNS.has(s.lower[cj]!))
      )
        cj++;
    // Single pronoun-like or verb-like capitals at sentence start are unlikely names.
    if (j - i === 1 && i === 0 && (PRONOUNS_PERSON.has(s.lower[0]!) || TRIGGERS.has(s.lower[0]!))) return;
    // "Ex-Labour MP", "pro-Beijing": the name without its prefix.
    const prefix = /^(?:ex|pro|anti|non|post|pre)-(?=\p{Lu})/iu.exec(toks[i]!.text)?.[0].length ?? 0;
    const text = this.doc.text.slice(toks[i]!.start + prefix, toks[j - 1]!.end);
    const m = this.add(s, { sent: s.index, i, j, cj, type, key: `${type}:${normName(text)}`, label: text });
    if (prefix) {
      m.start += prefix;
      m.text = text;
    }
    if (strong) m.strongType = true;
    if (type === "ORGANIZATION" && ORG_HEADS.has(s.lower[j - 1]!)) m.orgHead = s.lower[j - 1]!;
    // An organization named after its country ("Ruritanian Interior Ministry", "Bank of Ruritania") is part of it.
    if (type === "ORGANIZATION")
      for (let q = i; q < j && m.placeMention === undefined; q++) {
        const inner = s.cover[q]!;
        if (inner >= 0 && this.doc.mentions[inner]!.type === "COUNTRY") m.placeMention = inner;
      }
    this.claim(s, m);
  }

  /**
   * Types a name from what the sentence says it is, over the tagger's guess (not over a type a head noun or the
   * gazetteer gave): a name described as a place or an organization by a copula or an apposition ("Varnsk is a
   * small town in ...", "Varnsk, a village on ...", "Acme (founded 1901) is a Porvik-based company"), and the names
   * of a place chain after a locative preposition ("in Varnsk, Ostmark, Ruritania"), where one known place makes
   * the others places too.
   */
  placeContexts(s: DocSentence): void {
    const ms = [...new Set(s.cover.filter((c) => c >= 0))].map((c) => this.doc.mentions[c]!);
    const retype = (m: DocMention, type: EntityType, fromNeighbours = false): void => {
      // A place the tagger guessed may be described as an organization ("Varnsk, Porvik's spy agency,").
      const guessedPlace = m.type === "LOCATION" && type === "ORGANIZATION";
      if (m.type === type || m.strongType || m.generic) return;
      if (m.type !== "PERSON" && m.type !== "ORGANIZATION" && !guessedPlace) return;
      m.type = type;
      m.key = `${type}:${normName(m.text)}`;
      m.strongType = true;
      if (fromNeighbours) m.typeFromNeighbours = true;
    };
    const nouns = orgAppositionNouns();
    for (const m of ms) {
      const described = this.describedAs(s, m.cj);
      if (described) retype(m, described);
      // "the news agency X", "rebel group X": a place or person reading of a name the noun before it describes.
      const before = m.ci > 0 ? s.tokens[m.ci - 1]!.text : "";
      // "magazine, X," is the same apposition with commas.
      const beforeComma = m.ci > 1 && before === "," && s.tokens[m.j]?.text === "," ? s.tokens[m.ci - 2]!.text : "";
      // "X news agency", "X magazine": the name followed by the noun of what it is.
      const after = s.lower[m.j] === "news" ? s.tokens[m.j + 1]?.text : s.tokens[m.j]?.text;
      if (
        !described &&
        (m.type === "PERSON" || m.type === "LOCATION") &&
        !m.strongType &&
        !m.generic &&
        (nouns.before.has(before) || nouns.before.has(beforeComma) || nouns.afterTagged.has(after ?? ""))
      ) {
        m.type = "ORGANIZATION";
        m.key = `ORGANIZATION:${normName(m.text)}`;
        m.strongType = true;
      }
    }
    // A capitalized name the tagger missed, described the same way ("Brelling is a hamlet in ...").
    for (let k = 0; k < s.tokens.length; k++) {
      if (s.cover[k]! >= 0 || !isCap(s.tokens[k]!.text) || NOT_NAMES.has(s.lower[k]!) || isOpener(s, k)) continue;
      // A day or month alone ("On Friday, the broadcaster said") is a date, not a name described as something.
      if (DATE_WORDS.has(s.lower[k]!) && !isCap(s.tokens[k + 1]?.text ?? "")) continue;
      let j = k + 1;
      while (
        j < s.tokens.length &&
        s.cover[j]! < 0 &&
        (isCap(s.tokens[j]!.text) || (NAME_INNER_WORDS.has(s.lower[j]!) && isCap(s.tokens[j + 1]?.text ?? "")))
      )
        j++;
      let described = j - k <= MAX_NAME_WORDS ? this.describedAs(s, j) : undefined;
      // The name ends before a date it ran into ("station X on Thursday").
      let end = j;
      for (let q = k + 1; q < j; q++)
        if (NAME_INNER_WORDS.has(s.lower[q]!) && DATE_WORDS.has(s.lower[q + 1]!)) {
          end = q;
          break;
        }
      if (described) end = j;
      else if (this.namedByOrgNoun(s, k, end)) described = "ORGANIZATION";
      // A name ending in an organization word after a nationality adjective ("the Porvikian Authority"), or of two
      // words or more not opening the sentence ("the Unity Party"): the tagger missed an organization's name.
      const adj = k > 0 && s.cover[k - 1]! >= 0 ? this.doc.mentions[s.cover[k - 1]!]! : undefined;
      // One word after the adjective is a medium or a generic body there ("on Porvikian TV", "the Porvikian army"),
      // not a name, when it is a media word or a body the generic-organization reading already finds.
      const medium = end - k === 1 && (ORG_HEADS.has(s.lower[k]!) || isMediaWord(s.lower[k]!));
      const afterAdjective =
        adj?.type === "COUNTRY" && adj.adjective === true && adj.cj === k && !adj.nested && !medium;
      let start = k;
      if (!described && (afterAdjective || (k > 0 && end - k >= 2)) && this.endsInOrgWord(s, k, end)) {
        described = "ORGANIZATION";
        if (afterAdjective) start = adj.ci;
      }
      if (described) {
        const label = this.doc.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
        const m = this.add(s, {
          sent: s.index,
          i: start,
          j: end,
          ...(start < k ? { placeMention: adj!.id } : {}),
          type: described,
          key: `${described}:${normName(label)}`,
          label,
        });
        m.strongType = true;
        this.claim(s, m);
      }
      k = j - 1;
    }
    // Place chains: mentions joined by commas, the first after a locative preposition, one of them a place.
    for (let a = 0; a < ms.length; a++) {
      const first = ms[a]!;
      if (first.ci === 0 || !LOCATIVE_PREPOSITIONS.has(s.lower[first.ci - 1]!)) continue;
      const chain = [first];
      while (a + 1 < ms.length && s.tokens[chain.at(-1)!.cj]?.text === "," && ms[a + 1]!.ci === chain.at(-1)!.cj + 1)
        chain.push(ms[++a]!);
      // "In Porvik, X said ...", "Born in Porvik, X studied ...": a name a verb follows is the main clause's
      // subject, not a link of the chain (a link is followed by punctuation, a conjunction or a preposition).
      if (chain.length > 1 && opensClause(s, chain.at(-1)!.cj)) chain.pop();
      const last = chain.at(-1)!;
      // "in Acme, Ruritania's largest firm": the last name is a possessor, not a link of the chain.
      if (chain.length < 2 || POSSESSIVE.has(s.tokens[last.cj]?.text ?? "")) continue;
      if (!chain.some((m) => m.type === "COUNTRY" || m.type === "LOCATION")) continue;
      // Not a name ending in a noun that only organizations are ("in Varnsk, Ostmark, Porvik University and ..."
      // lists places and a university).
      for (const m of chain) if (!DESCRIBED_ORG_NOUNS.has(s.lower[m.j - 1]!)) retype(m, "LOCATION", true);
    }
  }

  /** Whether the capitalized words [k, j) end in an organization word and hold no date or title word. */
  private endsInOrgWord(s: DocSentence, k: number, j: number): boolean {
    for (let q = k; q < j; q++) if (DATE_WORDS.has(s.lower[q]!) || isTitleWord(s.lower[q]!)) return false;
    const w = s.lower[j - 1]!;
    return (
      isCap(s.tokens[j - 1]!.text) &&
      (ORG_NAME_ENDINGS.has(w) || ORG_DESCRIPTORS.has(w) || ORG_HEADS.has(w) || orgNameEndings().has(w)) &&
      !PLACE_NOUNS.has(w)
    );
  }

  /** Whether a title ends right before token i: a capitalised title head, optionally with "of" and a portfolio
   * after it ("Secretary of State"), or a lowercase head before a comma ("the country's leader, X"). */
  private afterTitle(s: DocSentence, i: number): boolean {
    let p = i - 1;
    if (p > 0 && s.lower[p] === "," && TITLE_HEADS.has(s.lower[p - 1]!) && !isCap(s.tokens[p - 1]!.text))
      return s.cover[p - 1]! < 0;
    let portfolio = p;
    while (portfolio > 1 && TITLE_MODIFIERS.has(s.lower[portfolio]!) && isCap(s.tokens[portfolio]!.text)) portfolio--;
    if (portfolio < p && s.lower[portfolio] === "of") p = portfolio - 1;
    if (p < 0 || s.cover[p]! >= 0) return false;
    // Capitalised as a title ("Minister X"), not an adjective reading of the word ("official Press TV").
    return TITLE_HEADS.has(s.lower[p]!.replace(/\.$/, "")) && isCap(s.tokens[p]!.text);
  }

  /** Whether every word of [i, j) is a community word of the training conventions (or a plural people noun). */
  private communityWords(s: DocSentence, i: number, j: number): boolean {
    const conv = loadTrainingConventions();
    let group = false;
    for (let q = i; q < j; q++) {
      const w = s.tokens[q]!.text;
      if (conv.isGroupWord(w)) group = true;
      else if (!(q > i && PEOPLE_NOUNS.has(s.lower[q]!))) return false;
    }
    return group;
  }

  /**
   * Whether a capitalized name [k, j) the tagger missed stands beside a lowercase noun that only names organizations
   * ("the <Name> party", "<Name> news agency", "radio station <Name>"): the tagger missed a name of a kind the open
   * training text rarely has. Not at the start of a sentence, not a date or a title, and not before nouns that
   * also follow capitalized common words ("Oval office", "Air force", "Supreme court").
   */
  private namedByOrgNoun(s: DocSentence, k: number, j: number): boolean {
    if (k === 0 || j - k > 4) return false;
    for (let q = k; q < j; q++) if (DATE_WORDS.has(s.lower[q]!) || isTitleWord(s.lower[q]!)) return false;
    const toks = s.tokens;
    // "the largest Christian university", "a Porvikian company": a community or nationality word, not a name.
    const conv = loadTrainingConventions();
    const nouns = orgAppositionNouns();
    if (j - k === 1 && (conv.isGroupWord(toks[k]!.text) || conv.isDemonym(toks[k]!.text, true))) return false;
    const lowerNoun = (q: number) => q >= 0 && q < toks.length && !isCap(toks[q]!.text) && nouns.after.has(s.lower[q]!);
    const after = lowerNoun(j) || (s.lower[j] === "news" && lowerNoun(j + 1));
    // Before the name only nouns that are not compound modifiers ("a bank ATM"), and not when the name runs into a
    // tagged one ("broadcaster <Name> <Tagged Name>": the tagger's span lost its first word).
    const before =
      k > 1 && (j >= toks.length || s.cover[j]! < 0) && !isCap(toks[k - 1]!.text) && nouns.before.has(s.lower[k - 1]!);
    return after || before;
  }

  /**
   * What a copula or apposition after position k says a name is: "(...) is/was a|an|the <up to four modifiers>
   * <noun>" or ", a|an|the <modifiers> <noun>", the determiner also a possessor ("Porvik's"), the noun a place noun or an organization noun ending the phrase
   * (followed by a preposition, a conjunction or punctuation: not "a city councillor").
   */
  private describedAs(s: DocSentence, k: number): EntityType | undefined {
    const toks = s.tokens;
    if (toks[k]?.text === "(") {
      let depth = 0;
      for (; k < toks.length; k++) {
        if (toks[k]!.text === "(") depth++;
        else if (toks[k]!.text === ")" && --depth === 0) break;
      }
      k++;
    }
    const link = s.lower[k];
    if (link !== "is" && link !== "was" && link !== ",") return undefined;
    // The determiner, or a possessor's name (", Porvik's spy agency,").
    let from = k + 2;
    if (!DESCRIPTION_DETERMINERS.has(s.lower[k + 1] ?? "")) {
      const owner = s.cover[k + 1] ?? -1;
      const m = owner >= 0 ? this.doc.mentions[owner]! : undefined;
      if (!m || m.ci !== k + 1 || !POSSESSIVE.has(toks[m.cj]?.text ?? "")) return undefined;
      from = m.cj + 1;
    }
    for (let q = from; q < Math.min(toks.length, from + 5); q++) {
      const w = s.lower[q]!;
      const next = s.lower[q + 1] ?? ".";
      // The phrase ends at a preposition, a conjunction, punctuation, a relative pronoun or a participle ("a
      // company based in", "a town which").
      const ends =
        PREPOSITIONS.has(next) || PHRASE_ENDS.has(next) || /^\p{P}+$/u.test(next) || /^\p{Ll}+ed$/u.test(next);
      if (ends && /^\p{Ll}/u.test(toks[q]!.text)) {
        if (DESCRIBED_PLACE_NOUNS.has(w)) return "LOCATION";
        if (DESCRIBED_ORG_NOUNS.has(w)) return "ORGANIZATION";
      }
      // Modifiers: lowercase words, hyphenated modifiers, capitalized adjectives ("a small Ruritanian town").
      if (!/^[\p{L}-]+$/u.test(toks[q]!.text) || PREPOSITIONS.has(w) || w === "and" || w === "or") return undefined;
    }
    return undefined;
  }

  /**
   * Whether [i, j) is a country adjective the gazetteer took, followed by more capitalized words of one name that
   * are not a title ("Ruritanian Empire", not "Ruritanian President Jan Novak": the tagger's span is the place).
   */
  /** Whether [i, j) is a place named "<Head> of <Name>" ("the Gulf of Ruritania") holding only whole countries. */
  private headOfLed(s: DocSentence, i: number, j: number): boolean {
    if (j - i < 3 || s.lower[i + 1] !== "of" || !PLACE_HEADS_BEFORE_OF.has(s.lower[i]!)) return false;
    if (s.cover[i]! >= 0 || s.cover[i + 1]! >= 0) return false;
    return this.wrapsCountries(s, i + 2, j);
  }

  private adjectiveLed(s: DocSentence, i: number, j: number): boolean {
    const c = s.cover[i]!;
    if (c < 0) return false;
    const m = this.doc.mentions[c]!;
    if (m.type !== "COUNTRY" || !m.adjective || m.ci !== i || m.cj >= j) return false;
    for (let k = m.cj; k < j; k++)
      if (s.cover[k]! >= 0 || !isCap(s.tokens[k]!.text) || isTitleWord(s.lower[k]!) || LIST_WORDS.has(s.lower[k]!))
        return false;
    return true;
  }

  /**
   * Whether the only mentions over [i, j) are countries wholly inside it and the rest of the range is one name (no
   * comma or conjunction: "Ruritania and Borduria" tagged as one organization is two countries).
   */
  private wrapsCountries(s: DocSentence, i: number, j: number): boolean {
    let inCountry = false;
    for (let k = i; k < j; k++) {
      const c = s.cover[k]!;
      if (c < 0) {
        if (LIST_WORDS.has(s.lower[k]!)) return false;
        continue;
      }
      const m = this.doc.mentions[c]!;
      if (m.type !== "COUNTRY" || m.ci < i || m.cj > j) return false;
      // Where names hold a country: leading, after "of", or as an adjective ("Royal Ruritanian Navy"); a
      // country after "for" or "against" in a tagged span is a phrase run into the name.
      if (m.ci > i && s.lower[m.ci - 1] !== "of" && !m.adjective) return false;
      inCountry = true;
    }
    return inCountry;
  }

  /**
   * A place inside an organization's name, kept whole ("University of Porvik", "Porvik City Council", "Kenya
   * Airways"), as a mention of its own nested in the name: a country the gazetteer knows, or a place the article
   * names on its own elsewhere. It anchors the organization (placeMention: in the place, or part of a country).
   * Only where names put the place: leading the name before more capitalized words, or after a final "of"
   * (not "for" or "to": "a Campaign for Ruritania" is not in it).
   */
  innerPlaces(sentences: readonly DocSentence[]): void {
    const byIndex = new Map(sentences.map((s) => [s.index, s]));
    // A snapshot: the nested mentions this adds are places, never organizations to anchor.
    for (const m of [...this.doc.mentions]) {
      const s = byIndex.get(m.sent);
      if (!s || m.type !== "ORGANIZATION" || m.nested || m.generic || m.placeMention !== undefined) continue;
      // Long "names" are tagging errors over flattened text: no place is read inside them.
      if (m.j - m.i < 2 || m.j - m.i > MAX_NAME_WORDS || s.cover[m.i] !== m.id) continue;
      if (NAMED_AFTER_PLACE.has(s.lower[m.j - 1]!)) continue;
      const ranges: [number, number][] = [];
      for (let q = m.j - 2; q > m.i; q--) if (s.lower[q] === "of") ranges.push([q + 1, m.j]);
      for (let h = m.j - 1; h > m.i; h--) if (isCap(s.tokens[h]!.text)) ranges.push([m.i, h]);
      for (const [a, b] of ranges) {
        const inner = this.innerPlace(s, a, b);
        if (!inner) continue;
        m.placeMention = inner.id;
        break;
      }
    }
  }

  /**
   * Whether the article names this on its own as a place more often than as anything else ("Porvik" in "the
   * University of Porvik", not a founder's or parent company's name in "the Varga School", "Kesko Electric").
   */
  private namedAsPlace(name: string): boolean {
    if (!this.nameTypes) {
      this.nameTypes = new Map();
      for (const m of this.doc.mentions) {
        if (m.nested || m.type === "EVENT") continue;
        const key = normName(m.text);
        const n = this.nameTypes.get(key) ?? { place: 0, other: 0 };
        if (m.type === "LOCATION") n.place++;
        else n.other++;
        this.nameTypes.set(key, n);
        // A person's surname alone is no place either.
        const last = key.split(" ").at(-1)!;
        if (m.type === "PERSON" && last !== key) {
          const l = this.nameTypes.get(last) ?? { place: 0, other: 0 };
          l.other++;
          this.nameTypes.set(last, l);
        }
      }
    }
    const n = this.nameTypes.get(name);
    return !!n && n.place > n.other;
  }

  private innerPlace(s: DocSentence, a: number, b: number): DocMention | undefined {
    if (a >= b || !isCap(s.tokens[a]!.text) || DETERMINERS.has(s.lower[a]!)) return undefined;
    const info = countryAt(s, a, b);
    const text = this.doc.text.slice(s.tokens[a]!.start, s.tokens[b - 1]!.end);
    if (!info && !this.namedAsPlace(normName(text))) return undefined;
    const m = this.add(s, {
      sent: s.index,
      i: a,
      j: b,
      type: info ? "COUNTRY" : "LOCATION",
      key: info ? `country:${info.iso}` : `LOCATION:${normName(text)}`,
      label: info ? info.name : text,
      nested: true,
    });
    if (info) {
      m.iso = info.iso;
      if (isAdjectiveForm(s, a, b)) m.adjective = true;
    }
    return m;
  }

  /** "Police in Kenya's largest city, Nairobi", "Nairobi police", "the Kenyan Interior Ministry". */
  /** Records an unresolved reference over tokens i..j-1 (resolved later by resolveReferences). */
  private addReference(s: DocSentence, i: number, j: number, kind: DocReference["kind"], head?: string): void {
    const toks = s.tokens;
    const start = toks[i]!.start;
    const end = toks[j - 1]!.end;
    const ref: DocReference = {
      sent: s.index,
      i,
      j,
      kind,
      entity: -1,
      text: this.doc.text.slice(start, end),
      start,
      end,
    };
    if (head !== undefined) ref.head = head;
    this.doc.refs.push(ref);
    for (let q = i; q < j; q++) s.refAt[q] = this.doc.refs.length - 1;
  }

  private genericOrg(s: DocSentence, k: number): void {
    const toks = s.tokens;
    const head = orgHeadOf(s.lower[k]!);
    // Capitalised modifiers directly before a capitalised head ("Interior Ministry").
    let i = k;
    while (i > 0 && isCap(toks[i - 1]!.text) && s.cover[i - 1]! < 0 && TITLE_MODIFIERS.has(s.lower[i - 1]!)) i--;
    if (i < k && !isCap(toks[k]!.text)) i = k;
    // One lowercase modifier ("Ruritanian riot police", "China's coast guard", "China's foreign ministry").
    if (
      i === k &&
      i > 1 &&
      /^\p{Ll}+$/u.test(toks[i - 1]!.text) &&
      !DETERMINERS.has(s.lower[i - 1]!) &&
      s.cover[i - 1]! < 0
    ) {
      const before = POSSESSIVE.has(toks[i - 2]!.text) ? i - 3 : i - 2;
      const anchor = before >= 0 ? this.doc.mentions[s.cover[before]!] : undefined;
      if (anchor && (anchor.type === "COUNTRY" || anchor.type === "LOCATION")) i--;
    }
    // "Nairobi police", "Kenyan police", "Sudan's army".
    const owner = i > 1 && POSSESSIVE.has(toks[i - 1]!.text) ? i - 2 : i - 1;
    const left = owner >= 0 ? s.cover[owner]! : -1;
    const leftM = left >= 0 ? this.doc.mentions[left]! : undefined;
    // "Federal Police", "Interior Ministry": a capitalised name ending in the head noun.
    if (i < k && !leftM) {
      const label = this.doc.text.slice(toks[i]!.start, toks[k]!.end);
      let cj = k + 1;
      while (cj < toks.length && MEMBER_NOUNS.has(s.lower[cj]!)) cj++;
      const m = this.add(s, {
        sent: s.index,
        i,
        j: k + 1,
        cj,
        type: "ORGANIZATION",
        orgHead: head,
        key: `ORGANIZATION:${normName(label)}`,
        label,
      });
      this.claim(s, m);
      return;
    }
    if (leftM && (leftM.type === "COUNTRY" || leftM.type === "LOCATION") && leftM.cj === owner + 1) {
      const text = this.doc.text.slice(leftM.start, toks[k]!.end);
      const place = owner === i - 1 ? leftM.text : leftM.label;
      const body = this.doc.text.slice(toks[i]!.start, toks[k]!.end);
      const label = `${place} ${body}`;
      const m = this.add(s, {
        sent: s.index,
        i: leftM.i,
        j: k + 1,
        type: "ORGANIZATION",
        orgHead: head,
        generic: true,
        placeMention: leftM.id,
        // "Ruritania's army" and "the Ruritanian army" are one body: keyed by the place's name, not its form.
        key: `ORGANIZATION:${normName(`${leftM.label} ${body}`)}`,
        label,
      });
      m.text = text;
      this.claim(s, m);
      return;
    }
    // Anchor after the head: "in/of <place>[ 's largest city, <place>]".
    if (k + 2 < toks.length && (s.lower[k + 1] === "in" || s.lower[k + 1] === "of")) {
      let p = k + 2;
      if (DETERMINERS.has(s.lower[p]!)) p++;
      let anchor = s.cover[p] ?? -1;
      if (anchor >= 0) {
        let end = this.doc.mentions[anchor]!.cj;
        // Apposition: "Kenya's largest city, Nairobi".
        let q = end;
        if (POSSESSIVE.has(toks[q]?.text ?? "")) q++;
        let r = q;
        while (r < toks.length && r < q + 3 && !PLACE_NOUNS.has(s.lower[r]!) && /^\p{Ll}/u.test(toks[r]!.text)) r++;
        if (
          r < toks.length &&
          PLACE_NOUNS.has(s.lower[r]!) &&
          toks[r + 1]?.text === "," &&
          (s.cover[r + 2] ?? -1) >= 0
        ) {
          anchor = s.cover[r + 2]!;
          end = this.doc.mentions[anchor]!.cj;
        }
        const place = this.doc.mentions[anchor]!;
        if (place.type === "LOCATION" || place.type === "COUNTRY") {
          const label = `${place.adjective ? place.text : place.label} ${head}`;
          const m = this.add(s, {
            sent: s.index,
            i: k,
            j: k + 1,
            cj: end,
            type: "ORGANIZATION",
            orgHead: head,
            generic: true,
            placeMention: anchor,
            key: `ORGANIZATION:${normName(`${place.label} ${head}`)}`,
            label,
          });
          this.claim(s, m);
          return;
        }
      }
    }
    // Bare "the police": resolved later to the article's organization with that head noun. Only as a noun
    // phrase of its own ("the police", sentence-initial "Police"), not as a modifier ("a police post").
    if (!(k === 0 || s.lower[k - 1] === "the" || s.lower[k - 1] === "by")) return;
    this.addReference(s, k, k + 1, "org", head);
  }

  /**
   * "Porvik police", "Varnsk prosecutors": a name the tagger typed as an organization right before a lowercase
   * noun of a place-bound body (data/place-bound-bodies.json) names the place the body serves; the body is then
   * an organization mention of its own, anchored to the place. Not an acronym ("KDF police"), a name ending in an
   * organization word ("Transit Authority police"), or a name holding a country ("Ruritanian Railways police").
   */
  private isPlaceBeforeBody(s: DocSentence, i: number, j: number): boolean {
    const next = s.tokens[j];
    if (!next || isCap(next.text) || !PLACE_BOUND_BODIES.has(s.lower[j]!) || j - i > 3 || s.cover[i]! >= 0)
      return false;
    const last = s.lower[j - 1]!;
    const text = this.doc.text.slice(s.tokens[i]!.start, s.tokens[j - 1]!.end);
    return !/^[\p{Lu}.&]+$/u.test(text) && !ORG_DESCRIPTORS.has(last) && !ORG_NAME_ENDINGS.has(last);
  }

  /** Names the tagger missed before an organization noun: "the al-Shabaab group". */
  private untaggedOrg(s: DocSentence, k: number): void {
    const toks = s.tokens;
    let i = k;
    while (
      i > 1 &&
      k - i < 4 &&
      s.cover[i - 1]! < 0 &&
      /\p{Lu}/u.test(toks[i - 1]!.text) &&
      !isTitleWord(s.lower[i - 1]!)
    )
      i--;
    if (i === k || s.lower[i - 1] !== "the") return;
    // "the Sunni group": a community word describes the group; it does not name it.
    if (this.communityWords(s, i, k)) return;
    const label = this.doc.text.slice(toks[i]!.start, toks[k - 1]!.end);
    const m = this.add(s, {
      sent: s.index,
      i,
      j: k,
      cj: k + 1,
      type: "ORGANIZATION",
      key: `ORGANIZATION:${normName(label)}`,
      label,
    });
    this.claim(s, m);
  }

  /** Pass 2 (after every sentence): facilities, which need to know whether their place is named elsewhere. */
  facilities(s: DocSentence): void {
    for (let k = 1; k < s.tokens.length; k++)
      if (FACILITY_NOUNS.has(s.lower[k]!) && s.cover[k]! < 0) this.facility(s, k);
  }

  /** "<place> [international] airport": a facility located in the place; "the Cerro Alto copper mine". */
  private facility(s: DocSentence, k: number): void {
    const toks = s.tokens;
    if (!FACILITY_NOUNS.has(s.lower[k]!)) return;
    // One lowercase modifier may stand between the name and the facility noun ("international", "copper").
    let p = k - 1;
    if (p > 0 && /^\p{Ll}+$/u.test(toks[p]!.text) && s.cover[p]! < 0 && !DETERMINERS.has(s.lower[p]!)) p--;
    const pm = p >= 0 ? s.cover[p]! : -1;
    if (pm < 0) return;
    const place = this.doc.mentions[pm]!;
    if (
      place.j !== p + 1 ||
      place.nested ||
      (place.type !== "LOCATION" && place.type !== "ORGANIZATION") ||
      place.generic
    )
      return;
    // A place named on its own elsewhere ("Lima") contains the facility; otherwise the name is the facility's.
    const name = normName(place.text);
    this.placeNames ??= countNames(this.doc.mentions);
    const isPlace = place.type === "LOCATION" && (this.placeNames.get(name) ?? 0) > 1;
    // A name the tagger took for an organization is the facility's own name ("Cerro Alto" mine).
    if (!isPlace) {
      place.type = "LOCATION";
      place.key = `LOCATION:${normName(place.text)}`;
      place.j = place.cj = k + 1;
      place.end = toks[k]!.end;
      place.text = place.label = this.doc.text.slice(place.start, place.end);
      this.claim(s, place);
      return;
    }
    const text = this.doc.text.slice(place.start, toks[k]!.end);
    const m = this.add(s, {
      sent: s.index,
      i: place.i,
      j: k + 1,
      type: "LOCATION",
      ...(isPlace ? { placeMention: place.id } : {}),
      key: `LOCATION:${normName(text)}`,
      label: text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()),
    });
    this.claim(s, m);
  }

  /** Event nouns with their modifiers and place: "a military buildup", "the war in Ruritania". */
  private eventNoun(s: DocSentence, k: number): void {
    const toks = s.tokens;
    const cls = EVENT_CLASSES.get(s.lower[k]!)!;
    let i = k;
    let agentIso: string | undefined;
    let specific = false;
    while (i > 0 && k - i < 3) {
      const prev = s.lower[i - 1]!;
      const cm = s.cover[i - 1]!;
      if (cm >= 0) {
        const m = this.doc.mentions[cm]!;
        if (m.type === "COUNTRY" && m.adjective && m.cj === i) {
          agentIso = m.iso;
          i = m.i;
          specific = true;
          continue;
        }
        break;
      }
      if (POSSESSIVE.has(toks[i - 1]!.text) && i > 1 && s.cover[i - 2]! >= 0) {
        const m = this.doc.mentions[s.cover[i - 2]!]!;
        if (m.type === "COUNTRY" || m.type === "ORGANIZATION") {
          agentIso = m.iso;
          i = m.i;
          specific = true;
        }
        break;
      }
      if (
        /^\p{Ll}/u.test(toks[i - 1]!.text) &&
        (EVENT_ADJECTIVES.has(prev) || (ADJ_SUFFIX.test(prev) && !DETERMINERS.has(prev)))
      ) {
        i--;
        specific = true;
        continue;
      }
      break;
    }
    // Noun context: after a determiner/adjective/possessive, or followed by in/of + place.
    const before = i > 0 ? s.lower[i - 1]! : "";
    let j = k + 1;
    let placeMention: number | undefined;
    if (j + 1 < toks.length && ["in", "of", "on", "against"].includes(s.lower[j]!)) {
      let p = j + 1;
      if (DETERMINERS.has(s.lower[p]!)) p++;
      const pm = s.cover[p] ?? -1;
      if (pm >= 0) {
        const m = this.doc.mentions[pm]!;
        if (m.type === "COUNTRY" || m.type === "LOCATION") {
          placeMention = pm;
          specific = true;
          // "sanctions against Iranian airlines": the adjective gives the target but not the event's name.
          if (!m.adjective) j = m.cj;
        }
      }
    }
    if (!specific && !DETERMINERS.has(before) && i === k) return;
    const text = this.doc.text.slice(toks[i]!.start, toks[j - 1]!.end);
    const m = this.add(s, {
      sent: s.index,
      i,
      j,
      type: "EVENT",
      eventClass: cls,
      key: `EVENT:${cls}`,
      label: text,
      ...(agentIso ? { agentIso } : {}),
      ...(placeMention !== undefined ? { placeMention } : {}),
    });
    if (specific) m.label = text;
    this.claim(s, m);
  }

  /** Pronouns and "the country" references. */
  references(s: DocSentence): void {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const lw = s.lower[k]!;
      if (s.cover[k]! >= 0 || s.refAt[k]! >= 0) continue;
      if (toks[k]!.text === "I") {
        // "I" inside a quote: its speaker, found by the attribution after the quote.
        this.addReference(s, k, k + 1, "speaker");
      } else if (PRONOUNS_PERSON.has(lw) || lw === "his") {
        this.addReference(s, k, k + 1, "pronoun");
      } else if (COUNTRY_ANAPHORS.has(lw) && k > 0) {
        let i = k - 1;
        if (/^(neighbo(u)?ring|same|whole|entire)$/.test(s.lower[i]!)) i--;
        if (i >= 0 && ["the", "his", "her", "their", "its"].includes(s.lower[i]!)) {
          this.addReference(s, i, k + 1, "country");
        }
      }
    }
  }
}

const PARTICLES = new Set([
  "de",
  "del",
  "da",
  "do",
  "dos",
  "das",
  "di",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
]);

/** Whether a word is of the media kind of data/ner-org-heads.json ("tv", "press", "daily"). */
function isMediaWord(w: string): boolean {
  const heads = loadOrgHeads();
  return heads.kindOf.get(w) === heads.kinds.indexOf("media") + 1;
}

/** Whether a word is a singular one-word party form of data/party-words.json ("Democrat", "Tory"). */
function isPartyMemberNoun(w: string): boolean {
  return !/s$/.test(w) && (PARTY_WORDS.byFirst.get(w)?.some((f) => f.length === 1) ?? false);
}

/** Whether a lowercased word is a common first name of the gazetteer. */
function isFirstName(w: string): boolean {
  return loadGazetteer().firstNames.has(w);
}

/** "Alejandra del Moral", "Radio Programas del Perú": names split by a lowercase particle are one name. */
function joinNameParticles(spans: NerSpan[], s: DocSentence): NerSpan[] {
  const out: NerSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      sp.i === prev.j + 1 &&
      PARTICLES.has(s.tokens[prev.j]!.text) &&
      (prev.label === sp.label || prev.label === "ORG" || prev.label === "PER")
    ) {
      prev.j = sp.j;
      continue;
    }
    out.push({ ...sp });
  }
  // "Kenya National Commission" + "on" + "Human Rights": an organization's name continues over of/on/for, and
  // over "for the"/"of the" before another organization span ("Office for the Protection of ...").
  const bodyEnd = (sp: NerSpan) => {
    const last = s.lower[sp.j - 1]!;
    return ORG_NAME_ENDINGS.has(last) || ORG_DESCRIPTORS.has(last);
  };
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const link = s.tokens[a.j]!.text;
    const direct = b.i === a.j + 1 && ["on", "of", "for"].includes(link);
    const overThe = b.i === a.j + 2 && (link === "of" || link === "for") && s.lower[a.j + 1] === "the";
    if ((direct || (overThe && b.label === "ORG")) && bodyEnd(a)) {
      a.j = b.j;
      a.label = "ORG";
      out.splice(k, 1);
    }
  }
  // "Porvik Institute" + "of Technology" untagged: capitalised words after "of" continue an organization's name
  // that ends in an organization word (not a title or a date: "the Institute of Physics President").
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.label === "MISC" || s.lower[a.j] !== "of" || !bodyEnd(a)) continue;
    const limit = Math.min(out[k + 1]?.i ?? s.tokens.length, a.j + 1 + MAX_OF_WORDS);
    let e = a.j + 1;
    while (
      e < limit &&
      s.cover[e]! < 0 &&
      /^\p{Lu}\p{Ll}/u.test(s.tokens[e]!.text) &&
      !TITLE_HEADS.has(s.lower[e]!) &&
      !DATE_WORDS.has(s.lower[e]!)
    )
      e++;
    if (e > a.j + 1) a.j = e;
  }
  // "X Utd", "X plc" tagged as two names: a word that only ends organization names never starts a new name when it
  // directly follows one, so the two are one organization.
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const w = s.lower[b.i]!;
    if (
      b.i === a.j &&
      b.j === b.i + 1 &&
      a.label !== "MISC" &&
      (NAME_SUFFIXES.has(w) || ORG_NAME_ENDINGS.has(w) || GENERIC_ORG_WORDS.has(w))
    ) {
      a.j = b.j;
      a.label = "ORG";
      out.splice(k, 1);
    }
  }
  // "Alejandra del Moral" with only "Alejandra" tagged: a particle and capitalised words continue a name.
  for (const sp of out) {
    const toks = s.tokens;
    if (sp.label === "MISC" || !PARTICLES.has(toks[sp.j]?.text ?? "")) continue;
    let e = sp.j + 1;
    while (e < toks.length && /^\p{Lu}\p{Ll}/u.test(toks[e]!.text) && !out.some((o) => o.i <= e && e < o.j)) e++;
    if (e > sp.j + 1) sp.j = e;
  }
  return out;
}

function countNames(mentions: DocMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) if (m.type === "LOCATION") out.set(normName(m.text), (out.get(normName(m.text)) ?? 0) + 1);
  return out;
}

/** Finds the mentions of the article's (non-duplicate) sentences: names, places, events, organizations. */
export function findMentions(doc: DocModel, active: DocSentence[], tags: readonly (readonly IobTag[])[]): void {
  const finder = new MentionFinder(doc);
  active.forEach((s, k) => finder.sentence(s, tags[k] ?? []));
  for (const s of active) finder.placeContexts(s);
  for (const s of active) finder.facilities(s);
  finder.innerPlaces(active);
}

/** Pronouns and "the country" references, once the names are known. */
export function findReferences(doc: DocModel, active: DocSentence[]): void {
  const finder = new MentionFinder(doc);
  for (const s of active) finder.references(s);
}
