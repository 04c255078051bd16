// API results in the explorer's graph-file shapes (KgData), so one set of panels serves both sources. What the API
// leaves for later (mentions, evidence, article text) starts empty and is filled in on demand.

import type { DocumentAttributes, EntityAttributes, RelationAttributes } from "@newskg/graph-model";
import type { KgRelation } from "../core/graph/parseGraph.js";
import type { KgDocumentQuery, KgEntityFieldsFragment, KgRelationFieldsFragment } from "./generated/operations.js";

export function entityFromApi(e: KgEntityFieldsFragment): EntityAttributes {
  return {
    kind: "entity",
    type: e.type,
    label: e.label,
    aliases: e.aliases,
    roles: e.roles,
    ...(e.description ? { description: e.description } : {}),
    mentions: [],
    docs: [],
    mentionCount: e.mentionCount,
    degree: e.degree,
    pagerank: e.pagerank,
    community: e.community,
    x: Number.isFinite(e.x) ? e.x : 0,
    y: Number.isFinite(e.y) ? e.y : 0,
    size: e.size,
  };
}

export function relationFromApi(r: KgRelationFieldsFragment): KgRelation {
  const attributes: RelationAttributes = {
    category: r.category,
    label: r.label,
    labels: r.labels,
    confidence: r.confidence,
    weight: r.weight,
    ...(r.date ? { date: r.date } : {}),
    quantities: r.quantities.map((q) => ({ value: q.value, text: q.text, ...(q.unit ? { unit: q.unit } : {}) })),
    ...(r.cameo ? { cameo: r.cameo } : {}),
    ...(r.note ? { note: r.note } : {}),
    curated: r.curated,
    evidence: [],
    docs: [],
  };
  return { key: r.id, source: r.source.id, target: r.target.id, attributes };
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
