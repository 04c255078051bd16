// Query root: every read is indexed SQL on the graph store through the request's GraphData (batched row loaders,
// the build's answer cache); no NLP or file access on this path and no graph held in memory.
import { GraphQLError } from "../graphqlRuntime.js";
import type { GraphContext } from "../context.js";
import { checkDeadline, graphData } from "../context.js";
import { encodeKeyCursor, keyAfter, offsetAfter, pageAt } from "../cursor.js";
import type { QueryResolvers } from "../generated/graphql.js";
import type { GraphData } from "../graph/graphData.js";
import { entityFilterOf, filterKey, relationFilterOf } from "../graph/relationFilter.js";
import { badInput, checkRange, LIMITS } from "../limits.js";
import type { EntityRecord, RelationRecord } from "../model.js";

const notFound = (what: string, id: string, argument: string) =>
  new GraphQLError(`"${argument}": no ${what} with id or name "${id}".`, {
    extensions: { code: "NOT_FOUND", id, argument },
  });

/** An entity by id, or by name or alias like `entity(name:)`; not found names the argument. */
async function entityOrThrow(data: GraphData, ref: string, argument: string): Promise<EntityRecord> {
  const entity = await data.entityRef(ref);
  if (!entity) throw notFound("entity", ref, argument);
  return entity;
}

/** Relations with their ends loaded (in this request's loaders), those whose ends are gone left out. */
async function withEnds(data: GraphData, relations: RelationRecord[]): Promise<RelationRecord[]> {
  await data.entities(relations.flatMap((r) => [r.sourceId, r.targetId]));
  for (const r of relations) data.relation.prime(r.id, r);
  return relations;
}

export const queryResolvers: QueryResolvers = {
  entity: async (_root, { id, name }, ctx) => {
    const data = graphData(ctx);
    if (id) return (await data.entity.load(id)) ?? null;
    if (name) return data.entityNamed(name);
    return null; // neither given (clients often send both as variables, one of them null)
  },

  search: async (_root, { query, types, limit }, ctx) => {
    const data = graphData(ctx);
    const max = checkRange("limit", limit ?? 10, 0, LIMITS.searchLimit);
    if (query.length > 200) throw badInput('"query" is longer than 200 characters.');
    const typeList = types && types.length > 0 ? [...types].sort() : null;
    const matches = await data.cache.get(`search:${JSON.stringify([query, typeList, max])}`, () =>
      data.reader.search(query, typeList, max),
    );
    const entities = await data.entities(matches.map((m) => m.entityId));
    const byId = new Map(entities.map((e) => [e.id, e]));
    return matches
      .filter((m) => byId.has(m.entityId))
      .map((m) => ({ entity: byId.get(m.entityId)!, score: m.score, matched: m.matched }));
  },

  entities: async (_root, { first, after, filter, orderBy }, ctx) => {
    const data = graphData(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    const start = offsetAfter("entities", after);
    const where = entityFilterOf(filter);
    const field = orderBy?.field ?? "DEGREE";
    // Names read A to Z unless asked otherwise; numbers largest first.
    const asc = (orderBy?.direction ?? (field === "NAME" ? "ASC" : "DESC")) === "ASC";
    const [nodes, total] = await Promise.all([
      data.reader.entityPage(where, field, asc, start, size),
      where
        ? data.cache.get(`entityCount:${filterKey(where)}`, () => data.reader.entityCount(where))
        : Promise.resolve(data.counts.entityCount),
    ]);
    return pageAt("entities", start, data.primeEntities(nodes), total, after);
  },

  relation: async (_root, { id }, ctx) => (await graphData(ctx).relation.load(id)) ?? null,

  relations: async (_root, { first, after, filter, orderBy }, ctx) => {
    const data = graphData(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    const start = offsetAfter("relations", after);
    const where = relationFilterOf(filter);
    const field = orderBy?.field ?? "CONFIDENCE";
    const asc = (orderBy?.direction ?? "DESC") === "ASC";
    const [nodes, total] = await Promise.all([
      data.reader.relationPage(where, field, asc, start, size),
      where
        ? data.cache.get(`relationCount:${filterKey(where)}`, () => data.reader.relationCount(where))
        : Promise.resolve(data.counts.relationCount),
    ]);
    return pageAt("relations", start, await withEnds(data, nodes), total, after);
  },

  neighborhood: async (_root, { id, depth, filter, limit }, ctx) => {
    const data = graphData(ctx);
    const hops = checkRange("depth", depth ?? 1, 0, LIMITS.neighborhoodDepth);
    const max = checkRange("limit", limit ?? 200, 1, LIMITS.neighborhoodLimit);
    const where = relationFilterOf(filter); // validates the filter even on a cache hit
    const focus = await entityOrThrow(data, id, "id");
    const found = await data.cache.get(`hood:${JSON.stringify([focus.id, hops, max, where])}`, async () => {
      const ids = await data.reader.neighbourhood(focus.id, hops, max, LIMITS.neighborhoodEdges, where, () =>
        checkDeadline(ctx),
      );
      return { ...ids, nodes: await data.entities(ids.nodeIds) };
    });
    data.primeEntities(found.nodes);
    return { nodes: found.nodes, edges: found.edges, truncated: found.truncated };
  },

  overview: async (_root, { limit, includeCoOccurrence, types, community, filter }, ctx) => {
    const data = graphData(ctx);
    const max = checkRange("limit", limit ?? 2000, 1, LIMITS.overviewLimit);
    // Typed relations by default: co-occurrence edges would bury the structure between central entities.
    const asked = relationFilterOf(filter);
    const where = includeCoOccurrence ? asked : { ...asked, excludeCoOccurrence: true };
    const kinds = entityFilterOf({ types: types ?? null, community: community ?? null });
    const found = await data.cache.get(`overview:${JSON.stringify([max, where, kinds])}`, async () => {
      const nodes = kinds
        ? await data.reader.entityPage(kinds, "PAGERANK", false, 0, max)
        : await data.reader.topEntities(max);
      const total = kinds ? await data.reader.entityCount(kinds) : data.counts.entityCount;
      const edges = await data.reader.relationsAmong(
        nodes.map((n) => n.id),
        where,
        LIMITS.neighborhoodEdges + 1,
      );
      const truncated = edges.length > LIMITS.neighborhoodEdges || nodes.length < total;
      return { nodes, edges: edges.slice(0, LIMITS.neighborhoodEdges), truncated };
    });
    data.primeEntities(found.nodes);
    return found;
  },

  shortestPath: async (_root, { from, to, categories, maxPaths }, ctx) => {
    const data = graphData(ctx);
    const max = checkRange("maxPaths", maxPaths ?? 1, 1, LIMITS.maxPaths);
    const where = relationFilterOf(categories && categories.length > 0 ? { categories } : null);
    const [a, b] = await Promise.all([entityOrThrow(data, from, "from"), entityOrThrow(data, to, "to")]);
    return data.cache.get(`path:${JSON.stringify([a.id, b.id, max, where])}`, async () => {
      const paths = await data.reader.shortestPaths(a.id, b.id, where, max, () => checkDeadline(ctx));
      return Promise.all(
        paths.map(async (p) => ({ nodes: await data.entities(p.nodeIds), edges: p.edges, length: p.length })),
      );
    });
  },

  document: async (_root, { id }, ctx) => (await graphData(ctx).document.load(id)) ?? null,

  documents: async (_root, { first, after }, ctx) => {
    const data = graphData(ctx);
    const size = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
    const start = offsetAfter("documents", after);
    const nodes = await data.reader.documentPage(start, size);
    return pageAt("documents", start, nodes, data.counts.documentCount, after);
  },

  stats: (_root, _args, ctx) => graphData(ctx).counts,

  edgeList: async (_root, { first, after, filter }, ctx) => {
    const data = graphData(ctx);
    const size = checkRange("first", first ?? 1000, 0, LIMITS.edgeListPageSize);
    const afterKey = keyAfter("edges", after);
    const where = relationFilterOf(filter);
    // Rows with their ends' labels from one indexed read: no relation JSON, no entity rows.
    const [page, total] = await Promise.all([
      data.reader.edgeRowsAfter(where, afterKey, size + 1),
      where
        ? data.cache.get(`relationCount:${filterKey(where)}`, () => data.reader.relationCount(where))
        : Promise.resolve(data.counts.relationCount),
    ]);
    const more = page.length > size;
    const relations = page.slice(0, size);
    const rows = relations.map((r) => ({
      id: r.id,
      source: r.sourceId,
      target: r.targetId,
      sourceLabel: r.sourceLabel,
      targetLabel: r.targetLabel,
      sourceType: r.sourceType,
      targetType: r.targetType,
      category: r.category,
      label: r.label,
      weight: r.weight,
      confidence: r.confidence,
      date: r.firstDate,
    }));
    const last = relations.at(-1);
    return {
      totalCount: total,
      pageInfo: { hasNextPage: more, endCursor: last ? encodeKeyCursor("edges", last.id) : (after ?? null) },
      rows,
    };
  },

  exports: (_root, _args, ctx) => ({
    gexf: `${ctx.baseUrl}/export/graph.gexf`,
    graphml: `${ctx.baseUrl}/export/graph.graphml`,
    nodesCsv: `${ctx.baseUrl}/export/nodes.csv`,
    edgesCsv: `${ctx.baseUrl}/export/edges.csv`,
    json: `${ctx.baseUrl}/export/graph.json`,
  }),

  job: (_root, { id }, ctx: GraphContext) => ctx.mutations.job(id),
};
