// Query root: every read goes through the request's index snapshot; no NLP or file access on this path.
import { GraphQLError } from "../graphqlRuntime.js";
import type { GraphContext } from "../context.js";
import { checkDeadline, requireIndex } from "../context.js";
import { pageOf } from "../cursor.js";
import type { QueryResolvers } from "../generated/graphql.js";
import type { GraphIndex } from "../graph/buildGraphIndex.js";
import { edgeRowOf } from "../graph/edgeRows.js";
import { memoPerGraph } from "../graph/memoPerGraph.js";
import type { Subgraph } from "../graph/neighborhood.js";
import { neighborhood } from "../graph/neighborhood.js";
import { normalizeText } from "../graph/normalizeText.js";
import { overview } from "../graph/overview.js";
import { entityPredicate, relationPredicate } from "../graph/relationFilter.js";
import { resolveEntityRef } from "../graph/resolveEntityRef.js";
import { searchEntities } from "../graph/searchIndex.js";
import { shortestPaths } from "../graph/shortestPaths.js";
import { badInput, checkRange, LIMITS } from "../limits.js";
import type { EntityRecord } from "../model.js";

const notFound = (what: string, id: string, argument: string) =>
  new GraphQLError(`"${argument}": no ${what} with id or name "${id}".`, {
    extensions: { code: "NOT_FOUND", id, argument },
  });

/** An entity by id, or by name or alias like `entity(name:)`; not found names the argument. */
function entityOrThrow(index: GraphIndex, ref: string, argument: string): EntityRecord {
  const entity = resolveEntityRef(index, ref);
  if (!entity) throw notFound("entity", ref, argument);
  return entity;
}

const neighborhoodMemo = memoPerGraph<Subgraph>(2000);
const overviewMemo = memoPerGraph<Subgraph>(8);

/** Walks a descending list forwards or backwards, keeping what passes, checking the deadline now and then. */
function select<T>(ctx: GraphContext, list: readonly T[], asc: boolean, keep: ((item: T) => boolean) | null): T[] {
  if (!keep) return asc ? [...list].reverse() : (list as T[]);
  const out: T[] = [];
  const n = list.length;
  for (let i = 0; i < n; i++) {
    if ((i & 0xfff) === 0) checkDeadline(ctx);
    const item = list[asc ? n - 1 - i : i]!;
    if (keep(item)) out.push(item);
  }
  return out;
}

export const queryResolvers: QueryResolvers = {
  entity: (_root, { id, name }, ctx) => {
    const index = requireIndex(ctx);
    if (id) return index.entityById.get(id) ?? null;
    if (name) return index.entityByName.get(normalizeText(name))?.[0] ?? null;
    return null; // neither given (clients often send both as variables, one of them null)
  },

  search: (_root, { query, types, limit }, ctx) => {
    const index = requireIndex(ctx);
    const max = checkRange("limit", limit ?? 10, 0, LIMITS.searchLimit);
    if (query.length > 200) throw badInput('"query" is longer than 200 characters.');
    return searchEntities(index.search, query, types ?? null, max);
  },

  entities: (_root, { first, after, filter, orderBy }, ctx) => {
    const index = requireIndex(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    const list = index.entityOrders[orderBy?.field ?? "DEGREE"];
    // NAME is stored Z..A so that, like the numeric fields, DESC walks it forwards.
    const asc = (orderBy?.direction ?? "DESC") === "ASC";
    return pageOf("entities", select(ctx, list, asc, entityPredicate(filter)), size, after);
  },

  relation: (_root, { id }, ctx) => requireIndex(ctx).relationById.get(id) ?? null,

  relations: (_root, { first, after, filter, orderBy }, ctx) => {
    const index = requireIndex(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    const list = index.relationOrders[orderBy?.field ?? "CONFIDENCE"];
    const asc = (orderBy?.direction ?? "DESC") === "ASC";
    return pageOf("relations", select(ctx, list, asc, relationPredicate(index, filter)), size, after);
  },

  neighborhood: (_root, { id, depth, filter, limit }, ctx) => {
    const index = requireIndex(ctx);
    const hops = checkRange("depth", depth ?? 1, 0, LIMITS.neighborhoodDepth);
    const max = checkRange("limit", limit ?? 200, 1, LIMITS.neighborhoodLimit);
    const focus = entityOrThrow(index, id, "id");
    const accept = relationPredicate(index, filter); // validates the filter even on a cache hit
    return neighborhoodMemo(index, JSON.stringify([focus.id, hops, max, filter ?? null]), () =>
      neighborhood(index, focus, hops, max, LIMITS.neighborhoodEdges, accept, () => checkDeadline(ctx)),
    );
  },

  overview: (_root, { limit, includeCoOccurrence, types }, ctx) => {
    const index = requireIndex(ctx);
    const max = checkRange("limit", limit ?? 2000, 1, LIMITS.overviewLimit);
    return overviewMemo(index, JSON.stringify([max, includeCoOccurrence ?? false, types ?? null]), () =>
      overview(index, max, includeCoOccurrence ?? false, types ?? null, LIMITS.neighborhoodEdges, () =>
        checkDeadline(ctx),
      ),
    );
  },

  shortestPath: (_root, { from, to, categories, maxPaths }, ctx) => {
    const index = requireIndex(ctx);
    const max = checkRange("maxPaths", maxPaths ?? 1, 1, LIMITS.maxPaths);
    const accept = relationPredicate(index, categories && categories.length > 0 ? { categories } : null);
    return shortestPaths(index, entityOrThrow(index, from, "from"), entityOrThrow(index, to, "to"), accept, max, () =>
      checkDeadline(ctx),
    );
  },

  document: (_root, { id }, ctx) => requireIndex(ctx).documentById.get(id) ?? null,

  documents: (_root, { first, after }, ctx) => {
    const index = requireIndex(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    return pageOf("documents", index.documents, size, after);
  },

  stats: (_root, _args, ctx) => requireIndex(ctx).stats,

  edgeList: (_root, { first, after, filter }, ctx) => {
    const index = requireIndex(ctx);
    const size = checkRange("first", first ?? 1000, 0, LIMITS.edgeListPageSize);
    const keep = relationPredicate(index, filter);
    const page = pageOf("edges", keep ? select(ctx, index.relations, false, keep) : index.relations, size, after);
    return {
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      rows: page.nodes.map((r) => edgeRowOf(index, r)),
    };
  },

  exports: (_root, _args, ctx) => ({
    gexf: `${ctx.baseUrl}/export/graph.gexf`,
    graphml: `${ctx.baseUrl}/export/graph.graphml`,
    nodesCsv: `${ctx.baseUrl}/export/nodes.csv`,
    edgesCsv: `${ctx.baseUrl}/export/edges.csv`,
    json: `${ctx.baseUrl}/export/graph.json`,
  }),

  job: (_root, { id }, ctx) => ctx.mutations.job(id),
};
