// Field resolvers of the object types backed by store rows (see ../model.ts); scalar fields resolve by name.
// Rows a list asks for side by side are fetched in one query by the request's loaders.
import type { GraphContext } from "../context.js";
import { graphData } from "../context.js";
import type { Resolvers } from "../generated/graphql.js";
import { relationFilterOf } from "../graph/relationFilter.js";
import { checkRange, LIMITS } from "../limits.js";
import type { DocumentRecord, EntityRecord } from "../model.js";

async function entityOf(ctx: GraphContext, id: string): Promise<EntityRecord> {
  const entity = await graphData(ctx).entity.load(id);
  if (!entity) throw new Error(`entity "${id}" is missing from the graph`);
  return entity;
}

async function documentOf(ctx: GraphContext, id: string): Promise<DocumentRecord> {
  const doc = await graphData(ctx).document.load(id);
  if (doc) return doc;
  // Evidence or mentions pointing at a document the graph does not hold: show the reference, not an error.
  return { id, title: id, publisher: null, date: null, url: null, source: null, file: "", wordCount: 0, text: "" };
}

export const typeResolvers: Resolvers = {
  Entity: {
    relations: async (entity, { filter, first }, ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.entityRelations);
      return graphData(ctx).relationsOfEntity(entity.id, relationFilterOf(filter), max);
    },
    mentions: (entity, { document, first }, ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.entityRelations);
      return graphData(ctx).reader.mentionsOf(entity.id, document ?? null, max);
    },
    documents: async (entity, { first }, ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
      const data = graphData(ctx);
      const docs = await data.reader.documentsOf(entity.id, max);
      for (const d of docs) data.document.prime(d.id, d);
      return docs;
    },
  },
  Relation: {
    source: (relation, _args, ctx) => graphData(ctx).entity.peek(relation.sourceId) ?? entityOf(ctx, relation.sourceId),
    target: (relation, _args, ctx) => graphData(ctx).entity.peek(relation.targetId) ?? entityOf(ctx, relation.targetId),
    evidence: async (relation, _args, ctx) => (await graphData(ctx).evidence.load(relation.id)) ?? [],
  },
  Evidence: {
    document: (evidence, _args, ctx) => documentOf(ctx, evidence.docId),
    mentions: (evidence, _args, ctx) =>
      graphData(ctx).reader.mentionsIn(evidence.docId, { start: evidence.start, end: evidence.end }),
  },
  Mention: {
    entity: (mention, _args, ctx) => entityOf(ctx, mention.entityId),
    document: (mention, _args, ctx) => documentOf(ctx, mention.docId),
  },
  Document: {
    mentions: (doc, _args, ctx) => graphData(ctx).reader.mentionsIn(doc.id, null),
    entities: async (doc, _args, ctx) => {
      const data = graphData(ctx);
      return data.entities(await data.reader.entitiesIn(doc.id));
    },
  },
  Community: {
    topMembers: async (community, { first }, ctx) => {
      const data = graphData(ctx);
      const max = checkRange("first", first ?? 5, 0, LIMITS.pageSize);
      return data.primeEntities(
        await data.cache.get(`members:${community.id}:${max}`, () => data.reader.communityMembers(community.id, max)),
      );
    },
  },
  GraphStats: {
    communities: (_stats, { first }, ctx) => {
      const data = graphData(ctx);
      const max = checkRange("first", first ?? 20, 0, LIMITS.pageSize);
      return data.cache.get(`communities:${max}`, () => data.reader.communities(max));
    },
  },
};
