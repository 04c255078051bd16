// The names by which cross-document resolution compares entities: an entity's full names and short forms,
// normalised per type, what each name can identify (nothing, a national body, one entity), and the readable keys.
// Shared by the resolver's rules (resolutionRules.ts) and the tokens they declare.
import type { EntityType } from "@newskg/graph-model";
import { countryIndex } from "./lexicon/countryIndex.js";
import {
  GENERIC_ORG_WORDS,
  NATIONAL_BODIES,
  NATIONAL_BODY_HEADS,
  ORG_DESCRIPTORS,
  ORG_NAME_ENDINGS,
  ORG_HEADS,
} from "./lexicon/organizations.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { readDataFile } from "../data/readDataFile.js";
import { loadGazetteer } from "../ner/loadGazetteer.js";
import { normName, normOrgName, normPersonName } from "./normName.js";
import type { DocumentExtraction, ExtractedEntity } from "./types.js";

export function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** The key space a type's names are compared in: people, events, places and organizations apart (a town and its
 * football club share a name; resolutionRules.ts joins a place with an organization of its name only when that
 * organization is the place acting, its government). */
export const typeKeyOf = (t: EntityType): string =>
  t === "PERSON" || t === "EVENT" ? t : t === "ORGANIZATION" ? "ORG" : "PLACE";

interface PartyAliases {
  aliases: { alias: string; name: string; why: string }[];
}
/** Normalised party nickname -> the normalised name of the party (data/party-aliases.json). */
const PARTY_ALIASES: ReadonlyMap<string, string> = (() => {
  const data = readDataFile<PartyAliases>("party-aliases.json");
  if (!Array.isArray(data.aliases)) throw new Error('data file party-aliases.json: "aliases" must be a list');
  const out = new Map<string, string>();
  for (const a of data.aliases) {
    if (typeof a.alias !== "string" || typeof a.name !== "string" || typeof a.why !== "string" || !a.why)
      throw new Error(`data file party-aliases.json: entry ${JSON.stringify(a)} needs alias, name and why`);
    out.set(normOrgName(a.alias), normOrgName(a.name));
  }
  return out;
})();

/** The name of a place or organization for matching: country-neutral, a party's nickname as the party's name. */
export function namedKey(name: string): string {
  const n = countryNeutral(name);
  return PARTY_ALIASES.get(n) ?? n;
}

/** Whether a name is a party's nickname (data/party-aliases.json): a merged party is labelled by its own name. */
export const isPartyNickname = (name: string): boolean => PARTY_ALIASES.has(countryNeutral(name));

/** An entity's names as resolution reads them. */
export interface EntityNames {
  typeKey: string;
  /** Full names, normalised (keys across articles). */
  full: string[];
  /** Short forms another article may use for the entity. */
  short: string[];
  /** The entity's name in full, for labels and keys (its label unless that is a short form). */
  display: string;
  /** A person named by one word that is a common first name ("Edwin"; not after "Mr"): the word. */
  single?: string;
  /** A person's full name whose first (last) word is a common first name ("Edwin X", "X Edwin"): the word. */
  firstOf?: string;
  lastOf?: string;
}

/** The article's normalised names, each to the first entity that has it. */
export function docNamesOf(d: DocumentExtraction): Map<string, ExtractedEntity> {
  const docNames = new Map<string, ExtractedEntity>();
  for (const e of d.entities)
    for (const a of [e.label, ...e.aliases]) if (!docNames.has(normName(a))) docNames.set(normName(a), e);
  return docNames;
}

export function entityNames(e: ExtractedEntity, docNames: Map<string, ExtractedEntity>): EntityNames {
  const { full, short } = namesOf(e, docNames);
  const norm = e.type === "PERSON" ? normPersonName : e.type === "EVENT" ? normName : namedKey;
  const display = [e.label, ...e.aliases].find((a) => full.includes(norm(a))) ?? e.label;
  const out: EntityNames = { typeKey: typeKeyOf(e.type), full, short, display };
  if (e.type === "PERSON") {
    const words = nameWords(e.label);
    if (words.length === 1 && isFirstName(words[0]!)) out.single = words[0]!;
    else if (words.length > 1) {
      const first = words[0]!;
      const last = words[words.length - 1]!;
      if (isFirstName(first)) out.firstOf = first;
      if (isFirstName(last)) out.lastOf = last;
    }
  }
  return out;
}

/** The `${typeKey}|${name}` keys of those names that identify one entity (not generic words, not national bodies). */
export function nameKeysOf(names: EntityNames, which: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of which) {
    const c = classify(n);
    if (c.kind === "name") out.push(`${names.typeKey}|${c.name}`);
  }
  return out;
}

/** Honorifics that go with a surname ("Mr Pollard"): a single name after one is a surname. */
const SURNAME_HONORIFICS = /^(?:mr|mrs|ms|miss|dr|prof)\.?\s/;

/** A person name's words without honorifics; none for one word after a surname's honorific ("Mr Howard"). */
function nameWords(label: string): string[] {
  const words = normPersonName(label).split(" ");
  return words.length === 1 && SURNAME_HONORIFICS.test(normName(label)) ? [] : words;
}

/** A common first name (stdlib's English first names, which also hold many surnames: "Howard", "Scott"). */
const isFirstName = (w: string): boolean => loadGazetteer().firstNames.has(w);

export const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "&"]);

/** "X and Y" where X or Y names another entity of the article: two names, not one. */
function isCoordination(n: string, e: ExtractedEntity, docNames: Map<string, ExtractedEntity>): boolean {
  const parts = n.split(/ (?:and|&) /);
  return parts.length > 1 && parts.some((p) => docNames.has(p) && docNames.get(p) !== e);
}

/** Full names (keys across articles) and short forms another article may use for the entity (an acronym, the name
 * without the kind of body: "Northfield" for "Northfield Rovers", "Commons" for "House of Commons"), normalised.
 * Other names the article used for an entity it also named in full (surnames, "United" for "X United") are
 * neither, nor are names without a capital ("the company"), titles used as references ("The president") and
 * coordinations ("X and Y"). */
function namesOf(e: ExtractedEntity, docNames: Map<string, ExtractedEntity>): { full: string[]; short: string[] } {
  const person = e.type === "PERSON";
  const raw = e.type === "EVENT" || person ? [e.label] : [e.label, ...e.aliases];
  const norm = person ? normPersonName : e.type === "EVENT" ? normName : namedKey;
  const names = [
    ...new Set(
      raw
        .filter((a) => /[\p{Lu}\p{N}]/u.test(a))
        .map(norm)
        .filter(
          (n) =>
            n &&
            !isCoordination(n, e, docNames) &&
            !(person && n.split(" ").every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))),
        ),
    ),
  ];
  if (person && !names.length) names.push(norm(e.label));
  const acronym = (a: string) => /^\p{Lu}{2,6}$/u.test(a.replace(/[&.]/g, ""));
  const hasLongName = e.aliases.some((a) => a.includes(" ") && !acronym(a));
  const acronyms = new Set(e.aliases.filter(acronym).map(norm));
  const isAcronym = (n: string) => hasLongName && acronyms.has(n);
  const longer = (n: string) => names.filter((m) => m !== n && (m.startsWith(n + " ") || m.endsWith(" " + n)));
  const isShort = (n: string) => longer(n).length > 0 || isAcronym(n);
  // Only what leaves out the kind of body ("Rovers", "Bank", "City") is a short form another article may use for
  // the same body; "Texas" for "Texas X" or "Westford" for "Westford Gazette" may name the place or another body.
  const kindOnly = (n: string, m: string) =>
    (m.startsWith(n + " ") ? m.slice(n.length + 1) : m.slice(0, -n.length - 1))
      .split(" ")
      .every(
        (w) =>
          GENERIC_ORG_WORDS.has(w) ||
          ORG_DESCRIPTORS.has(w) ||
          ORG_NAME_ENDINGS.has(w) ||
          ORG_HEADS.has(w) ||
          FUNCTION_WORDS.has(w),
      );
  return {
    full: names.filter((n) => !isShort(n)),
    short: names.filter((n) => isAcronym(n) || longer(n).some((m) => kindOnly(n, m))),
  };
}

/** "Peruvian Interior Ministry", "Peru's Interior Ministry" and "Interior Ministry of Peru" share a
 * normalised name, "#pe interior ministry" (the first country named, by name or adjective, becomes "#iso"). */
export function countryNeutral(name: string): string {
  let iso: string | undefined;
  const rest: string[] = [];
  for (const w of name.split(/\s+/)) {
    const c = iso ? undefined : countryIndex().byForm.get(w.replace(/['’]s$/, ""));
    if (c) {
      iso = c.iso;
      if (rest[rest.length - 1]?.toLowerCase() === "of") rest.pop();
    } else rest.push(w);
  }
  const n = normOrgName(rest.join(" "));
  return iso ? `#${iso.toLowerCase()}${n ? " " + n : ""}` : n;
}

export type NameClass =
  { kind: "generic" } | { kind: "institution"; name: string; iso?: string } | { kind: "name"; name: string };

/** What a normalised name can identify across articles: nothing (only generic organization words), a national
 * body (of the country it names, if any), or one entity. */
export function classify(name: string): NameClass {
  const words = name.split(" ");
  const iso = words[0]!.startsWith("#") ? words[0]!.slice(1).toUpperCase() : undefined;
  const rest = iso ? words.slice(1) : words;
  if (isNationalBody(rest))
    return iso ? { kind: "institution", name: rest.join(" "), iso } : { kind: "institution", name };
  if (iso) return { kind: "name", name };
  // Three generic words make a name ("International Olympic Committee"); one or two do not ("National Union").
  if (
    rest.length <= 2 &&
    rest.every((w) => GENERIC_ORG_WORDS.has(w) || ORG_DESCRIPTORS.has(w) || ORG_HEADS.has(w) || FUNCTION_WORDS.has(w))
  )
    return { kind: "generic" };
  return { kind: "name", name };
}

/** "Parliament", "Home Office", "Ministry of Defence", "High Court": a body a country has one of, named by
 * generic words only. "City Council", "National Assembly" (many per country) are not. */
function isNationalBody(words: string[]): boolean {
  if (words.length === 1) return NATIONAL_BODIES.has(words[0]!);
  if (!words.length || FUNCTION_WORDS.has(words[0]!)) return false;
  const last = words[words.length - 1]!;
  const headFirst = words[1] === "of" ? words[0]! : undefined; // "Ministry of Defence"
  const head = NATIONAL_BODIES.has(last) || NATIONAL_BODY_HEADS.has(last) ? last : headFirst;
  if (!head || !(NATIONAL_BODIES.has(head) || NATIONAL_BODY_HEADS.has(head))) return false;
  return words.every(
    (w) =>
      w === head ||
      FUNCTION_WORDS.has(w) ||
      NATIONAL_BODIES.has(w) ||
      ((TITLE_MODIFIERS.has(w) || NATIONAL_BODY_HEADS.has(w)) && !GENERIC_ORG_WORDS.has(w)),
  );
}
