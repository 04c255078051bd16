// Merges the same entity across articles: countries by ISO code, other entities by type and normalised label or
// alias, a single-token person name into the one full name it matches, events of one class whose places do not
// conflict. Keys are stable and readable ("person:emmanuel-macron", "country:kz").
import type { EntityType } from "@newskg/graph-model";
import { countryIndex } from "./lexicon/countryIndex.js";
import { EVENT_CLASS } from "./lexicon/events.js";
import { ORG_DESCRIPTORS, ORG_HEADS } from "./lexicon/organizations.js";
import { isInstitutionalName } from "./isInstitutionalName.js";
import { normName } from "./normName.js";
import type { CrossDocumentResolution, DocumentExtraction, ExtractedEntity, ResolvedEntity } from "./types.js";

interface Item {
  doc: string;
  e: ExtractedEntity;
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

export function resolveAcrossDocuments(extractions: DocumentExtraction[]): CrossDocumentResolution {
  const docs = [...extractions].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
  const items: Item[] = [];
  for (const d of docs) for (const e of d.entities) items.push({ doc: d.docKey, e });
  const { find, union } = makeSets(items.length);
  const byName = new Map<string, number>(); // `${type}|${name}` -> first item
  const fullNames = new Map<string, Set<number>>(); // surname -> items with multi-token person names
  items.forEach((it, i) => {
    const { e } = it;
    if (e.type === "COUNTRY" && e.iso) {
      const k = `COUNTRY|iso:${e.iso}`;
      if (byName.has(k)) union(byName.get(k)!, i);
      else byName.set(k, i);
      return;
    }
    // Generic aliases ("police", "the company") name different things in different articles.
    // A bare institutional name ("Foreign Ministry") stays within its article.
    const names =
      e.type === "PERSON" || e.type === "EVENT" ? [e.label] : [e.label, ...e.aliases].filter((a) => !isGeneric(a));
    for (const a of names) {
      const n = e.type === "ORGANIZATION" ? countryNeutral(a) : normName(a);
      if (!n) continue;
      const typeKey = e.type === "PERSON" || e.type === "EVENT" ? e.type : "NAMED";
      const k = `${typeKey}|${n}`;
      if (byName.has(k)) union(byName.get(k)!, i);
      else byName.set(k, i);
    }
    if (e.type === "PERSON") {
      const parts = normName(e.label).split(" ");
      if (parts.length > 1) {
        const last = parts[parts.length - 1]!;
        if (!fullNames.has(last)) fullNames.set(last, new Set());
        fullNames.get(last)!.add(i);
      }
    }
  });
  // Single-token person names that match exactly one full name (after merging identical full names).
  items.forEach((it, i) => {
    if (it.e.type !== "PERSON") return;
    const n = normName(it.e.label);
    if (n.includes(" ")) return;
    const cands = fullNames.get(n);
    if (!cands) return;
    const roots = new Set([...cands].map(find));
    if (roots.size === 1) union([...roots][0]!, i);
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
    for (const c of classes) eventsByClass.set(c, [...(eventsByClass.get(c) ?? []), i]);
  });
  const names = (i: number) => new Set([items[i]!.e.label, ...items[i]!.e.aliases].map(normName));
  for (const list of eventsByClass.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (items[a]!.doc === items[b]!.doc || find(a) === find(b)) continue;
        // Places of the whole groups so far, so a placeless event cannot bridge two countries.
        const pa = anchors.get(find(a))!;
        const pb = anchors.get(find(b))!;
        const compatible =
          pa.size && pb.size
            ? [...pa].some((p) => pb.has(p))
            : pa.size || pb.size
              ? true
              : [...names(a)].some((n) => names(b).has(n));
        if (!compatible) continue;
        const merged = new Set([...pa, ...pb]);
        union(a, b);
        anchors.set(find(a), merged);
      }
  }
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
    const aliases = [label];
    const roles: string[] = [];
    const docsSeen: string[] = [];
    const out: ResolvedEntity = { key, type, label, aliases, roles, mentions: [], docs: docsSeen };
    for (const it of its) {
      for (const a of [it.e.label, ...it.e.aliases]) if (!aliases.includes(a)) aliases.push(a);
      for (const r of it.e.roles) if (!roles.includes(r)) roles.push(r);
      if (!docsSeen.includes(it.doc)) docsSeen.push(it.doc);
      out.mentions.push(...it.e.mentions);
      keyOf.set(`${it.doc}#${it.e.localId}`, key);
      if (it.e.lat !== undefined && out.lat === undefined) out.lat = it.e.lat;
      if (it.e.lng !== undefined && out.lng === undefined) out.lng = it.e.lng;
    }
    if (iso) out.iso = iso;
    entities.push(out);
  }
  entities.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { entities, keyOf };
}

function isGeneric(alias: string): boolean {
  const n = normName(alias);
  const last = n.split(" ").pop() ?? "";
  // "police", "the company", "Police", "Foreign Ministry" (but not "Nairobi police", "Labour").
  const single = !n.includes(" ");
  return (
    (single && (ORG_HEADS.has(last) || ORG_DESCRIPTORS.has(last))) ||
    /^\p{Ll}/u.test(alias) ||
    isInstitutionalName(alias)
  );
}

function majorityType(its: Item[]): EntityType {
  const count = new Map<EntityType, number>();
  for (const it of its) count.set(it.e.type, (count.get(it.e.type) ?? 0) + it.e.mentions.length);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function chooseLabel(its: Item[], type: EntityType): string {
  const labels = its.filter((x) => x.e.type === type).map((x) => x.e.label);
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

/** "Kazakh Interior Ministry", "Kazakhstan Interior Ministry" and "Interior Ministry of Kazakhstan" share a key. */
function countryNeutral(name: string): string {
  const words = name.split(/\s+/).map((w) => {
    const c = countryIndex().byForm.get(w.replace(/['’]s$/, ""));
    return c ? `#${c.iso}` : w;
  });
  const n = words.length;
  if (n > 2 && words[n - 2]!.toLowerCase() === "of" && words[n - 1]!.startsWith("#")) {
    return normName([words[n - 1]!, ...words.slice(0, n - 2)].join(" "));
  }
  return normName(words.join(" "));
}
