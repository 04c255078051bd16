// Field resolvers of the object types backed by index records (see ../model.ts). Scalar fields resolve by name.
import type { GraphContext } from "../context.js";
import { requireIndex } from "../context.js";
import type { Resolvers } from "../generated/graphql.js";
import { relationPredicate } from "../graph/relationFilter.js";
import { checkRange, LIMITS } from "../limits.js";
import type { DocumentRecord, EntityRecord, MentionRecord } from "../model.js";

function entityOf(ctx: GraphContext, id: string): EntityRecord {
  const entity = requireIndex(ctx).entityById.get(id);
  if (!entity) throw new Error(`entity "${id}" is missing from the graph`);
  return entity;
}

function documentOf(ctx: GraphContext, id: string): DocumentRecord {
  const doc = requireIndex(ctx).documentById.get(id);
  if (doc) return doc;
  // Evidence or mentions pointing at a document the graph does not hold: show the reference, not an error.
  return {
    id,
    title: id,
    publisher: null,
    date: null,
    url: null,
    source: null,
    file: "",
    wordCount: 0,
    text: "",
    mentionRecords: [],
    entityIds: [],
  };
}

/** Mentions of a document whose span lies inside [start, end), via binary search on the sorted list. */
function mentionsWithin(doc: DocumentRecord, start: number, end: number): MentionRecord[] {
  const list = doc.mentionRecords;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRecord[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

export const typeResolvers: Resolvers = {
  Entity: {
    relations: (entity, { filter, first }, ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.entityRelations);
      const keep = relationPredicate(requireIndex(ctx), filter);
      if (!keep) return entity.relationRecords.slice(0, max);
      const out = [];
      for (const relation of entity.relationRecords) {
        if (out.length >= max) break;
        if (keep(relation)) out.push(relation);
      }
      return out;
    },
    mentions: (entity, { document, first }, _ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.entityRelations);
      const list = document ? entity.mentionRecords.filter((m) => m.docId === document) : entity.mentionRecords;
      return list.slice(0, max);
    },
    documents: (entity, { first }, ctx) => {
      const max = checkRange("first", first ?? 50, 0, LIMITS.pageSize);
      const index = requireIndex(ctx);
      return entity.docIds
        .map((id) => index.documentById.get(id))
        .filter((d) => d !== undefined)
        .sort((a, b) => ((a.date ?? "") < (b.date ?? "") ? 1 : (a.date ?? "") > (b.date ?? "") ? -1 : 0))
        .slice(0, max);
    },
  },
  Relation: {
    source: (relation, _args, ctx) => entityOf(ctx, relation.sourceId),
    target: (relation, _args, ctx) => entityOf(ctx, relation.targetId),
    evidence: (relation) => relation.evidenceRecords,
  },
  Evidence: {
    document: (evidence, _args, ctx) => documentOf(ctx, evidence.docId),
    mentions: (evidence, _args, ctx) => mentionsWithin(documentOf(ctx, evidence.docId), evidence.start, evidence.end),
  },
  Mention: {
    entity: (mention, _args, ctx) => entityOf(ctx, mention.entityId),
    document: (mention, _args, ctx) => documentOf(ctx, mention.docId),
  },
  Document: {
    mentions: (doc) => doc.mentionRecords,
    entities: (doc, _args, ctx) => doc.entityIds.map((id) => entityOf(ctx, id)),
  },
  Community: {
    topMembers: (community, { first }) =>
      community.members.slice(0, checkRange("first", first ?? 5, 0, LIMITS.pageSize)),
  },
  GraphStats: {
    communities: (stats, { first }) =>
      stats.communityRecords.slice(0, checkRange("first", first ?? 20, 0, LIMITS.pageSize)),
  },
};
