// The rules by which cross-document resolution makes one entity of several articles' entities, each declared with
// the tokens it matches on. A token is a name an entity can be joined by: two entities that share no token of a
// rule, directly or through others, are never joined by it, nor does its decision for one read the other.
// pipeline/resolveIncrementally.ts re-resolves only what a changed article reaches through these tokens, so a
// rule's tokens are part of the rule: the type requires them, and resolutionRules.test.ts checks that every join a
// rule makes is between entities sharing one of its tokens.
import type { EntityType } from "@newskg/graph-model";
import { EVENT_CLASSES } from "./lexicon/events.js";
import { OUTLET_SERVICE_WORDS } from "./lexicon/organizations.js";
import { countryIndex } from "./lexicon/countryIndex.js";
import { mergeEventClass } from "./mergeEventClass.js";
import { normName } from "./normName.js";
import { classify, nameKeysOf, namedKey, type EntityNames } from "./resolutionNames.js";
import type { ExtractedEntity } from "./types.js";

export interface ResolutionItem {
  doc: string;
  e: ExtractedEntity;
  /** ISO code of the country the entity is part of in its article (PART_OF edge), if any. */
  partOf?: string;
  /** ISO codes of the countries its article names. */
  countries: Set<string>;
  /** Its names; none for a country known by its ISO code (it is resolved by the code alone). */
  names?: EntityNames;
  /** A one-word person name without a role: the tagger's type is weak evidence (a club or a ground named like a person). */
  weakPerson?: boolean;
  /** Someone holds a role at it in its article (a ROLE edge to it): an organization of its own, not a place acting. */
  roleHeld?: boolean;
}

/** What the rules read and change: the items (in document order), their sets, and the name index. */
export interface ResolutionState {
  items: readonly ResolutionItem[];
  find(i: number): number;
  union(a: number, b: number): void;
  /** `${typeKey}|${full name}` (countries: `COUNTRY|iso:XX`) -> the first item with it. */
  byName: ReadonlyMap<string, number>;
  /** Each item's full names that identify one entity, as `${typeKey}|${name}` (none for a first name alone). */
  fullKeys: readonly (readonly string[])[];
}

export interface ResolutionRule {
  /** What the rule joins, for messages and tests. */
  readonly name: string;
  /** The entity's tokens for this rule (`names` is absent for a country known by its ISO code). */
  tokens(e: ExtractedEntity, names: EntityNames | undefined): Iterable<string>;
  /** Joins the items the rule matches; rules run in the order of `RESOLUTION_RULES`. */
  join(state: ResolutionState): void;
}

const countryKey = (e: ExtractedEntity): string | undefined =>
  e.type === "COUNTRY" && e.iso ? `COUNTRY|iso:${e.iso}` : undefined;

/** Short forms count for named things only, not for people or events. */
const hasShortForms = (e: ExtractedEntity): boolean => e.type !== "PERSON" && e.type !== "EVENT";

/** Countries by ISO code; everything else by a full name (normalised, same type key). */
const sameName: ResolutionRule = {
  name: "same ISO code or full name",
  tokens(e, names) {
    const k = countryKey(e);
    return k ? [k] : names && !names.single ? nameKeysOf(names, names.full) : [];
  },
  join({ items, byName, fullKeys, union }) {
    items.forEach((it, i) => {
      const k = countryKey(it.e);
      for (const key of k ? [k] : fullKeys[i]!) union(byName.get(key)!, i);
    });
  },
};

/**
 * National bodies named the same way are one body per country. Those placed in a country (by name, adjective or
 * a PART_OF edge) merge by country. One named without a country joins that country's body when its article names
 * no other country; the rest are one body, which joins the country most of those joined when the articles placing
 * the name there or naming that country outnumber the others ("Parliament" stays one body when a few articles
 * place it in other countries).
 */
const nationalBody: ResolutionRule = {
  name: "national body by country",
  tokens(e, names) {
    if (!names) return [];
    const out: string[] = [];
    for (const n of [...names.full, ...(hasShortForms(e) ? names.short : [])]) {
      const c = classify(n);
      if (c.kind === "institution") out.push(`I|${c.name}`);
    }
    return out;
  },
  join({ items, union }) {
    const institutions = new Map<string, { i: number; iso?: string }[]>(); // national body name -> items
    items.forEach((it, i) => {
      for (const n of it.names?.full ?? []) {
        const c = classify(n);
        if (c.kind !== "institution") continue;
        const iso = c.iso ?? it.partOf;
        const list = institutions.get(c.name) ?? [];
        list.push(iso ? { i, iso } : { i });
        institutions.set(c.name, list);
      }
    });
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
  },
};

/**
 * A full name that another article used as a short form joins that article's entity when exactly one entity in
 * the corpus uses it so ("Labour" -> the one "Labour Party"; "United" is the short form of several clubs).
 * Within one type: "Texas" the place is not the short form of a company "Texas X" an article called "Texas".
 */
const shortForm: ResolutionRule = {
  name: "short form of exactly one entity",
  tokens(e, names) {
    if (!names) return [];
    return [...nameKeysOf(names, names.full), ...(hasShortForms(e) ? nameKeysOf(names, names.short) : [])];
  },
  join({ items, find, union, fullKeys }) {
    const shortOwners = new Map<string, number[]>(); // `${typeKey}|${short form}` -> items using it
    items.forEach((it, i) => {
      if (!it.names || !hasShortForms(it.e)) return;
      for (const k of nameKeysOf(it.names, it.names.short)) {
        const owners = shortOwners.get(k);
        if (owners) owners.push(i);
        else shortOwners.set(k, [i]);
      }
    });
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
  },
};

/** "X News" -> "X": the outlet a news service's name names, as a `${typeKey}|${name}` key. */
function outletKey(k: string): string | undefined {
  const bar = k.indexOf("|");
  const words = k.slice(bar + 1).split(" ");
  if (words.length < 2 || !OUTLET_SERVICE_WORDS.has(words[words.length - 1]!)) return undefined;
  const outlet = words.slice(0, -1).join(" ");
  return classify(outlet).kind === "name" ? `${k.slice(0, bar)}|${outlet}` : undefined;
}

/**
 * "X News" / "X Online" is the outlet X's news service: one entity with the organization named X, when one is
 * (not a place or person X: "Westford News" is not the town).
 */
const outletService: ResolutionRule = {
  name: "news service of its outlet",
  tokens(e, names) {
    if (e.type !== "ORGANIZATION" || !names) return [];
    const own = nameKeysOf(names, names.full);
    return [...own, ...own.map(outletKey).filter((k): k is string => k !== undefined)];
  },
  join({ items, byName, fullKeys, union }) {
    items.forEach((it, i) => {
      if (it.e.type !== "ORGANIZATION") return;
      for (const k of fullKeys[i]!) {
        const outlet = outletKey(k);
        const j = outlet === undefined ? undefined : byName.get(outlet);
        if (j !== undefined && items[j]!.e.type === "ORGANIZATION") union(i, j);
      }
    });
  },
};

/**
 * A one-word person name that is a common first name joins others across articles unless the corpus uses the
 * word as a first name more than as a surname (more full names start with it than end with it: "Edwin", not
 * "Pollard"); then it stays in its article, where buildEntities folded it into a full name of its own if one was
 * there. A first name alone never joins a person of another article.
 */
const singleName: ResolutionRule = {
  name: "one-word name used as a surname",
  tokens(_e, names) {
    const out: string[] = [];
    if (names?.single) out.push(`PERSON|${names.single}`, `FN|${names.single}`);
    if (names?.firstOf) out.push(`FN|${names.firstOf}`);
    if (names?.lastOf) out.push(`FN|${names.lastOf}`);
    return out;
  },
  join({ items, byName, union }) {
    const asFirst = new Map<string, number>();
    const asLast = new Map<string, number>();
    const singles = new Map<string, number[]>();
    items.forEach((it, i) => {
      const n = it.names;
      if (!n) return;
      if (n.single) singles.set(n.single, [...(singles.get(n.single) ?? []), i]);
      if (n.firstOf) asFirst.set(n.firstOf, (asFirst.get(n.firstOf) ?? 0) + 1);
      if (n.lastOf) asLast.set(n.lastOf, (asLast.get(n.lastOf) ?? 0) + 1);
    });
    for (const [w, list] of singles) {
      if ((asFirst.get(w) ?? 0) > (asLast.get(w) ?? 0)) continue;
      // "Mr X" elsewhere is the same surname.
      const named = byName.get(`PERSON|${w}`);
      for (const i of list) union(named ?? list[0]!, i);
    }
  },
};

/**
 * A place and an organization sharing a name are two entities (a town and its club), unless no organization of
 * that name is one anyone holds a role at in any article, nor the short form of a longer organization name ("X"
 * for "X Rovers"): then the organization is the place acting, its government or council ("X said", "talks with
 * X"), and one entity with the place.
 */
const placeActing: ResolutionRule = {
  name: "place acting as an organization",
  tokens(e, names) {
    if (!names || (e.type !== "ORGANIZATION" && names.typeKey !== "PLACE")) return [];
    const own = [...names.full, ...(e.type === "ORGANIZATION" ? names.short : [])];
    return nameKeysOf(names, own).map((k) => `PO|${k.slice(k.indexOf("|") + 1)}`);
  },
  join({ items, byName, fullKeys, union }) {
    const orgs = new Map<string, number[]>();
    const bodies = new Set<string>();
    items.forEach((it, i) => {
      if (it.e.type !== "ORGANIZATION") return;
      for (const k of fullKeys[i]!) {
        const name = k.slice(k.indexOf("|") + 1);
        orgs.set(name, [...(orgs.get(name) ?? []), i]);
        if (it.roleHeld) bodies.add(name);
      }
      // "X" is the short form of "X Rovers" somewhere: a body's name.
      if (it.names) for (const k of nameKeysOf(it.names, it.names.short)) bodies.add(k.slice(k.indexOf("|") + 1));
    });
    for (const [name, list] of orgs) {
      const place = byName.get(`PLACE|${name}`);
      if (place === undefined || bodies.has(name)) continue;
      for (const i of list) union(place, i);
    }
  },
};

/**
 * A person's name that is also an organization's or a place's name in other articles is one name the tagger typed
 * differently (a town and its club, a street that stands for a government): the organization's if there is one, else the place's; the type most
 * mentions have wins (resolveAcrossDocuments' majority type: those of a person without a role count half, of a
 * one-word one a fifth).
 */
const personNamedOtherwise: ResolutionRule = {
  name: "person's name typed otherwise elsewhere",
  tokens(e, names) {
    if (e.type === "PERSON") return [`ORG|${namedKey(e.label)}`, `PLACE|${namedKey(e.label)}`];
    return e.type !== "EVENT" && names ? nameKeysOf(names, names.full) : [];
  },
  join({ items, byName, union }) {
    items.forEach((it, i) => {
      if (it.e.type !== "PERSON") return;
      const k = namedKey(it.e.label);
      const named = byName.get(`ORG|${k}`) ?? byName.get(`PLACE|${k}`);
      if (named !== undefined) union(named, i);
    });
  },
};

/** The event classes an event's names give ("war", "invasion", "offensive" are one class). */
function eventClasses(e: ExtractedEntity): Set<string> {
  const classes = new Set<string>();
  if (e.type !== "EVENT") return classes;
  for (const a of e.aliases)
    for (const w of a.split(/[\s'’]+/)) {
      const cls = EVENT_CLASSES.get(w.toLowerCase());
      if (cls) classes.add(cls);
    }
  return classes;
}

/**
 * Events: same class of happening and compatible places: the countries their names mention must overlap, or one
 * side names none. Two placeless events merge only when they share a name.
 */
const eventClass: ResolutionRule = {
  name: "event of one class and compatible places",
  tokens: (e) => [...eventClasses(e)].map((c) => `E|${c}`),
  join({ items, find, union }) {
    const eventsByClass = new Map<string, number[]>();
    const anchors = new Map<number, Set<string>>();
    items.forEach((it, i) => {
      if (it.e.type !== "EVENT") return;
      const places = new Set<string>();
      for (const a of it.e.aliases)
        for (const w of a.split(/[\s'’]+/)) {
          const c = countryIndex().byForm.get(w);
          if (c) places.add(c.iso);
        }
      anchors.set(i, places);
      for (const c of eventClasses(it.e)) {
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
  },
};

/** A name made of capitals only, dotted or not ("U.N.", "NATO", "E&Y"): its letters; else undefined. */
function acronymLetters(name: string): string | undefined {
  const letters = name.replace(/[&.]/g, "");
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : undefined;
}

/** The letters an organization's longer names spell: their capitalised words' initials, also with "of" ("DOJ"). */
function spelledAcronyms(e: ExtractedEntity): string[] {
  if (e.type !== "ORGANIZATION") return [];
  const out = new Set<string>();
  for (const a of e.aliases) {
    const words = a.split(/\s+/);
    const caps = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (caps.length < 2 || caps.length !== words.filter((w) => !FUNCTION_WORD_SET.has(w.toLowerCase())).length)
      continue;
    out.add(caps.map((w) => w[0]).join(""));
    out.add(
      words
        .filter((w) => /^\p{Lu}/u.test(w) || w === "of")
        .map((w) => w[0]!.toUpperCase())
        .join(""),
    );
  }
  return [...out];
}

const FUNCTION_WORD_SET = new Set(["of", "the", "and", "for", "&", "on", "in"]);

/** An entity named only by an acronym (its article never spells it out): the acronym's letters. */
export function acronymOnly(e: ExtractedEntity): string | undefined {
  if (e.type !== "ORGANIZATION" && e.type !== "LOCATION") return undefined;
  const letters = [e.label, ...e.aliases].map(acronymLetters);
  return letters.every((l) => l !== undefined && l === letters[0]) ? letters[0] : undefined;
}

/**
 * An acronym an article uses without spelling it out ("the U.N.", typed an organization or, by the tagger, a place)
 * is the organization whose name another article spells with those initials ("United Nations"), when exactly one
 * entity in the corpus does.
 */
const spelledElsewhere: ResolutionRule = {
  name: "acronym spelled by exactly one organization",
  tokens(e) {
    const only = acronymOnly(e);
    return (only ? [only] : spelledAcronyms(e)).map((l) => `AC|${l}`);
  },
  join({ items, find, union }) {
    const spellers = new Map<string, number[]>();
    items.forEach((it, i) => {
      if (acronymOnly(it.e)) return;
      for (const l of spelledAcronyms(it.e)) spellers.set(l, [...(spellers.get(l) ?? []), i]);
    });
    const joins: [number, number][] = [];
    items.forEach((it, i) => {
      const only = acronymOnly(it.e);
      const list = only ? spellers.get(only) : undefined;
      if (!list) return;
      const roots = new Set(list.map(find));
      if (roots.size === 1) joins.push([i, list[0]!]);
    });
    for (const [a, b] of joins) union(a, b);
  },
};

/** In the order they run: later rules read the sets earlier ones made. */
export const RESOLUTION_RULES: readonly ResolutionRule[] = [
  sameName,
  nationalBody,
  shortForm,
  spelledElsewhere,
  outletService,
  singleName,
  placeActing,
  personNamedOtherwise,
  eventClass,
];
