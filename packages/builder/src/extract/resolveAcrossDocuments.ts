// Merges the same entity across articles, only on strong evidence: countries by ISO code; other entities when
// they share a full name (normalised, type-compatible); a name an article used as the short form of one of its
// entities ("United" for "X United", "Labour" for "Labour Party", an acronym defined in brackets) joins another
// article's entity of that full name only when exactly one entity in the corpus has it as a short form; events of
// one class whose places do not conflict; an outlet's news service ("X News") with the outlet X. A surname joins its full name only within its own article (in
// buildEntities); names made only of generic organization words ("United", "the Party") stay within their article;
// names of a country's national bodies ("Home Office", "Parliament") merge unless their countries differ.
// Keys are stable and readable ("person:emmanuel-macron", "country:kz").
import type { EntityType } from "@newskg/graph-model";
import { countryIndex } from "./lexicon/countryIndex.js";
import { EVENT_CLASS } from "./lexicon/events.js";
import {
  GENERIC_ORG_WORDS,
  NATIONAL_BODIES,
  NATIONAL_BODY_HEADS,
  ORG_DESCRIPTORS,
  ORG_NAME_ENDINGS,
  ORG_HEADS,
  OUTLET_SERVICE_WORDS,
} from "./lexicon/organizations.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { mergeEventClass } from "./mergeEventClass.js";
import { normName, normOrgName, normPersonName } from "./normName.js";
import type { CrossDocumentResolution, DocumentExtraction, ExtractedEntity, ResolvedEntity } from "./types.js";

interface Item {
  doc: string;
  e: ExtractedEntity;
  /** ISO code of the country the entity is part of in its article (PART_OF edge), if any. */
  partOf?: string;
  /** ISO codes of the countries its article names. */
  countries: Set<string>;
  /** Normalised names of the article's entities. */
  docNames: Map<string, ExtractedEntity>;
  /** The entity's name in full, for labels (its label unless that is a short form, "United" for "X United"). */
  display?: string;
  /** A one-word person name without a role: the tagger's type is weak evidence ("Chelsea", "Anfield"). */
  weakPerson?: boolean;
}

function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Union-find over item indices. */
function makeSets(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

const typeKeyOf = (t: EntityType): string => (t === "PERSON" || t === "EVENT" ? t : "NAMED");

/** `only` limits resolution to some entities (pipeline/resolveIncrementally.ts: those sharing a token of
 * `resolutionTokens` with the changed articles), each still read in the context of its whole article. */
export function resolveAcrossDocuments(
  extractions: DocumentExtraction[],
  only?: (docKey: string, localId: string) => boolean,
): CrossDocumentResolution {
  const docs = [...extractions].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
  const items: Item[] = [];
  for (const d of docs) {
    const isoOf = new Map(d.entities.filter((e) => e.type === "COUNTRY" && e.iso).map((e) => [e.localId, e.iso!]));
    const partOf = new Map<string, string>();
    for (const r of d.relations)
      if (r.category === "PART_OF" && isoOf.has(r.target) && !partOf.has(r.source))
        partOf.set(r.source, isoOf.get(r.target)!);
    const countries = new Set(isoOf.values());
    const docNames = new Map<string, ExtractedEntity>();
    for (const e of d.entities)
      for (const a of [e.label, ...e.aliases]) if (!docNames.has(normName(a))) docNames.set(normName(a), e);
    for (const e of d.entities) {
      if (only && !only(d.docKey, e.localId)) continue;
      const it: Item = { doc: d.docKey, e, countries, docNames };
      const iso = partOf.get(e.localId);
      if (iso) it.partOf = iso;
      items.push(it);
    }
  }
  const { find, union } = makeSets(items.length);
  const byName = new Map<string, number>(); // `${typeKey}|${name}` -> first item with that full name
  const shortOwners = new Map<string, number[]>(); // `${typeKey}|${short form}` -> items using it
  const fullKeys: string[][] = items.map(() => []);
  const institutions = new Map<string, { i: number; iso?: string }[]>(); // national body name -> items
  items.forEach((it, i) => {
    const { e } = it;
    if (e.type === "COUNTRY" && e.iso) {
      const k = `COUNTRY|iso:${e.iso}`;
      if (byName.has(k)) union(byName.get(k)!, i);
      else byName.set(k, i);
      return;
    }
    const typeKey = typeKeyOf(e.type);
    const { full, short } = namesOf(e, it.docNames);
    const norm = e.type === "PERSON" ? normPersonName : e.type === "EVENT" ? normName : countryNeutral;
    it.display = [e.label, ...e.aliases].find((a) => full.includes(norm(a))) ?? e.label;
    if (e.type === "PERSON" && !e.roles.length && !/\s/.test(e.label.trim())) it.weakPerson = true;
    for (const n of full) {
      const c = classify(n);
      if (c.kind === "generic") continue;
      if (c.kind === "institution") {
        const iso = c.iso ?? it.partOf;
        const list = institutions.get(c.name) ?? [];
        list.push(iso ? { i, iso } : { i });
        institutions.set(c.name, list);
        continue;
      }
      const k = `${typeKey}|${c.name}`;
      fullKeys[i]!.push(k);
      if (byName.has(k)) union(byName.get(k)!, i);
      else byName.set(k, i);
    }
    if (e.type === "PERSON" || e.type === "EVENT") return;
    for (const n of short) {
      const c = classify(n);
      if (c.kind !== "name") continue;
      const k = `${typeKey}|${c.name}`;
      const owners = shortOwners.get(k);
      if (owners) owners.push(i);
      else shortOwners.set(k, [i]);
    }
  });
  // National bodies named the same way are one body per country. Those placed in a country (by name, adjective or
  // a PART_OF edge) merge by country. One named without a country joins that country's body when its article names
  // no other country; the rest are one body, which joins the country most of those joined when the articles placing
  // the name there or naming that country outnumber the others ("Parliament" stays one body when a few articles
  // place it in other countries).
  for (const list of institutions.values()) {
    const byIso = new Map<string, number>();
    for (const x of list) {
      if (!x.iso) continue;
      if (byIso.has(x.iso)) union(byIso.get(x.iso)!, x.i);
      else byIso.set(x.iso, x.i);
    }
    const joined = new Map<string, number>();
    const pool: number[] = [];
    for (const x of list) {
      if (x.iso) continue;
      const countries = [...items[x.i]!.countries];
      if (countries.length === 1 && byIso.has(countries[0]!)) {
        union(byIso.get(countries[0]!)!, x.i);
        joined.set(countries[0]!, (joined.get(countries[0]!) ?? 0) + 1);
      } else pool.push(x.i);
    }
    for (const m of pool) union(pool[0]!, m);
    const ranked = [...joined].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    // The country most of the others joined, or the only one the name is placed in.
    const top = ranked[0] ?? (byIso.size === 1 ? ([[...byIso.keys()][0]!, 0] as const) : undefined);
    const naming = top ? pool.filter((m) => items[m]!.countries.has(top[0])).length : 0;
    if (pool.length && top && (!ranked.length || top[1] * 2 > total) && top[1] + naming > pool.length - naming)
      union(byIso.get(top[0])!, pool[0]!);
  }
  // A full name that another article used as a short form joins that article's entity when exactly one entity in
  // the corpus uses it so ("Labour" -> the one "Labour Party"; "United" is the short form of several clubs).
  // Within one type: "Texas" the place is not the short form of a company "Texas X" an article called "Texas".
  const typeOfRoot = new Map<number, Map<EntityType, number>>();
  items.forEach((it, i) => {
    const counts = typeOfRoot.get(find(i)) ?? new Map<EntityType, number>();
    counts.set(it.e.type, (counts.get(it.e.type) ?? 0) + it.e.mentions.length);
    typeOfRoot.set(find(i), counts);
  });
  const mainTypes = new Map<number, EntityType>();
  const mainType = (root: number): EntityType => {
    let t = mainTypes.get(root);
    if (t === undefined) {
      t = [...typeOfRoot.get(root)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      mainTypes.set(root, t);
    }
    return t;
  };
  // The roots of a short form's owners by their main type, once per short form (not once per item naming it).
  const ownerRoots = new Map<string, Map<EntityType, Set<number>> | undefined>();
  const rootsOf = (k: string): Map<EntityType, Set<number>> | undefined => {
    if (ownerRoots.has(k)) return ownerRoots.get(k);
    const owners = shortOwners.get(k);
    let byType: Map<EntityType, Set<number>> | undefined;
    if (owners) {
      byType = new Map();
      for (const o of owners) {
        const r = find(o);
        const t = mainType(r);
        const set = byType.get(t) ?? new Set<number>();
        set.add(r);
        byType.set(t, set);
      }
    }
    ownerRoots.set(k, byType);
    return byType;
  };
  const joins: [number, number][] = [];
  items.forEach((_, i) => {
    for (const k of fullKeys[i]!) {
      const own = find(i);
      const roots = rootsOf(k)?.get(mainType(own));
      if (!roots) continue;
      const others = roots.size - (roots.has(own) ? 1 : 0);
      if (others === 1) for (const r of roots) if (r !== own) joins.push([i, r]);
    }
  });
  for (const [a, b] of joins) union(a, b);
  // "X News" / "X Online" is the outlet X's news service: one entity with the organization named X, when one is
  // (not a place or person X: "Westford News" is not the town).
  items.forEach((it, i) => {
    if (it.e.type !== "ORGANIZATION") return;
    for (const k of fullKeys[i]!) {
      const words = k.slice(k.indexOf("|") + 1).split(" ");
      if (words.length < 2 || !OUTLET_SERVICE_WORDS.has(words[words.length - 1]!)) continue;
      const outlet = words.slice(0, -1).join(" ");
      const j = byName.get(`${typeKeyOf(it.e.type)}|${outlet}`);
      if (j !== undefined && items[j]!.e.type === "ORGANIZATION" && classify(outlet).kind === "name") union(i, j);
    }
  });
  // A person's name that is also an organization's or a place's name in other articles is one name the tagger typed
  // differently ("Chelsea", "Downing Street"); the type most mentions have wins, those of a person without a role
  // counting half, of a one-word one a fifth.
  items.forEach((it, i) => {
    if (it.e.type !== "PERSON") return;
    const named = byName.get(`NAMED|${countryNeutral(it.e.label)}`);
    if (named !== undefined) union(named, i);
  });
  // Events: same class of happening ("war", "invasion", "offensive" are one class) and compatible places: the
  // countries their names mention must overlap, or one side names none. Two placeless events merge only when
  // they share a name.
  const eventsByClass = new Map<string, number[]>();
  const anchors = new Map<number, Set<string>>();
  items.forEach((it, i) => {
    if (it.e.type !== "EVENT") return;
    const classes = new Set<string>();
    const places = new Set<string>();
    for (const a of it.e.aliases) {
      for (const w of a.split(/[\s'’]+/)) {
        const cls = EVENT_CLASS[w.toLowerCase()];
        if (cls) classes.add(cls);
        const c = countryIndex().byForm.get(w);
        if (c) places.add(c.iso);
      }
    }
    anchors.set(i, places);
    for (const c of classes) {
      const list = eventsByClass.get(c);
      if (list) list.push(i);
      else eventsByClass.set(c, [i]);
    }
  });
  const nameSets = new Map<number, Set<string>>();
  const names = (i: number): Set<string> => {
    let n = nameSets.get(i);
    if (!n) nameSets.set(i, (n = new Set([items[i]!.e.label, ...items[i]!.e.aliases].map(normName))));
    return n;
  };
  const docOf = (i: number): string => items[i]!.doc;
  for (const list of eventsByClass.values()) mergeEventClass(list, { docOf, find, union, anchors, names });
  // Build resolved entities.
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  const entities: ResolvedEntity[] = [];
  const keyOf = new Map<string, string>();
  const usedKeys = new Set<string>();
  for (const members of groups.values()) {
    const its = members.map((i) => items[i]!);
    const type = majorityType(its);
    const label = chooseLabel(its, type);
    const iso = its.find((x) => x.e.iso)?.e.iso;
    let key = type === "COUNTRY" && iso ? `country:${iso.toLowerCase()}` : `${type.toLowerCase()}:${slug(label)}`;
    for (let n = 2; usedKeys.has(key); n++) key = `${type.toLowerCase()}:${slug(label)}-${n}`;
    usedKeys.add(key);
    // Sets keep first-seen order: an entity named in thousands of articles costs no scan per article.
    const aliases = new Set([label]);
    const roles = new Set<string>();
    const docsSeen = new Set<string>();
    const mentions: ResolvedEntity["mentions"] = [];
    const out: ResolvedEntity = { key, type, label, aliases: [], roles: [], mentions, docs: [] };
    for (const it of its) {
      aliases.add(it.e.label);
      for (const a of it.e.aliases) aliases.add(a);
      for (const r of it.e.roles) roles.add(r);
      docsSeen.add(it.doc);
      for (const m of it.e.mentions) mentions.push(m);
      keyOf.set(`${it.doc}#${it.e.localId}`, key);
      if (it.e.lat !== undefined && out.lat === undefined) out.lat = it.e.lat;
      if (it.e.lng !== undefined && out.lng === undefined) out.lng = it.e.lng;
    }
    out.aliases = [...aliases];
    out.roles = [...roles];
    out.docs = [...docsSeen];
    if (iso) out.iso = iso;
    entities.push(out);
  }
  entities.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { entities, keyOf };
}

function majorityType(its: Item[]): EntityType {
  const count = new Map<EntityType, number>();
  // A person the articles give no role is weak evidence against another type ("Downing Street said").
  const weight = (it: Item) => (it.weakPerson ? 0.2 : it.e.type === "PERSON" && !it.e.roles.length ? 0.5 : 1);
  for (const it of its) count.set(it.e.type, (count.get(it.e.type) ?? 0) + it.e.mentions.length * weight(it));
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function chooseLabel(its: Item[], type: EntityType): string {
  const labels = its.filter((x) => x.e.type === type).map((x) => x.display ?? x.e.label);
  if (type === "PERSON")
    return [...labels].sort(
      (a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : 1),
    )[0]!;
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  return [...count].sort(
    (a, b) =>
      b[1] - a[1] ||
      (type === "EVENT" ? a[0].length - b[0].length : b[0].length - a[0].length) ||
      (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "&"]);

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
  const norm = person ? normPersonName : e.type === "EVENT" ? normName : countryNeutral;
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
function countryNeutral(name: string): string {
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

type NameClass =
  { kind: "generic" } | { kind: "institution"; name: string; iso?: string } | { kind: "name"; name: string };

/** What a normalised name can identify across articles: nothing (only generic organization words), a national
 * body (of the country it names, if any), or one entity. */
function classify(name: string): NameClass {
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

/** For each entity of an article (by localId), the names by which resolution can join it to another entity or
 * make one of its decisions depend on another: its full names and short forms, national body names, the name a
 * person looks up among organizations and places, its event classes and the key it may take (slug without a
 * number suffix, as "-2" suffixes are counted over every entity of that slug). Two entities with no token in
 * common, directly or through others, resolve as they would alone; pipeline/resolveIncrementally.ts re-resolves
 * only the entities an added or changed article reaches this way. A new rule above must add its tokens here. */
export function resolutionTokens(d: DocumentExtraction): Map<string, string[]> {
  const docNames = new Map<string, ExtractedEntity>();
  for (const e of d.entities)
    for (const a of [e.label, ...e.aliases]) if (!docNames.has(normName(a))) docNames.set(normName(a), e);
  const keyToken = (type: EntityType, label: string) =>
    `K|${type.toLowerCase()}:${slug(label).replace(/(?:-\d+)+$/, "")}`;
  const tokens = new Map<string, string[]>();
  for (const e of d.entities) {
    const out = new Set<string>();
    if (e.iso) out.add(`K|country:${e.iso.toLowerCase()}`);
    if (e.type === "COUNTRY" && e.iso) {
      out.add(`COUNTRY|iso:${e.iso}`);
      tokens.set(e.localId, [...out]);
      continue;
    }
    const typeKey = typeKeyOf(e.type);
    const { full, short } = namesOf(e, docNames);
    const norm = e.type === "PERSON" ? normPersonName : e.type === "EVENT" ? normName : countryNeutral;
    const display = [e.label, ...e.aliases].find((a) => full.includes(norm(a))) ?? e.label;
    out.add(keyToken(e.type, display));
    for (const n of [...full, ...(e.type === "PERSON" || e.type === "EVENT" ? [] : short)]) {
      const c = classify(n);
      if (c.kind === "institution") out.add(`I|${c.name}`);
      else if (c.kind === "name") out.add(`${typeKey}|${c.name}`);
    }
    // An outlet's news service reaches the outlet's name ("X News" -> "X"), and so the outlet reaches it.
    if (e.type === "ORGANIZATION")
      for (const n of full) {
        const c = classify(n);
        if (c.kind !== "name") continue;
        const words = c.name.split(" ");
        if (words.length >= 2 && OUTLET_SERVICE_WORDS.has(words[words.length - 1]!))
          out.add(`${typeKey}|${words.slice(0, -1).join(" ")}`);
      }
    if (e.type === "PERSON") out.add(`NAMED|${countryNeutral(e.label)}`);
    if (e.type === "EVENT")
      for (const a of e.aliases)
        for (const w of a.split(/[\s'’]+/)) {
          const cls = EVENT_CLASS[w.toLowerCase()];
          if (cls) out.add(`E|${cls}`);
        }
    tokens.set(e.localId, [...out]);
  }
  return tokens;
}
