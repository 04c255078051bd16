// The explorer's data over GraphQL when `kg serve` serves it: an overview first, then neighbourhoods, evidence,
// article text, search and paths on demand. Results are handed to `merge`, which adds them to the view; each
// neighbourhood and relation is asked for once.

import type { EntityAttributes, Evidence, Mention } from "@newskg/graph-model";
import type { KgData, KgRelation } from "../core/graph/parseGraph.js";
import type { SearchResult } from "../core/search/searchEntities.js";
import type { GraphFacets } from "../core/facets/graphFacets.js";
import {
  completeEntity,
  completeRelation,
  documentFromApi,
  documentStub,
  entitiesFromColumns,
  entityFromApi,
  facetsFromApi,
  relationFromApi,
  relationsFromColumns,
} from "./fromApi.js";
import type {
  KgCommunityQuery,
  KgDocumentQuery,
  KgEdgeFieldsFragment,
  KgEntityFieldsFragment,
  KgEvidenceFieldsFragment,
  KgFacetsQuery,
  KgFocusQuery,
  KgNeighborhoodQuery,
  KgNeighborhoodRestQuery,
  KgNodeFieldsFragment,
  KgOverviewQuery,
  KgPathQuery,
  KgSearchQuery,
} from "./generated/operations.js";
import { ApiError, gqlRequest } from "./gqlRequest.js";
import {
  COMMUNITY_QUERY,
  DOCUMENT_QUERY,
  EVIDENCE_FIELDS,
  FACETS_QUERY,
  FOCUS_QUERY,
  NEIGHBORHOOD_QUERY,
  NEIGHBORHOOD_REST_QUERY,
  OVERVIEW_QUERY,
  PATH_QUERY,
  SEARCH_QUERY,
} from "./operations.js";

/** Entities in the first view: enough to show the graph's structure, few enough to arrive at once. */
export const OVERVIEW_LIMIT = 2000;
/** Neighbours loaded around a focused entity (the server's maximum). */
export const NEIGHBOURHOOD_LIMIT = 2000;
/**
 * A focus's strongest relations sent with its details, before its neighbourhood: a few screenfuls of the panel. Around
 * a hub the neighbourhood is ~1 MB of JSON and seconds of server time; this page is a few percent of it.
 */
export const FIRST_RELATIONS = 100;
/** Relations among a focus's neighbours asked per request, after its own (merged a page at a time). */
const REST_PAGE = 5000;
/** Communities the legend and the community filter list (the filter shows at most this many). */
const FACET_COMMUNITIES = 200;
/** Relations whose evidence one request asks for. */
const EVIDENCE_BATCH = 20;

export interface ApiTotals {
  entities: number;
  relations: number;
  documents: number;
  builtAt: string | null;
}

export type MergeFn = (entities: Array<[string, EntityAttributes]>, relations: KgRelation[]) => void;

export interface ApiView {
  merge: MergeFn;
  relation(key: string): KgRelation | undefined;
  entity(id: string): EntityAttributes | undefined;
}

export interface DocumentMention extends Mention {
  entity: string;
  label: string;
}

export interface ApiSource {
  readonly url: string;
  readonly totals: ApiTotals;
  /**
   * Loads an entity once: its details and strongest relations first (`onFirstPage` runs when they are merged), then
   * its neighbours and all its own relations (`onRelations`), then the relations among its neighbours, a page at a
   * time; resolves when the last is merged. Rejects when the entity is unknown, or with an AbortError when `signal`
   * aborts first (nothing is marked failed: a later call loads it again).
   */
  expand(
    id: string,
    opts?: { signal?: AbortSignal; onFirstPage?: () => void; onRelations?: () => void },
  ): Promise<void>;
  isExpanded(id: string): boolean;
  /** The entity's own relations are still on their way (its first page may be merged). */
  isLoading(id: string): boolean;
  /**
   * Loads a community's most central members (up to OVERVIEW_LIMIT) and the typed relations among them, once;
   * resolves when they are merged.
   */
  community(id: number): Promise<void>;
  /** The last load of this entity's neighbourhood failed (unknown entity, or the service did not answer). */
  hasFailed(id: string): boolean;
  /**
   * Loads the supporting sentences of relations (batched per task and signal); resolves when they are on the
   * relations, or when `signal` aborts (the request is given up and its relations can be asked again).
   */
  evidence(keys: readonly string[], signal?: AbortSignal): Promise<void>;
  hasEvidence(key: string): boolean;
  /** Loads an article's text and mentions (null when the article is unknown). */
  document(id: string): Promise<DocumentMention[] | null>;
  hasDocument(id: string): boolean;
  /** Mentions of a loaded article, by offset. */
  mentionsOf(id: string): readonly DocumentMention[];
  search(query: string, limit: number): Promise<SearchResult[]>;
  /** Whole-graph counts per type and category, communities and date range (asked once). */
  facets(): Promise<GraphFacets>;
  /** Loads the server's shortest path between two entities into the view. */
  path(from: string, to: string): Promise<void>;
  /** Resolves when no request is in flight (tests and benchmarks). */
  idle(): Promise<void>;
  /** Where results go: the view's merge, and its relations by key (evidence is written onto them). */
  attach(view: ApiView): void;
}

/** A request given up by its caller (fetch rejects with a DOMException named AbortError). */
export const isAbort = (err: unknown): boolean => err instanceof Error && err.name === "AbortError";

const toEntities = (
  nodes: readonly (KgNodeFieldsFragment | KgEntityFieldsFragment)[],
): Array<[string, EntityAttributes]> => nodes.map((n) => [n.id, entityFromApi(n)]);
const toRelations = (edges: readonly KgEdgeFieldsFragment[]): KgRelation[] => edges.map(relationFromApi);
const subgraphOf = (s: KgOverviewQuery["overview"]) =>
  [entitiesFromColumns(s.nodeColumns), relationsFromColumns(s.edgeColumns)] as const;

/**
 * Asks `url` for the overview. Resolves null when nothing answers GraphQL there (a static host: the explorer then
 * reads the graph file); rejects when a GraphQL service answers with an error.
 */
export async function openApiSource(
  url: string,
  signal?: AbortSignal,
): Promise<{ source: ApiSource; data: KgData } | null> {
  let answer: KgOverviewQuery;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: OVERVIEW_QUERY, variables: { limit: OVERVIEW_LIMIT } }),
      signal,
    });
    if (!res.ok && res.status !== 400) return null;
    if (!(res.headers.get("content-type") ?? "").includes("json")) return null;
    const body = (await res.json()) as { data?: KgOverviewQuery | null; errors?: { message?: string }[] };
    if (!body.data) throw new ApiError(body.errors?.map((e) => e.message).join("; ") || `HTTP ${res.status}`);
    answer = body.data;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    return null; // network error, or not JSON: no GraphQL here
  }
  const data: KgData = {
    attributes: { builtAt: answer.stats.builtAt ?? "" },
    entities: new Map(entitiesFromColumns(answer.overview.nodeColumns)),
    documents: new Map(),
    relations: relationsFromColumns(answer.overview.edgeColumns),
  };
  // A graph small enough to fit the overview whole also gets its co-occurrence, so it looks as the file would.
  if (!answer.overview.truncated && answer.stats.relationCount > data.relations.length) {
    const whole = await gqlRequest<KgOverviewQuery>(url, OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT, cooc: true }, signal);
    data.relations = relationsFromColumns(whole.overview.edgeColumns);
  }
  const totals: ApiTotals = {
    entities: answer.stats.entityCount,
    relations: answer.stats.relationCount,
    documents: answer.stats.documentCount,
    builtAt: answer.stats.builtAt,
  };
  return { source: createApiSource(url, totals, data), data };
}

function createApiSource(url: string, totals: ApiTotals, data: KgData): ApiSource {
  let view: ApiView = { merge: () => {}, relation: () => undefined, entity: () => undefined };
  const expanded = new Map<string, Promise<void>>();
  const firstPages = new Map<string, Promise<void>>();
  const loading = new Set<string>();
  const communities = new Map<number, Promise<void>>();
  const failed = new Set<string>();
  const evidenceOf = new Map<string, Promise<void>>();
  const evidenceLoaded = new Set<string>();
  const docs = new Map<string, Promise<DocumentMention[] | null>>();
  const docsLoaded = new Map<string, DocumentMention[]>();
  let facets: Promise<GraphFacets> | null = null;
  let inFlight = 0;
  let idleWaiters: Array<() => void> = [];
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight++;
    const done = () => {
      if (--inFlight === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      }
    };
    p.then(done, done);
    return p;
  };

  // Evidence asked for in this task, by the signal of the panel that asked (a panel left behind gives up its own).
  let queued = new Map<AbortSignal | undefined, { keys: string[]; done: Promise<void>; resolve: () => void }>();
  let flushScheduled = false;
  const flushQueued = () => {
    flushScheduled = false;
    const groups = queued;
    queued = new Map();
    for (const [signal, group] of groups) {
      const forget = () => {
        for (const k of group.keys) evidenceOf.delete(k);
      };
      if (signal?.aborted) {
        forget();
        group.resolve();
        continue;
      }
      track(flushEvidence(group.keys, signal)).then(group.resolve, (err: unknown) => {
        forget();
        if (!isAbort(err)) console.error(err);
        group.resolve();
      });
    }
  };
  function evidence(keys: readonly string[], signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    const waits: Promise<void>[] = [];
    for (const key of keys) {
      if (evidenceLoaded.has(key)) continue;
      const known = evidenceOf.get(key);
      if (known) {
        // Asked by another panel: if that one gives up first, this caller asks again.
        waits.push(known.then(() => (evidenceLoaded.has(key) ? undefined : evidence([key], signal))));
        continue;
      }
      let group = queued.get(signal);
      if (!group) {
        let resolve = () => {};
        const done = new Promise<void>((r) => (resolve = r));
        group = { keys: [], done, resolve };
        queued.set(signal, group);
      }
      if (!flushScheduled) {
        flushScheduled = true;
        // One request for every row rendered in this task.
        setTimeout(flushQueued, 0);
      }
      group.keys.push(key);
      evidenceOf.set(key, group.done);
      waits.push(group.done);
    }
    return Promise.all(waits).then(() => undefined);
  }
  const flushEvidence = async (keys: string[], signal: AbortSignal | undefined) => {
    for (let i = 0; i < keys.length; i += EVIDENCE_BATCH) {
      const batch = keys.slice(i, i + EVIDENCE_BATCH);
      const vars = batch.map((_, j) => `$r${j}: ID!`).join(", ");
      const fields = batch.map((_, j) => `r${j}: relation(id: $r${j}) { ...KgEvidenceFields }`).join(" ");
      const variables = Object.fromEntries(batch.map((k, j) => [`r${j}`, k]));
      const answer = await gqlRequest<Record<string, KgEvidenceFieldsFragment | null>>(
        url,
        `query KgEvidence(${vars}) { ${fields} } ${EVIDENCE_FIELDS}`,
        variables,
        signal,
      );
      batch.forEach((key, j) => {
        const found = answer[`r${j}`];
        const rel = view.relation(key);
        evidenceLoaded.add(key);
        if (!found || !rel) return;
        completeRelation(rel.attributes, found);
        rel.attributes.evidence = found.evidence.map((e): Evidence => {
          if (!data.documents.has(e.document.id)) data.documents.set(e.document.id, documentStub(e.document));
          return {
            doc: e.document.id,
            start: e.start,
            end: e.end,
            text: e.text,
            ...(e.trigger ? { trigger: e.trigger } : {}),
          };
        });
        rel.attributes.docs = [...new Set(rel.attributes.evidence.map((e) => e.doc))];
      });
    }
  };
  return {
    url,
    totals,
    attach(v) {
      view = v;
    },
    isExpanded: (id) => expanded.has(id),
    hasFailed: (id) => failed.has(id),
    expand(id, opts = {}) {
      let p = expanded.get(id);
      if (p) {
        // Already on its way: the caller's first page is the one being loaded (or already merged).
        const first = firstPages.get(id);
        if (opts.onFirstPage) void (first ?? p).then(opts.onFirstPage, () => {});
        return p;
      }
      const { signal } = opts;
      const focused = gqlRequest<KgFocusQuery>(url, FOCUS_QUERY, { id, first: FIRST_RELATIONS }, signal);
      const hoodVars = { id, depth: 1, limit: NEIGHBOURHOOD_LIMIT };
      // Sent with the first page, not after it: the server reads the neighbourhood on a reader thread while it
      // answers the small request, and the answer is columns, cheap to execute.
      const own = gqlRequest<KgNeighborhoodQuery>(url, NEIGHBORHOOD_QUERY, { ...hoodVars, touching: id }, signal);
      own.catch(() => {}); // rejections are handled below, after the first page's
      const first = focused.then((answer) => {
        const focus = answer.focus;
        if (!focus) throw new ApiError(`The graph service has no entity "${id}".`);
        const nodes = new Map<string, KgNodeFieldsFragment | KgEntityFieldsFragment>([[focus.id, focus]]);
        for (const r of focus.relations)
          for (const end of [r.source, r.target]) if (!nodes.has(end.id)) nodes.set(end.id, end);
        performance.mark("kg:focusFirstIn");
        view.merge(toEntities([...nodes.values()]), toRelations(focus.relations));
        const known = view.entity(focus.id);
        if (known) completeEntity(known, focus);
        opts.onFirstPage?.();
        performance.mark("kg:focusFirstShown");
      });
      firstPages.set(id, first);
      // Its neighbours and every relation of its own: the panel lists them all and the graph draws them.
      const listed = Promise.all([first, own]).then(([, answer]) => {
        performance.mark("kg:focusOwnIn");
        view.merge(...subgraphOf(answer.neighborhood));
        loading.delete(id);
        opts.onRelations?.();
        performance.mark("kg:focusOwnShown");
      });
      // Then the relations among its neighbours, a page at a time (the graph fills in).
      const rest = async () => {
        await listed;
        for (let offset = 0; ; offset += REST_PAGE) {
          const page = await gqlRequest<KgNeighborhoodRestQuery>(
            url,
            NEIGHBORHOOD_REST_QUERY,
            { ...hoodVars, offset, first: REST_PAGE },
            signal,
          );
          const cols = page.neighborhood.edgeColumns;
          view.merge([], relationsFromColumns(cols));
          if (offset + REST_PAGE >= cols.totalCount) break;
        }
      };
      p = track(rest());
      failed.delete(id);
      loading.add(id);
      const settle = () => {
        loading.delete(id);
        firstPages.delete(id);
      };
      p.then(settle, (err: unknown) => {
        settle();
        expanded.delete(id); // a failed or abandoned load can be retried
        if (!isAbort(err)) failed.add(id);
      });
      expanded.set(id, p);
      return p;
    },
    isLoading: (id) => loading.has(id),
    community(id) {
      let p = communities.get(id);
      if (!p) {
        p = track(
          gqlRequest<KgCommunityQuery>(url, COMMUNITY_QUERY, { community: id, limit: OVERVIEW_LIMIT }).then((answer) =>
            view.merge(...subgraphOf(answer.overview)),
          ),
        );
        p.catch(() => communities.delete(id)); // a failed load can be retried
        communities.set(id, p);
      }
      return p;
    },
    hasEvidence: (key) => evidenceLoaded.has(key),
    evidence,
    hasDocument: (id) => docsLoaded.has(id),
    mentionsOf: (id) => docsLoaded.get(id) ?? [],
    document(id) {
      let p = docs.get(id);
      if (!p) {
        p = track(
          gqlRequest<KgDocumentQuery>(url, DOCUMENT_QUERY, { id }).then((answer) => {
            const d = answer.document;
            if (!d) {
              docsLoaded.set(id, []);
              return null;
            }
            data.documents.set(id, documentFromApi(d));
            const mentions = d.mentions.map((m) => ({
              doc: id,
              start: m.start,
              end: m.end,
              text: m.text,
              sentence: m.sentence,
              entity: m.entity.id,
              label: m.entity.label,
            }));
            docsLoaded.set(id, mentions);
            return mentions;
          }),
        );
        p.catch(() => docs.delete(id));
        docs.set(id, p);
      }
      return p;
    },
    async search(query, limit) {
      if (!query.trim()) return [];
      const answer = await track(gqlRequest<KgSearchQuery>(url, SEARCH_QUERY, { query, limit }));
      return answer.search.map((h) => ({
        id: h.entity.id,
        label: h.entity.label,
        type: h.entity.type,
        matched: h.matched,
        score: h.score,
      }));
    },
    facets() {
      facets ??= track(
        gqlRequest<KgFacetsQuery>(url, FACETS_QUERY, { communities: FACET_COMMUNITIES }).then(facetsFromApi),
      );
      facets.catch(() => (facets = null)); // a failed request can be retried
      return facets;
    },
    async path(from, to) {
      const answer = await track(gqlRequest<KgPathQuery>(url, PATH_QUERY, { from, to }));
      const p = answer.shortestPath[0];
      if (p) view.merge(toEntities(p.nodes), toRelations(p.edges));
    },
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
  };
}
