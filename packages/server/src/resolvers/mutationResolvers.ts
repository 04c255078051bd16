// Mutation root: authorise, validate against the current graph, then hand the change to the serial queue. The
// request's snapshot is replaced with the rebuilt graph so nested fields of the result show the change.
import type { CurationAction } from "@newskg/graph-model";
import { GraphQLError } from "../graphqlRuntime.js";
import type { GraphContext } from "../context.js";
import { graphData } from "../context.js";
import type { MutationResolvers } from "../generated/graphql.js";
import type { GraphData } from "../graph/graphData.js";
import { normalizeText } from "../graph/normalizeText.js";
import { badInput } from "../limits.js";
import type { EntityRecord, RelationRecord } from "../model.js";

const requireEntity = async (data: GraphData, id: string): Promise<EntityRecord> => {
  const entity = await data.entity.load(id);
  if (!entity) throw new GraphQLError(`No entity with id "${id}".`, { extensions: { code: "NOT_FOUND", id } });
  return entity;
};

/** The entity after a rebuild: same id if it survived, else by (new) name, preferring the given type. */
async function findEntity(ctx: GraphContext, id: string, name: string, type?: string): Promise<EntityRecord | null> {
  if (!ctx.snapshot.reader) return null;
  const data = graphData(ctx);
  const byId = await data.entity.load(id);
  if (byId) return byId;
  const names = await data.reader.namesExact(normalizeText(name), [], 20);
  const candidates = await data.entities(names.map((n) => n.entityId));
  return candidates.find((e) => e.type === type) ?? candidates[0] ?? null;
}

async function curate(ctx: GraphContext, action: CurationAction, check: (data: GraphData) => Promise<void>) {
  ctx.mutations.authorize(ctx.bearerToken);
  ctx.snapshot = await ctx.mutations.curate(action, check);
}

const noteOf = (note: string | null | undefined) => (note ? { note } : {});

export const mutationResolvers: MutationResolvers = {
  addArticle: async (_root, { input, wait }, ctx) => {
    ctx.mutations.authorize(ctx.bearerToken);
    const job = await ctx.mutations.addArticle(input, wait ?? true);
    if (wait ?? true) ctx.snapshot = ctx.mutations.currentSnapshot();
    return { ...job };
  },

  deleteArticle: async (_root, { id, wait }, ctx) => {
    ctx.mutations.authorize(ctx.bearerToken);
    const job = await ctx.mutations.deleteArticle(id, wait ?? true);
    if (wait ?? true) ctx.snapshot = ctx.mutations.currentSnapshot();
    return { ...job };
  },

  mergeEntities: async (_root, { ids, into, note }, ctx) => {
    let target: EntityRecord | null = null;
    await curate(ctx, { op: "merge", entities: ids, ...(into ? { into } : {}), ...noteOf(note) }, async (data) => {
      if (ids.length < 2 && !(ids.length === 1 && into)) throw badInput("Merge needs at least two entities.");
      for (const id of ids) await requireEntity(data, id);
      target = await requireEntity(data, into ?? ids[0]!);
    });
    const merged = target as EntityRecord | null;
    const entity = merged ? await findEntity(ctx, merged.id, merged.label, merged.type) : null;
    return { ok: true, message: `merged ${ids.length} entities`, entity, relation: null };
  },

  renameEntity: async (_root, { id, label, note }, ctx) => {
    let type: string | undefined;
    await curate(ctx, { op: "rename", entity: id, label, ...noteOf(note) }, async (data) => {
      if (!label.trim()) throw badInput('"label" must not be empty.');
      type = (await requireEntity(data, id)).type;
    });
    const entity = await findEntity(ctx, id, label, type);
    return { ok: true, message: `renamed to "${label}"`, entity, relation: null };
  },

  retypeEntity: async (_root, { id, type, note }, ctx) => {
    let label = "";
    await curate(ctx, { op: "retype", entity: id, type, ...noteOf(note) }, async (data) => {
      label = (await requireEntity(data, id)).label;
    });
    return { ok: true, message: `retyped as ${type}`, entity: await findEntity(ctx, id, label, type), relation: null };
  },

  rejectEntity: async (_root, { id, note }, ctx) => {
    let label = "";
    await curate(ctx, { op: "rejectEntity", entity: id, ...noteOf(note) }, async (data) => {
      label = (await requireEntity(data, id)).label;
    });
    return { ok: true, message: `rejected "${label}"`, entity: null, relation: null };
  },

  rejectRelation: async (_root, { id, note }, ctx) => {
    const relation = ctx.snapshot.reader ? await graphData(ctx).relation.load(id) : undefined;
    if (!relation) throw new GraphQLError(`No relation with id "${id}".`, { extensions: { code: "NOT_FOUND", id } });
    const { sourceId, targetId, category, label } = relation;
    await curate(
      ctx,
      { op: "rejectRelation", source: sourceId, target: targetId, category, label, ...noteOf(note) },
      async () => {},
    );
    return { ok: true, message: `rejected ${category} "${label}"`, entity: null, relation: null };
  },

  addRelation: async (_root, { input }, ctx) => {
    const { source, target, category, label, note, confidence } = input;
    await curate(
      ctx,
      {
        op: "addRelation",
        source,
        target,
        category,
        label,
        ...(typeof confidence === "number" ? { confidence } : {}),
        ...noteOf(note),
      },
      async (data) => {
        await requireEntity(data, source);
        await requireEntity(data, target);
        if (source === target) throw badInput("A relation needs two different entities.");
        if (!label.trim()) throw badInput('"label" must not be empty.');
        if (typeof confidence === "number" && !(confidence >= 0 && confidence <= 1))
          throw badInput('"confidence" must be between 0 and 1.');
      },
    );
    // The builder may fold the added relation into an extracted one between the same pair: prefer an exact label.
    const candidates = ctx.snapshot.reader
      ? await graphData(ctx).reader.relationsAmong([source, target], { categories: [category] }, 1000)
      : [];
    const relation: RelationRecord | null =
      candidates.find((r) => r.label === label) ?? candidates.find((r) => r.labels.includes(label)) ?? null;
    return { ok: true, message: `added ${category} "${label}"`, entity: null, relation };
  },
};
