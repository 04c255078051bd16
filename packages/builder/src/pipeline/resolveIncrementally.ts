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
    };
  }

  const unchanged = (d: DocumentExtraction) => previous.docs.get(d.docKey)?.hash === hashes.get(d.docKey);
  const present = new Set(docs.map((d) => d.docKey));
  // Tokens of the changed articles' entities, now and before, start the walk.
  const fresh = new Map<string, Map<string, string[]>>();
  const seeds = new Set<string>();
  let changedDocs = 0;
  for (const d of docs) {
    if (unchanged(d)) continue;
    changedDocs++;
    const tokens = tokensOf(d);
    fresh.set(d.docKey, tokens);
    for (const list of tokens.values()) for (const t of list) seeds.add(t);
  }
  // And those of the entities the changed and removed articles had.
  for (const [docKey, entry] of previous.docs)
    if (!present.has(docKey) || fresh.has(docKey))
      for (const item of entry.items) for (const t of item.tokens) seeds.add(previous.tokens[t]!);

  // Items by token (unchanged articles from the index, changed ones as computed), then the walk.
  type Ref = { doc: string; localId: string; tokens: readonly string[] };
  const byToken = new Map<string, Ref[]>();
  const add = (ref: Ref) => {
    for (const t of ref.tokens) {
      const list = byToken.get(t);
      if (list) list.push(ref);
      else byToken.set(t, [ref]);
    }
  };
  for (const d of docs) {
    const tokens = fresh.get(d.docKey);
    if (tokens) for (const [localId, list] of tokens) add({ doc: d.docKey, localId, tokens: list });
    else
      for (const item of previous.docs.get(d.docKey)!.items)
        add({ doc: d.docKey, localId: item.localId, tokens: item.tokens.map((t) => previous.tokens[t]!) });
  }
  const reached = new Set<string>();
  const done = new Set<string>();
  const queue = [...seeds];
  while (queue.length > 0) {
    const t = queue.pop()!;
    if (done.has(t)) continue;
    done.add(t);
    for (const ref of byToken.get(t) ?? []) {
      const id = `${ref.doc}#${ref.localId}`;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const next of ref.tokens) if (!done.has(next)) queue.push(next);
    }
  }

  const touched = docs.filter((d) => d.entities.some((e) => reached.has(`${d.docKey}#${e.localId}`)));
  const again = extractor.resolveAcrossDocuments(touched, (doc, localId) => reached.has(`${doc}#${localId}`));
  const keyOf = new Map(again.keyOf);
  const entities = [...again.entities, ...unchangedEntities(docs, previous, reached, keyOf)];
  entities.sort((a, b) => (a.key < b.key ? -1 : 1));
  const resolution = { entities, keyOf };
  return {
    resolution,
    index: indexOf(docs, hashes, resolution, (d) => fresh.get(d.docKey) ?? previousTokens(previous, d.docKey)),
    resolvedItems: reached.size,
    totalItems,
    changedDocs: changedDocs + [...previous.docs.keys()].filter((k) => !present.has(k)).length,
  };
}

/** The entities no changed article reaches, as the resolver builds them from their members (in document order). */
function unchangedEntities(
  docs: readonly DocumentExtraction[],
  previous: ResolutionIndex,
  reached: ReadonlySet<string>,
  keyOf: Map<string, string>,
): ResolvedEntity[] {
  const built = new Map<string, { out: ResolvedEntity; aliases: Set<string>; roles: Set<string>; docs: Set<string> }>();
  for (const d of docs) {
    const entry = previous.docs.get(d.docKey);
    if (!entry) continue;
    const keys = new Map(entry.items.map((item) => [item.localId, item.key]));
    for (const e of d.entities) {
      const id = `${d.docKey}#${e.localId}`;
      if (reached.has(id)) continue;
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
  }
  return [...built.values()].map(({ out, aliases, roles, docs: seen }) => {
    out.aliases = [...aliases];
    out.roles = [...roles];
    out.docs = [...seen];
    return out;
  });
}

function previousTokens(previous: ResolutionIndex, docKey: string): Map<string, string[]> {
  return new Map(
    previous.docs.get(docKey)!.items.map((item) => [item.localId, item.tokens.map((t) => previous.tokens[t]!)]),
  );
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
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = tokens.length;
      tokens.push(t);
      ids.set(t, id);
    }
    return id;
  };
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
