// API results in the explorer's graph-file shapes (KgData), so one set of panels serves both sources. What the API
// leaves for later (mentions, evidence, article text) starts empty and is filled in on demand.

import type { DocumentAttributes, EntityAttributes, RelationAttributes } from "@newskg/graph-model";
import { communityName } from "../core/communities/communityNames.js";
import type { GraphFacets } from "../core/facets/graphFacets.js";
import type { KgRelation } from "../core/graph/parseGraph.js";
import type {
  KgDocumentQuery,
  KgEdgeColumnsFragment,
  KgEdgeFieldsFragment,
  KgEntityFieldsFragment,
  KgEvidenceFieldsFragment,
  KgFacetsQuery,
  KgNodeColumnsFragment,
  KgNodeFieldsFragment,
} from "./generated/operations.js";

/** An entity as drawn (KgNodeFields) or in full (KgEntityFields: names, roles, description, mentions). */
export function entityFromApi(e: KgNodeFieldsFragment | KgEntityFieldsFragment): EntityAttributes {
  const full = "aliases" in e ? e : null;
  return {
    kind: "entity",
    type: e.type,
    label: e.label,
    aliases: full?.aliases ?? [],
    roles: full?.roles ?? [],
    ...(full?.description ? { description: full.description } : {}),
    mentions: [],
    docs: [],
    mentionCount: full?.mentionCount ?? 0,
    degree: e.degree,
    pagerank: e.pagerank,
    community: e.community,
    x: Number.isFinite(e.x) ? e.x : 0,
    y: Number.isFinite(e.y) ? e.y : 0,
    size: full?.size ?? 0,
  };
}

/** The details of an entity drawn earlier from KgNodeFields. */
export function completeEntity(target: EntityAttributes, e: KgEntityFieldsFragment): void {
  target.aliases = e.aliases;
  target.roles = e.roles;
  if (e.description) target.description = e.description;
  target.mentionCount = e.mentionCount;
  target.size = e.size;
}

export function relationFromApi(r: KgEdgeFieldsFragment): KgRelation {
  const attributes: RelationAttributes = {
    category: r.category,
    label: r.label,
    labels: [r.label],
    confidence: r.confidence,
    weight: r.weight,
    ...(r.date ? { date: r.date } : {}),
    evidence: [],
    docs: [],
  };
  return {
    key: r.id,
    source: r.sourceId,
    target: r.targetId,
    attributes,
    ...(r.firstDate ? { firstDate: r.firstDate } : {}),
  };
}

/** Entities sent as columns (KgNodeColumns), as entityFromApi makes them from KgNodeFields. */
export function entitiesFromColumns(c: KgNodeColumnsFragment): Array<[string, EntityAttributes]> {
  return c.id.map((id, i) => {
    const x = c.x[i]!;
    const y = c.y[i]!;
    const entity: EntityAttributes = {
      kind: "entity",
      type: c.type[i]!,
      label: c.label[i]!,
      aliases: [],
      roles: [],
      mentions: [],
      docs: [],
      mentionCount: 0,
      degree: c.degree[i]!,
      pagerank: c.pagerank[i]!,
      community: c.community[i]!,
      x: Number.isFinite(x) ? x : 0,
      y: Number.isFinite(y) ? y : 0,
      size: c.size[i]!,
    };
    return [id, entity];
  });
}

/** Relations sent as columns (KgEdgeColumns), as relationFromApi makes them from KgEdgeFields. */
export function relationsFromColumns(c: KgEdgeColumnsFragment): KgRelation[] {
  return c.id.map((id, i) =>
    relationFromApi({
      id,
      sourceId: c.sourceId[i]!,
      targetId: c.targetId[i]!,
      category: c.category[i]!,
      label: c.label[i]!,
      confidence: c.confidence[i]!,
      weight: c.weight[i]!,
      date: c.date[i] ?? null,
      firstDate: c.firstDate[i] ?? null,
    }),
  );
}

/** What a relation's evidence request adds: its other wordings, quantities, CAMEO code, curation note. */
export function completeRelation(target: RelationAttributes, r: KgEvidenceFieldsFragment): void {
  if (r.labels.length) target.labels = r.labels;
  target.quantities = r.quantities.map((q) => ({ value: q.value, text: q.text, ...(q.unit ? { unit: q.unit } : {}) }));
  if (r.cameo) target.cameo = r.cameo;
  if (r.note) target.note = r.note;
  target.curated = r.curated;
}

/** A document known by its title only (from an evidence sentence), until its text is asked for. */
export function documentStub(d: { id: string; title: string; date: string | null }): DocumentAttributes {
  return documentFromApi({ ...d, publisher: null, url: null, source: null, file: "", wordCount: 0, text: "" });
}

export function documentFromApi(d: Omit<NonNullable<KgDocumentQuery["document"]>, "mentions">): DocumentAttributes {
  return {
    kind: "document",
    type: "DOCUMENT",
    label: d.title,
    title: d.title,
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.date ? { date: d.date } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.source ? { source: d.source } : {}),
    file: d.file,
    contentHash: "",
    text: d.text,
    wordCount: d.wordCount,
    degree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 0,
  };
}

/** The server's whole-graph counts in the shape the legend and the filters read. */
export function facetsFromApi(answer: KgFacetsQuery): GraphFacets {
  const f = answer.facets;
  return {
    scope: "whole",
    entityCount: f.entityCount,
    relationCount: f.relationCount,
    entitiesByType: new Map(f.entitiesByType.map((t) => [t.type, t.count])),
    relationsByCategory: new Map(f.relationsByCategory.map((c) => [c.category, c.count])),
    communities: answer.stats.communities.map((c) => ({
      id: c.id,
      size: c.size,
      name: communityName(
        c.topMembers.map((m) => m.label),
        c.size,
      ),
    })),
    dateRange: f.dateRange,
  };
}
