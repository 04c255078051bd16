// API results in the explorer's graph-file shapes (KgData), so one set of panels serves both sources. What the API
// leaves for later (mentions, evidence, article text) starts empty and is filled in on demand.

import type { DocumentAttributes, EntityAttributes, RelationAttributes } from "@newskg/graph-model";
import { communityName } from "../core/communities/communityNames.js";
import type { GraphFacets } from "../core/facets/graphFacets.js";
import type { KgRelation } from "../core/graph/parseGraph.js";
import { columnsToRows } from "./columnsToRows.js";
import { ApiError } from "./gqlRequest.js";
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

const apiError = (message: string) => new ApiError(message);

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
  const keys = ["id", "label", "type", "degree", "pagerank", "community", "x", "y", "size"] as const;
  return columnsToRows(c, keys, apiError).map((r) => [
    r.id,
    {
      kind: "entity",
      type: r.type,
      label: r.label,
      aliases: [],
      roles: [],
      mentions: [],
      docs: [],
      mentionCount: 0,
      degree: r.degree,
      pagerank: r.pagerank,
      community: r.community,
      x: Number.isFinite(r.x) ? r.x : 0,
      y: Number.isFinite(r.y) ? r.y : 0,
      size: r.size,
    },
  ]);
}

/** Relations sent as columns (KgEdgeColumns), as relationFromApi makes them from KgEdgeFields. */
export function relationsFromColumns(c: KgEdgeColumnsFragment): KgRelation[] {
  const keys = [
    "id",
    "sourceId",
    "targetId",
    "category",
    "label",
    "confidence",
    "weight",
    "date",
    "firstDate",
  ] as const;
  return columnsToRows(c, keys, apiError).map((r) =>
    relationFromApi({ ...r, date: r.date ?? null, firstDate: r.firstDate ?? null }),
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
