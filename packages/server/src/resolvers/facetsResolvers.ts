// Query.facets: whole-graph counts and the relation date range under filters, for an explorer that holds only part
// of the graph (the legend, the relation filters and the date range read them). Relation.firstDate: the date the
// date filters compare, a column of every relation row (written by the build).
import { graphData } from "../context.js";
import type { QueryResolvers, RelationResolvers } from "../generated/graphql.js";
import { entityFilterOf, filterKey, relationFilterOf } from "../graph/relationFilter.js";

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
  firstDate: (relation) => relation.date ?? relation.firstDate ?? null,
};
