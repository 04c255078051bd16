// Merges the same entity across articles, only on strong evidence: countries by ISO code; other entities when
// they share a full name (normalised, type-compatible); a name an article used as the short form of one of its
// entities ("United" for "X United", "Labour" for "Labour Party", an acronym defined in brackets) joins another
// article's entity of that full name only when exactly one entity in the corpus has it as a short form; events of
// one class whose places do not conflict; an outlet's news service ("X News") with the outlet X. A surname joins
// its full name only within its own article (in buildEntities); names made only of generic organization words
// ("United", "the Party") stay within their article; names of a country's national bodies ("Home Office",
// "Parliament") merge unless their countries differ; a place and an organization of one name stay apart unless the
// organization is the place acting (its government); a first name alone joins no one of another article; a
// party's nickname (data/party-aliases.json) is the party's name. Each rule and its tokens: resolutionRules.ts.
// Keys are stable and readable ("person:emmanuel-macron", "country:kz").
import type { EntityType } from "@newskg/graph-model";
import { RESOLUTION_RULES, acronymOnly, type ResolutionItem, type ResolutionRule } from "./resolutionRules.js";
import { docNamesOf, entityNames, isPartyNickname, nameKeysOf, slug } from "./resolutionNames.js";
import type { CrossDocumentResolution, DocumentExtraction, ExtractedEntity, ResolvedEntity } from "./types.js";

/** Union-find over item indices; a set's root is its smallest index, so the sets do not depend on join order. */
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

/** `only` limits resolution to some entities (pipeline/resolveIncrementally.ts: those sharing a token of
 * `resolutionTokens` with the changed articles), each still read in the context of its whole article. */
export function resolveAcrossDocuments(
  extractions: DocumentExtraction[],
  only?: (docKey: string, localId: string) => boolean,
): CrossDocumentResolution {
  return resolveWithRules(extractions, RESOLUTION_RULES, only);
}

/** resolveAcrossDocuments with the given rules (tests observe each rule's joins). */
export function resolveWithRules(
  extractions: DocumentExtraction[],
  rules: readonly ResolutionRule[],
  only?: (docKey: string, localId: string) => boolean,
): CrossDocumentResolution {
  const docs = [...extractions].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
  const items: ResolutionItem[] = [];
  for (const d of docs) {
    const isoOf = new Map(d.entities.filter((e) => e.type === "COUNTRY" && e.iso).map((e) => [e.localId, e.iso!]));
    const partOf = new Map<string, string>();
    for (const r of d.relations)
      if (r.category === "PART_OF" && isoOf.has(r.target) && !partOf.has(r.source))
        partOf.set(r.source, isoOf.get(r.target)!);
    const countries = new Set(isoOf.values());
    const roleHeld = new Set(d.relations.filter((r) => r.category === "ROLE").map((r) => r.target));
    const docNames = docNamesOf(d);
    for (const e of d.entities) {
      if (only && !only(d.docKey, e.localId)) continue;
      const it: ResolutionItem = { doc: d.docKey, e, countries };
      const iso = partOf.get(e.localId);
      if (iso) it.partOf = iso;
      if (roleHeld.has(e.localId)) it.roleHeld = true;
      if (!(e.type === "COUNTRY" && e.iso)) it.names = entityNames(e, docNames);
      if (e.type === "PERSON" && !e.roles.length && !/\s/.test(e.label.trim())) it.weakPerson = true;
      items.push(it);
    }
  }
  const { find, union } = makeSets(items.length);
  const byName = new Map<string, number>();
  const fullKeys = items.map((it) => (it.names && !it.names.single ? nameKeysOf(it.names, it.names.full) : []));
  items.forEach((it, i) => {
    const keys = it.e.type === "COUNTRY" && it.e.iso ? [`COUNTRY|iso:${it.e.iso}`] : fullKeys[i]!;
    for (const k of keys) if (!byName.has(k)) byName.set(k, i);
  });
  const state = { items, find, union, byName, fullKeys };
  for (const rule of rules) rule.join(state);
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

function majorityType(its: ResolutionItem[]): EntityType {
  const count = new Map<EntityType, number>();
  // A person the articles give no role is weak evidence against another type ("the White House said").
  // So is a place named only by an acronym ("the U.N."): places are rarely written so, organizations often.
  const weight = (it: ResolutionItem) =>
    it.weakPerson || (it.e.type === "LOCATION" && acronymOnly(it.e))
      ? 0.2
      : it.e.type === "PERSON" && !it.e.roles.length
        ? 0.5
        : 1;
  for (const it of its) count.set(it.e.type, (count.get(it.e.type) ?? 0) + it.e.mentions.length * weight(it));
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function chooseLabel(its: ResolutionItem[], type: EntityType): string {
  const labels = its.filter((x) => x.e.type === type).map((x) => x.names?.display ?? x.e.label);
  if (type === "PERSON")
    return [...labels].sort(
      (a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : 1),
    )[0]!;
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  // A nickname may be the commonest name of a party ("the Xs said"), but readers look the party up by its name.
  const nickname = (l: string) => (isPartyNickname(l) ? 1 : 0);
  return [...count].sort(
    (a, b) =>
      nickname(a[0]) - nickname(b[0]) ||
      b[1] - a[1] ||
      (type === "EVENT" ? a[0].length - b[0].length : b[0].length - a[0].length) ||
      (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

/** The key an entity may take: its slug without a number suffix, as "-2" suffixes are counted over every entity
 * of that slug (and a country's, by its ISO code). */
function keyTokens(e: ExtractedEntity, display: string | undefined): string[] {
  const out: string[] = [];
  if (e.iso) out.push(`K|country:${e.iso.toLowerCase()}`);
  if (display !== undefined) out.push(`K|${e.type.toLowerCase()}:${slug(display).replace(/(?:-\d+)+$/, "")}`);
  return out;
}

/** For each entity of an article (by localId), the tokens by which resolution can join it to another entity or
 * make one of its decisions depend on another: each rule's (resolutionRules.ts) and the key it may take. Two
 * entities with no token in common, directly or through others, resolve as they would alone;
 * pipeline/resolveIncrementally.ts re-resolves only the entities an added or changed article reaches this way. */
export function resolutionTokens(d: DocumentExtraction): Map<string, string[]> {
  const docNames = docNamesOf(d);
  const tokens = new Map<string, string[]>();
  for (const e of d.entities) {
    const names = e.type === "COUNTRY" && e.iso ? undefined : entityNames(e, docNames);
    const out = new Set(keyTokens(e, names?.display));
    for (const rule of RESOLUTION_RULES) for (const t of rule.tokens(e, names)) out.add(t);
    tokens.set(e.localId, [...out]);
  }
  return tokens;
}
