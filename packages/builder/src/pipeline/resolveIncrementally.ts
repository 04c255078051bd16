// Cross-document resolution of a corpus that changed by a few articles, without resolving the whole of it again.
// The previous build left an index (resolutionIndex.ts): for each article its extraction's cache key and, for each
// of its entities, the resolved key and the tokens (extract `resolutionTokens`) by which resolution can tie it to
// another entity. Entities reached from the added, changed or removed articles' tokens, token by token, are
// resolved again (the resolver with `only`); every other entity resolved exactly as before (no rule joins two
// entities without a token in common, nor makes a decision for one that reads an entity it shares none with) and
// is rebuilt from its members as the resolver builds it, in the same order. The result equals resolving
// everything (tested: resolveIncrementally.test.ts, buildIncremental.test.ts).
import type { EntityType } from "@newskg/graph-model";
import type { CrossDocumentResolution, DocumentExtraction, ResolvedEntity } from "../extract/types.js";
import type { ExtractorModule } from "./extractorBackend.js";
import type { ResolutionIndex } from "./resolutionIndex.js";

export interface IncrementalResolution {
  resolution: CrossDocumentResolution;
  index: ResolutionIndex;
  /** Entities resolved again of all entities (all of them without a usable index). */
  resolvedItems: number;
  totalItems: number;
  /** Articles added, changed or removed since the index; null when everything was resolved. */
  changedDocs: number | null;
  /** What the change reaches, for a store write of those rows alone; null when everything was resolved. */
  touched: TouchedRows | null;
}

/** The rows a change of articles can have changed (see storeChangeOf.ts). */
export interface TouchedRows {
  /** Articles added, changed or removed. */
  docs: Set<string>;
  /** Keys (before and after) of every entity of those articles and of every entity resolved again. */
  entities: Set<string>;
  /** Keys an unchanged article's entity left or took: every relation at them may have moved. */
  moved: Set<string>;
  /** The articles of the build the index describes. */
  previousDocs: Set<string>;
  /** The store build the index was written with (kg build), when it says. */
  previousBuild?: string;
}

const byDocKey = (a: DocumentExtraction, b: DocumentExtraction) =>
  a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0;

/**
 * `hashes`: docKey -> the extraction's identity (its cache key). `previous`: the last build's index, or null.
 * Needs an extractor that exports `resolutionTokens`; without one (or without an index) everything is resolved.
 */
export function resolveIncrementally(
  extractor: Pick<ExtractorModule, "resolveAcrossDocuments" | "resolutionTokens">,
  extractions: readonly DocumentExtraction[],
  hashes: ReadonlyMap<string, string>,
  previous: ResolutionIndex | null,
): IncrementalResolution {
  const docs = [...extractions].sort(byDocKey);
  const tokensOf = extractor.resolutionTokens;
  const totalItems = docs.reduce((n, d) => n + d.entities.length, 0);
  if (!tokensOf || !previous) {
    const resolution = extractor.resolveAcrossDocuments(docs);
    return {
      resolution,
      index: tokensOf ? indexOf(docs, hashes, resolution, (d) => tokensOf(d)) : emptyIndex(),
      resolvedItems: totalItems,
      totalItems,
      changedDocs: null,
      touched: null,
    };
  }

  const unchanged = (d: DocumentExtraction) => previous.docs.get(d.docKey)?.hash === hashes.get(d.docKey);
  const present = new Set(docs.map((d) => d.docKey));
  // Tokens are numbers into the index's table, which the changed articles' new tokens extend.
  const { tokens, idOf } = tokenTable(previous.tokens);
  // Tokens of the changed articles' entities, now and before, start the walk.
  const fresh = new Map<string, Map<string, number[]>>();
  const seeds: number[] = [];
  let changedDocs = 0;
  for (const d of docs) {
    if (unchanged(d)) continue;
    changedDocs++;
    const byLocal = new Map<string, number[]>();
    for (const [localId, list] of tokensOf(d)) byLocal.set(localId, list.map(idOf));
    fresh.set(d.docKey, byLocal);
    for (const list of byLocal.values()) seeds.push(...list);
  }
  // And those of the entities the changed and removed articles had.
  for (const [docKey, entry] of previous.docs)
    if (!present.has(docKey) || fresh.has(docKey)) {
      if (!present.has(docKey)) changedDocs++;
      for (const item of entry.items) seeds.push(...item.tokens);
    }

  // Entities by token (unchanged articles from the index, changed ones as computed), then the walk.
  type Ref = { doc: number; localId: string; tokens: readonly number[] };
  const byToken: Ref[][] = Array.from({ length: tokens.length }, () => []);
  docs.forEach((d, doc) => {
    const own = fresh.get(d.docKey);
    if (own) for (const [localId, list] of own) for (const t of list) byToken[t]!.push({ doc, localId, tokens: list });
    else
      for (const item of previous.docs.get(d.docKey)!.items)
        for (const t of item.tokens) byToken[t]!.push({ doc, localId: item.localId, tokens: item.tokens });
  });
  const reached: Set<string>[] = docs.map(() => new Set());
  let reachedItems = 0;
  const done = new Uint8Array(tokens.length);
  const queue = seeds;
  while (queue.length > 0) {
    const t = queue.pop()!;
    if (done[t]) continue;
    done[t] = 1;
    for (const ref of byToken[t]!) {
      const set = reached[ref.doc]!;
      if (set.has(ref.localId)) continue;
      set.add(ref.localId);
      reachedItems++;
      for (const next of ref.tokens) if (!done[next]) queue.push(next);
    }
  }

  const position = new Map(docs.map((d, i) => [d.docKey, i]));
  const touchedDocs = docs.filter((_, i) => reached[i]!.size > 0);
  const again = extractor.resolveAcrossDocuments(touchedDocs, (doc, localId) =>
    reached[position.get(doc)!]!.has(localId),
  );
  const keyOf = new Map(again.keyOf);
  const entities = [...again.entities, ...unchangedEntities(docs, previous, reached, keyOf)];
  entities.sort((a, b) => (a.key < b.key ? -1 : 1));
  // The next index: unchanged articles' entries kept (with the keys of what was resolved again), changed ones new.
  const index: ResolutionIndex = { tokens, docs: new Map(), entities: new Map() };
  docs.forEach((d, i) => {
    const own = fresh.get(d.docKey);
    const items = own
      ? d.entities.map((e) => ({
          localId: e.localId,
          key: keyOf.get(`${d.docKey}#${e.localId}`)!,
          tokens: own.get(e.localId) ?? [],
        }))
      : reached[i]!.size === 0
        ? previous.docs.get(d.docKey)!.items
        : previous.docs
            .get(d.docKey)!
            .items.map((item) =>
              reached[i]!.has(item.localId) ? { ...item, key: keyOf.get(`${d.docKey}#${item.localId}`)! } : item,
            );
    index.docs.set(d.docKey, { hash: hashes.get(d.docKey)!, items });
  });
  for (const e of entities) index.entities.set(e.key, { type: e.type, label: e.label });
  const touched: TouchedRows = {
    docs: new Set(),
    entities: new Set(),
    moved: new Set(),
    previousDocs: new Set(previous.docs.keys()),
    ...(previous.storeBuild !== undefined && { previousBuild: previous.storeBuild }),
  };
  for (const [docKey, entry] of previous.docs)
    if (!present.has(docKey) || fresh.has(docKey)) {
      touched.docs.add(docKey);
      for (const item of entry.items) touched.entities.add(item.key);
    }
  docs.forEach((d, i) => {
    if (fresh.has(d.docKey)) {
      touched.docs.add(d.docKey);
      for (const item of index.docs.get(d.docKey)!.items) touched.entities.add(item.key);
      return;
    }
    const seen = reached[i]!;
    if (seen.size === 0) return;
    const now = new Map(index.docs.get(d.docKey)!.items.map((item) => [item.localId, item.key]));
    for (const item of previous.docs.get(d.docKey)!.items) {
      if (!seen.has(item.localId)) continue;
      const key = now.get(item.localId)!;
      touched.entities.add(item.key).add(key);
      if (key !== item.key) touched.moved.add(item.key).add(key);
    }
  });
  return { resolution: { entities, keyOf }, index, resolvedItems: reachedItems, totalItems, changedDocs, touched };
}

/** The entities no changed article reaches, as the resolver builds them from their members (in document order). */
function unchangedEntities(
  docs: readonly DocumentExtraction[],
  previous: ResolutionIndex,
  reached: readonly ReadonlySet<string>[],
  keyOf: Map<string, string>,
): ResolvedEntity[] {
  const built = new Map<string, { out: ResolvedEntity; aliases: Set<string>; roles: Set<string>; docs: Set<string> }>();
  docs.forEach((d, i) => {
    const entry = previous.docs.get(d.docKey);
    const seen = reached[i]!;
    if (!entry || seen.size === d.entities.length) return;
    const keys = new Map(entry.items.map((item) => [item.localId, item.key]));
    for (const e of d.entities) {
      if (seen.has(e.localId)) continue;
      const id = `${d.docKey}#${e.localId}`;
      const key = keys.get(e.localId)!;
      keyOf.set(id, key);
      let b = built.get(key);
      if (!b) {
        const known = previous.entities.get(key)!;
        const out: ResolvedEntity = {
          key,
          type: known.type,
          label: known.label,
          aliases: [],
          roles: [],
          mentions: [],
          docs: [],
        };
        b = { out, aliases: new Set([known.label]), roles: new Set(), docs: new Set() };
        built.set(key, b);
      }
      b.aliases.add(e.label);
      for (const a of e.aliases) b.aliases.add(a);
      for (const r of e.roles) b.roles.add(r);
      b.docs.add(d.docKey);
      for (const m of e.mentions) b.out.mentions.push(m);
      if (e.lat !== undefined && b.out.lat === undefined) b.out.lat = e.lat;
      if (e.lng !== undefined && b.out.lng === undefined) b.out.lng = e.lng;
      if (e.iso !== undefined && b.out.iso === undefined) b.out.iso = e.iso;
    }
  });
  return [...built.values()].map(({ out, aliases, roles, docs: seen }) => {
    out.aliases = [...aliases];
    out.roles = [...roles];
    out.docs = [...seen];
    return out;
  });
}

function emptyIndex(): ResolutionIndex {
  return { tokens: [], docs: new Map(), entities: new Map() };
}

function indexOf(
  docs: readonly DocumentExtraction[],
  hashes: ReadonlyMap<string, string>,
  resolution: CrossDocumentResolution,
  tokensOf: (d: DocumentExtraction) => Map<string, string[]>,
): ResolutionIndex {
  const { tokens, idOf } = tokenTable([]);
  const index: ResolutionIndex = { tokens, docs: new Map(), entities: new Map() };
  for (const d of docs) {
    const byLocal = tokensOf(d);
    index.docs.set(d.docKey, {
      hash: hashes.get(d.docKey)!,
      items: d.entities.map((e) => ({
        localId: e.localId,
        key: resolution.keyOf.get(`${d.docKey}#${e.localId}`)!,
        tokens: (byLocal.get(e.localId) ?? []).map(idOf),
      })),
    });
  }
  for (const e of resolution.entities) index.entities.set(e.key, { type: e.type as EntityType, label: e.label });
  return index;
}

/** A table of tokens numbered in the order first seen, starting from `initial` (which keep their numbers). */
function tokenTable(initial: readonly string[]): { tokens: string[]; idOf: (t: string) => number } {
  const tokens = [...initial];
  const ids = new Map(tokens.map((t, i) => [t, i]));
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = tokens.length;
      tokens.push(t);
      ids.set(t, id);
    }
    return id;
  };
  return { tokens, idOf };
}
