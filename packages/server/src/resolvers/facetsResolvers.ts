// Query.facets: whole-graph counts and the relation date range under filters, for an explorer that holds only part
// of the graph (the legend, the relation filters and the date range read them). Relation.firstDate: the date the
// date filters compare, read in one batched query per request for the relations that carry no date of their own
// (the walks behind neighbourhoods and the overview do not compute it).
import type { GraphContext } from "../context.js";
import { graphData } from "../context.js";
import type { QueryResolvers, RelationResolvers } from "../generated/graphql.js";
import { BatchLoader } from "../graph/batchLoader.js";
import type { GraphData } from "../graph/graphData.js";
import { entityFilterOf, filterKey, relationFilterOf } from "../graph/relationFilter.js";

const firstDateLoaders = new WeakMap<GraphData, BatchLoader<string>>();

function firstDateLoader(ctx: GraphContext): BatchLoader<string> {
  const data = graphData(ctx);
  let loader = firstDateLoaders.get(data);
  if (!loader) firstDateLoaders.set(data, (loader = new BatchLoader((ids) => data.reader.firstDates(ids))));
  return loader;
}

export const facetsQueryResolvers: Pick<QueryResolvers, "facets"> = {
  facets: async (_root, { entityFilter, filter }, ctx) => {
    const data = graphData(ctx);
    const entities = entityFilterOf(entityFilter);
    const relations = relationFilterOf(filter);
    return data.cache.get(`facets:${filterKey(entities)}:${filterKey(relations)}`, () =>
      data.reader.facets(entities, relations),
    );
  },
};

export const relationDateResolvers: Pick<RelationResolvers, "firstDate"> = {
  // Synchronous when the row has the date: a promise per list item costs GraphQL more than the value itself.
  // A relation without documents has no article date to fall back on.
  firstDate: (relation, _args, ctx) =>
    relation.date ??
    relation.firstDate ??
    (relation.docIds.length === 0
      ? null
      : firstDateLoader(ctx)
          .load(relation.id)
          .then((d) => d ?? null)),
};
