// Mutation root: authorise, validate against the current graph, then hand the change to the serial queue. The
// request's snapshot is replaced with the rebuilt graph so nested fields of the result show the change.
import type { CurationAction } from "@newskg/graph-model";
import { GraphQLError } from "../graphqlRuntime.js";
import type { GraphContext } from "../context.js";
import type { MutationResolvers } from "../generated/graphql.js";
import type { GraphIndex } from "../graph/buildGraphIndex.js";
import { normalizeText } from "../graph/normalizeText.js";
import { badInput } from "../limits.js";
import type { EntityRecord, RelationRecord } from "../model.js";

const requireEntity = (index: GraphIndex, id: string): EntityRecord => {
  const entity = index.entityById.get(id);
  if (!entity) throw new GraphQLError(`No entity with id "${id}".`, { extensions: { code: "NOT_FOUND", id } });
  return entity;
};

/** The entity after a rebuild: same id if it survived, else by (new) name, preferring the given type. */
function findEntity(index: GraphIndex | null, id: string, name: string, type?: string): EntityRecord | null {
  if (!index) return null;
  const byId = index.entityById.get(id);
  if (byId) return byId;
  const candidates = index.entityByName.get(normalizeText(name)) ?? [];
  return candidates.find((e) => e.type === type) ?? candidates[0] ?? null;
}

async function curate(ctx: GraphContext, action: CurationAction, check: (index: GraphIndex) => void) {
  ctx.mutations.authorize(ctx.bearerToken);
  ctx.snapshot = await ctx.mutations.curate(action, check);
  return ctx.snapshot.index;
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
    const index = await curate(ctx, { op: "merge", entities: ids, ...(into ? { into } : {}), ...noteOf(note) }, (i) => {
      if (ids.length < 2 && !(ids.length === 1 && into)) throw badInput("Merge needs at least two entities.");
      for (const id of ids) requireEntity(i, id);
      target = requireEntity(i, into ?? ids[0]!);
    });
    const merged = target as EntityRecord | null;
    const entity = merged ? findEntity(index, merged.id, merged.label, merged.type) : null;
    return { ok: true, message: `merged ${ids.length} entities`, entity, relation: null };
  },

  renameEntity: async (_root, { id, label, note }, ctx) => {
    let type: string | undefined;
    const index = await curate(ctx, { op: "rename", entity: id, label, ...noteOf(note) }, (i) => {
      if (!label.trim()) throw badInput('"label" must not be empty.');
      type = requireEntity(i, id).type;
    });
    const entity = findEntity(index, id, label, type);
    return { ok: true, message: `renamed to "${label}"`, entity, relation: null };
  },

  retypeEntity: async (_root, { id, type, note }, ctx) => {
    let label = "";
    const index = await curate(ctx, { op: "retype", entity: id, type, ...noteOf(note) }, (i) => {
      label = requireEntity(i, id).label;
    });
    return { ok: true, message: `retyped as ${type}`, entity: findEntity(index, id, label, type), relation: null };
  },

  rejectEntity: async (_root, { id, note }, ctx) => {
    let label = "";
    await curate(ctx, { op: "rejectEntity", entity: id, ...noteOf(note) }, (i) => {
      label = requireEntity(i, id).label;
    });
    return { ok: true, message: `rejected "${label}"`, entity: null, relation: null };
  },

  rejectRelation: async (_root, { id, note }, ctx) => {
    const relation = ctx.snapshot.index?.relationById.get(id);
    if (!relation) throw new GraphQLError(`No relation with id "${id}".`, { extensions: { code: "NOT_FOUND", id } });
    const { sourceId, targetId, category, label } = relation;
    await curate(
      ctx,
      { op: "rejectRelation", source: sourceId, target: targetId, category, label, ...noteOf(note) },
      () => {},
    );
    return { ok: true, message: `rejected ${category} "${label}"`, entity: null, relation: null };
  },

  addRelation: async (_root, { input }, ctx) => {
    const { source, target, category, label, note, confidence } = input;
    const index = await curate(
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
      (i) => {
        requireEntity(i, source);
        requireEntity(i, target);
        if (source === target) throw badInput("A relation needs two different entities.");
        if (!label.trim()) throw badInput('"label" must not be empty.');
        if (typeof confidence === "number" && !(confidence >= 0 && confidence <= 1))
          throw badInput('"confidence" must be between 0 and 1.');
      },
    );
    // The builder may fold the added relation into an extracted one between the same pair: prefer an exact label.
    const candidates = (index?.entityById.get(source)?.relationRecords ?? []).filter(
      (r) =>
        r.category === category &&
        ((r.sourceId === source && r.targetId === target) || (r.sourceId === target && r.targetId === source)),
    );
    const relation: RelationRecord | null =
      candidates.find((r) => r.label === label) ?? candidates.find((r) => r.labels.includes(label)) ?? null;
    return { ok: true, message: `added ${category} "${label}"`, entity: null, relation };
  },
};
