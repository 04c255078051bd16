// Graph attributes <-> table rows. Every known attribute has its column; anything else a node or edge carries is
// kept in the row's `extra` JSON, so a graph read back from the store equals the graph written.
import type {
  DocumentAttributes,
  EntityAttributes,
  Evidence,
  GraphAttributes,
  Mention,
  RelationAttributes,
  SerializedEdge,
  SerializedNode,
} from "@newskg/graph-model";
import { normalizeSearchText } from "@newskg/graph-model";
import type { SqlValue } from "./db.js";
import { json } from "./db.js";
import { digest, digestRow } from "./hash.js";

const DOCUMENT_KEYS = new Set([
  "kind",
  "type",
  "label",
  "title",
  "publisher",
  "date",
  "url",
  "source",
  "file",
  "contentHash",
  "text",
  "wordCount",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
]);
const ENTITY_KEYS = new Set([
  "kind",
  "type",
  "label",
  "aliases",
  "roles",
  "description",
  "mentions",
  "docs",
  "mentionCount",
  "iso",
  "lat",
  "lng",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "curated",
]);
const RELATION_KEYS = new Set([
  "category",
  "label",
  "labels",
  "confidence",
  "weight",
  "date",
  "quantities",
  "cameo",
  "evidence",
  "docs",
  "curated",
  "note",
]);
const GRAPH_KEYS = new Set(["name", "builtAt", "builderVersion", "nerModel", "documentCount", "curationApplied"]);

function extraOf(attributes: object, known: Set<string>): string | null {
  let extra: Record<string, unknown> | null = null;
  for (const key in attributes) {
    if (known.has(key)) continue;
    const value = (attributes as Record<string, unknown>)[key];
    if (value !== undefined) (extra ??= {})[key] = value;
  }
  return extra ? JSON.stringify(extra) : null;
}

const opt = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** Lower case without diacritics: how names and aliases are matched. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export const DOCUMENT_COLUMNS = [
  "key",
  "label",
  "title",
  "publisher",
  "date",
  "url",
  "source",
  "file",
  "content_hash",
  "text",
  "word_count",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "extra",
  "row_hash",
  "child_hash",
  "built_in",
] as const;

export interface Planned {
  key: string;
  row: SqlValue[];
  /** Digest of the row's content, metrics excluded. */
  rowHash: string;
  childHash: string;
  /** The globally computed numbers (degree, PageRank, community, layout), compared apart from the content. */
  metrics: number[] | null;
}

/** Columns every build recomputes for the whole graph; a change there alone is a "rescore", not an update. */
export const METRIC_COLUMNS = ["degree", "pagerank", "community", "x", "y", "size"] as const;
const metricsOf = (a: { degree: number; pagerank: number; community: number; x: number; y: number; size: number }) => [
  a.degree,
  a.pagerank,
  a.community,
  a.x,
  a.y,
  a.size,
];

export function documentRow(node: SerializedNode, version: number): Planned {
  const a = node.attributes as DocumentAttributes;
  const values: SqlValue[] = [
    node.key,
    a.label,
    a.title,
    opt(a.publisher),
    opt(a.date),
    opt(a.url),
    opt(a.source),
    a.file,
    a.contentHash,
    a.text,
    a.wordCount,
    a.degree,
    a.pagerank,
    a.community,
    a.x,
    a.y,
    a.size,
    extraOf(a, DOCUMENT_KEYS),
  ];
  const childHash = digest([a.contentHash, a.text.length]);
  const rowHash = digestRow(
    values.filter((_v, i) => i !== 9 && (i < 11 || i > 16)),
    childHash,
  );
  return { key: node.key, row: [...values, rowHash, childHash, version], rowHash, childHash, metrics: metricsOf(a) };
}

export const ENTITY_COLUMNS = [
  "key",
  "type",
  "label",
  "roles",
  "description",
  "docs",
  "mention_count",
  "iso",
  "lat",
  "lng",
  "degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "curated",
  "extra",
  "sort_name",
  "row_hash",
  "child_hash",
  "built_in",
] as const;

export function entityRow(node: SerializedNode, version: number): Planned {
  const a = node.attributes as EntityAttributes;
  const values: SqlValue[] = [
    node.key,
    a.type,
    a.label,
    JSON.stringify(a.roles ?? []),
    opt(a.description),
    JSON.stringify(a.docs ?? []),
    a.mentionCount,
    opt(a.iso),
    opt(a.lat),
    opt(a.lng),
    a.degree,
    a.pagerank,
    a.community,
    a.x,
    a.y,
    a.size,
    opt(a.curated),
    extraOf(a, ENTITY_KEYS),
  ];
  const childHash = digest([a.label, a.aliases ?? [], a.mentions ?? []]);
  const rowHash = digestRow(
    values.filter((_v, i) => i < 10 || i > 15),
    childHash,
  );
  // sort_name follows from the label (hashed already), so stores from before the column keep their hashes.
  const sortName = normalizeSearchText(a.label) || a.label;
  return {
    key: node.key,
    row: [...values, sortName, rowHash, childHash, version],
    rowHash,
    childHash,
    metrics: metricsOf(a),
  };
}

export const ALIAS_COLUMNS = ["entity", "ord", "alias", "norm"] as const;
export const MENTION_COLUMNS = ["entity", "ord", "doc", "start_offset", "end_offset", "text", "sentence"] as const;
export const SENTENCE_COLUMNS = ["doc", "idx", "start_offset", "end_offset"] as const;

export function aliasRows(node: SerializedNode): SqlValue[][] {
  const a = node.attributes as EntityAttributes;
  return (a.aliases ?? []).map((alias, i) => [node.key, i, alias, normalizeName(alias)]);
}

export const NAME_COLUMNS = ["entity", "ord", "display", "norm"] as const;

/** The entity's distinct names (label, then aliases) under the API's search normaliser, first spelling kept. */
export function nameRows(key: string, label: string, aliases: readonly string[]): SqlValue[][] {
  const seen = new Set<string>();
  const rows: SqlValue[][] = [];
  for (const display of [label, ...aliases]) {
    const norm = normalizeSearchText(display);
    if (!norm || seen.has(norm)) continue;
    seen.add(norm);
    rows.push([key, rows.length, display, norm]);
  }
  return rows;
}

export function mentionRows(node: SerializedNode): SqlValue[][] {
  const a = node.attributes as EntityAttributes;
  return (a.mentions ?? []).map((m, i) => [node.key, i, m.doc, m.start, m.end, m.text, m.sentence]);
}

export const RELATION_COLUMNS = [
  "key",
  "source",
  "target",
  "category",
  "label",
  "labels",
  "confidence",
  "weight",
  "date",
  "quantities",
  "cameo",
  "docs",
  "curated",
  "note",
  "first_date",
  "extra",
  "row_hash",
  "child_hash",
  "built_in",
] as const;

const dated = (date: string | null | undefined): string | null => (date ? date : null);

/** The relation's own date, else the first of its documents (in its order) that has one: the API's date. */
export function firstDateOf(edge: SerializedEdge, documentDate: (key: string) => string | null | undefined) {
  const own = dated(edge.attributes.date);
  if (own !== null) return own;
  for (const doc of edge.attributes.docs ?? []) {
    const date = dated(documentDate(doc));
    if (date !== null) return date;
  }
  return null;
}

export function relationRow(edge: SerializedEdge, version: number, firstDate: string | null): Planned {
  const a = edge.attributes;
  const values: SqlValue[] = [
    edge.key,
    edge.source,
    edge.target,
    a.category,
    a.label,
    JSON.stringify(a.labels ?? []),
    a.confidence,
    a.weight,
    opt(a.date),
    a.quantities === undefined ? null : JSON.stringify(a.quantities),
    opt(a.cameo),
    JSON.stringify(a.docs ?? []),
    opt(a.curated),
    opt(a.note),
    firstDate,
    extraOf(a, RELATION_KEYS),
  ];
  const childHash = digest(a.evidence ?? []);
  const rowHash = digestRow(values, childHash);
  return { key: edge.key, row: [...values, rowHash, childHash, version], rowHash, childHash, metrics: null };
}

export const EVIDENCE_COLUMNS = [
  "relation",
  "ord",
  "doc",
  "start_offset",
  "end_offset",
  "text",
  "trigger_start",
  "trigger_end",
] as const;

export function evidenceRows(edge: SerializedEdge): SqlValue[][] {
  return (edge.attributes.evidence ?? []).map((e, i) => [
    edge.key,
    i,
    e.doc,
    e.start,
    e.end,
    e.text,
    e.trigger?.start ?? null,
    e.trigger?.end ?? null,
  ]);
}

export function graphExtra(attributes: GraphAttributes): string | null {
  return extraOf(attributes, GRAPH_KEYS);
}

// ---- reading back ----

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const setIf = (target: Record<string, unknown>, key: string, value: unknown) => {
  if (value !== null && value !== undefined) target[key] = value;
};
const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 1);

export function documentFromRow(r: Row): SerializedNode {
  const a: Record<string, unknown> = { kind: "document", type: "DOCUMENT", label: r.label, title: r.title };
  setIf(a, "publisher", r.publisher);
  setIf(a, "date", r.date);
  setIf(a, "url", r.url);
  setIf(a, "source", r.source);
  Object.assign(a, {
    file: r.file,
    contentHash: r.content_hash,
    text: r.text,
    wordCount: num(r.word_count),
    degree: num(r.degree),
    pagerank: num(r.pagerank),
    community: num(r.community),
    x: num(r.x),
    y: num(r.y),
    size: num(r.size),
  });
  Object.assign(a, json<object>(r.extra, {}));
  return { key: String(r.key), attributes: a as unknown as DocumentAttributes };
}

export function entityFromRow(r: Row, aliases: string[], mentions: Mention[]): SerializedNode {
  const a: Record<string, unknown> = {
    kind: "entity",
    type: r.type,
    label: r.label,
    aliases,
    roles: json<string[]>(r.roles, []),
  };
  setIf(a, "description", r.description);
  a.mentions = mentions;
  a.docs = json<string[]>(r.docs, []);
  a.mentionCount = num(r.mention_count);
  setIf(a, "iso", r.iso);
  if (r.lat !== null && r.lat !== undefined) a.lat = num(r.lat);
  if (r.lng !== null && r.lng !== undefined) a.lng = num(r.lng);
  Object.assign(a, {
    degree: num(r.degree),
    pagerank: num(r.pagerank),
    community: num(r.community),
    x: num(r.x),
    y: num(r.y),
    size: num(r.size),
  });
  setIf(a, "curated", bool(r.curated));
  Object.assign(a, json<object>(r.extra, {}));
  return { key: String(r.key), attributes: a as unknown as EntityAttributes };
}

export function mentionFromRow(r: Row): Mention {
  return {
    doc: String(r.doc),
    start: num(r.start_offset),
    end: num(r.end_offset),
    text: String(r.text),
    sentence: num(r.sentence),
  };
}

export function evidenceFromRow(r: Row): Evidence {
  const e: Evidence = { doc: String(r.doc), start: num(r.start_offset), end: num(r.end_offset), text: String(r.text) };
  if (r.trigger_start !== null && r.trigger_start !== undefined)
    e.trigger = { start: num(r.trigger_start), end: num(r.trigger_end) };
  return e;
}

export function relationFromRow(r: Row, evidence: Evidence[]): SerializedEdge {
  const a: Record<string, unknown> = {
    category: r.category,
    label: r.label,
    labels: json<string[]>(r.labels, []),
    confidence: num(r.confidence),
    weight: num(r.weight),
  };
  setIf(a, "date", r.date);
  const quantities = json<unknown>(r.quantities, null);
  if (quantities !== null) a.quantities = quantities;
  setIf(a, "cameo", r.cameo);
  a.evidence = evidence;
  a.docs = json<string[]>(r.docs, []);
  setIf(a, "curated", bool(r.curated));
  setIf(a, "note", r.note);
  Object.assign(a, json<object>(r.extra, {}));
  return {
    key: String(r.key),
    source: String(r.source),
    target: String(r.target),
    attributes: a as unknown as RelationAttributes,
  };
}

export function graphAttributesFromRow(r: Row): GraphAttributes {
  const a: Record<string, unknown> = {
    name: r.name,
    builtAt: r.built_at,
    builderVersion: r.builder_version,
  };
  setIf(a, "nerModel", r.ner_model);
  a.documentCount = num(r.document_count);
  a.curationApplied = bool(r.curation_applied) ?? false;
  Object.assign(a, json<object>(r.extra, {}));
  return a as unknown as GraphAttributes;
}
