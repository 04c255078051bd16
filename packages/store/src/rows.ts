// Graph attributes <-> table rows, both ways from one description per table (TableShape): which attribute sits
// in which column, how it converts, whether it may be absent, and whether it counts towards the row's content
// hash. Anything else a node or edge carries is kept in the row's `extra` JSON, so a graph read back from the
// store equals the graph written.
import type {
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

type Row = Record<string, unknown>;
type Attributes = Record<string, unknown>;

interface Field {
  attr: string;
  /** None for a child list (aliases, mentions, evidence) read from its own table and placed here. */
  column: string | null;
  conv: "text" | "num" | "json" | "bool";
  /** An absent attribute is stored as NULL and left out when read back. */
  optional: boolean;
  /** A graph-wide number every build recomputes: compared apart from the content (a "rescore"). */
  metric: boolean;
  /** Left out of the content hash because the child hash covers it (a document's text). */
  unhashed: boolean;
}

interface TableShape {
  /** Leading key columns, all hashed (relations: key, source, target). */
  keys: readonly string[];
  /** Attributes every row of the table has the same value of, set first when reading back. */
  head: Attributes;
  fields: readonly Field[];
  /** Columns computed from more than the row's own attributes, after `extra`. */
  derived: readonly { column: string; hashed: boolean }[];
}

const snake = (attr: string) => attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const field = (attr: string, conv: Field["conv"] = "text", flags: Partial<Field> = {}): Field => ({
  attr,
  column: snake(attr),
  conv,
  optional: false,
  metric: false,
  unhashed: false,
  ...flags,
});
const optional = (attr: string, conv: Field["conv"] = "text") => field(attr, conv, { optional: true });
const child = (attr: string): Field => ({ ...field(attr, "json"), column: null });

/** Columns every build recomputes for the whole graph; a change there alone is a "rescore", not an update. */
export const METRIC_COLUMNS = ["degree", "pagerank", "community", "x", "y", "size"] as const;
const METRICS = METRIC_COLUMNS.map((attr) => field(attr, "num", { metric: true }));

const DOCUMENT: TableShape = {
  keys: ["key"],
  head: { kind: "document", type: "DOCUMENT" },
  fields: [
    field("label"),
    field("title"),
    optional("publisher"),
    optional("date"),
    optional("url"),
    optional("source"),
    field("file"),
    field("contentHash"),
    field("text", "text", { unhashed: true }),
    field("wordCount", "num"),
    ...METRICS,
  ],
  derived: [],
};

const ENTITY: TableShape = {
  keys: ["key"],
  head: { kind: "entity" },
  fields: [
    field("type"),
    field("label"),
    child("aliases"),
    field("roles", "json"),
    optional("description"),
    child("mentions"),
    field("docs", "json"),
    field("mentionCount", "num"),
    optional("iso"),
    optional("lat", "num"),
    optional("lng", "num"),
    ...METRICS,
    optional("curated", "bool"),
  ],
  // sort_name follows from the label (hashed already), so stores from before the column keep their hashes.
  derived: [{ column: "sort_name", hashed: false }],
};

const RELATION: TableShape = {
  keys: ["key", "source", "target"],
  head: {},
  fields: [
    field("category"),
    field("label"),
    field("labels", "json"),
    field("confidence", "num"),
    field("weight", "num"),
    optional("date"),
    optional("quantities", "json"),
    optional("cameo"),
    child("evidence"),
    field("docs", "json"),
    optional("curated", "bool"),
    optional("note"),
  ],
  // first_date also depends on the documents' dates: hashed, so a changed document date rewrites the row.
  derived: [{ column: "first_date", hashed: true }],
};

const columnsOf = (shape: TableShape): string[] => [
  ...shape.keys,
  ...shape.fields.flatMap((f) => (f.column ? [f.column] : [])),
  "extra",
  ...shape.derived.map((d) => d.column),
  "row_hash",
  "child_hash",
  "built_in",
];
const knownKeys = (shape: TableShape) => new Set([...Object.keys(shape.head), ...shape.fields.map((f) => f.attr)]);

export const DOCUMENT_COLUMNS = columnsOf(DOCUMENT);
export const ENTITY_COLUMNS = columnsOf(ENTITY);
export const RELATION_COLUMNS = columnsOf(RELATION);
const DOCUMENT_KEYS = knownKeys(DOCUMENT);
const ENTITY_KEYS = knownKeys(ENTITY);
const RELATION_KEYS = knownKeys(RELATION);
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

function toSql(f: Field, value: unknown): SqlValue {
  if (f.conv === "json")
    return f.optional ? (value === undefined ? null : JSON.stringify(value)) : JSON.stringify(value ?? []);
  return value === undefined ? null : (value as SqlValue);
}

export interface Planned {
  key: string;
  row: SqlValue[];
  /** Digest of the row's content, metrics excluded. */
  rowHash: string;
  childHash: string;
  /** The globally computed numbers (degree, PageRank, community, layout), compared apart from the content. */
  metrics: number[] | null;
}

function plan(
  shape: TableShape,
  keys: string[],
  a: Attributes,
  known: Set<string>,
  derived: SqlValue[],
  childHash: string,
  version: number,
): Planned {
  const values: SqlValue[] = [...keys];
  const hashed: SqlValue[] = [...keys];
  const metrics: number[] = [];
  for (const f of shape.fields) {
    if (!f.column) continue;
    const value = toSql(f, a[f.attr]);
    values.push(value);
    if (f.metric) metrics.push(value as number);
    else if (!f.unhashed) hashed.push(value);
  }
  const extra = extraOf(a, known);
  values.push(extra, ...derived);
  hashed.push(extra, ...derived.filter((_v, i) => shape.derived[i]!.hashed));
  const rowHash = digestRow(hashed, childHash);
  return {
    key: keys[0]!,
    row: [...values, rowHash, childHash, version],
    rowHash,
    childHash,
    metrics: metrics.length > 0 ? metrics : null,
  };
}

function attributesFrom(shape: TableShape, r: Row, children: Attributes): Attributes {
  const a: Attributes = { ...shape.head };
  for (const f of shape.fields) {
    if (!f.column) {
      a[f.attr] = children[f.attr];
      continue;
    }
    const v = r[f.column];
    if (f.optional && (v === null || v === undefined)) continue;
    if (f.conv === "num") a[f.attr] = Number(v);
    else if (f.conv === "bool") a[f.attr] = v === true || v === 1;
    else if (f.conv === "json") {
      const parsed = json<unknown>(v, f.optional ? null : []);
      if (parsed !== null) a[f.attr] = parsed;
    } else a[f.attr] = v;
  }
  return Object.assign(a, json<Attributes>(r.extra, {}));
}

// ---- writing ----

export function documentRow(node: SerializedNode, version: number): Planned {
  const a = node.attributes as unknown as Attributes & { contentHash: string; text: string };
  return plan(DOCUMENT, [node.key], a, DOCUMENT_KEYS, [], digest([a.contentHash, a.text.length]), version);
}

export function entityRow(node: SerializedNode, version: number): Planned {
  const a = node.attributes as unknown as Attributes & { label: string; aliases?: string[]; mentions?: Mention[] };
  const sortName = normalizeSearchText(a.label) || a.label;
  const childHash = digest([a.label, a.aliases ?? [], a.mentions ?? []]);
  return plan(ENTITY, [node.key], a, ENTITY_KEYS, [sortName], childHash, version);
}

/**
 * The relation's own date, else the earliest publication date of its documents (when it was first reported): the
 * API's Relation.firstDate, the date the date filters and facets read (the explorer computes the same from a file).
 */
export function firstDateOf(
  edge: SerializedEdge,
  documentDate: (key: string) => string | null | undefined,
): string | null {
  if (edge.attributes.date) return edge.attributes.date;
  let earliest: string | null = null;
  for (const doc of edge.attributes.docs ?? []) {
    const date = documentDate(doc);
    if (date && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}

export function relationRow(edge: SerializedEdge, version: number, firstDate: string | null): Planned {
  const a = edge.attributes as unknown as Attributes;
  const keys = [edge.key, edge.source, edge.target];
  return plan(RELATION, keys, a, RELATION_KEYS, [firstDate], digest(edge.attributes.evidence ?? []), version);
}

export const ALIAS_COLUMNS = ["entity", "ord", "alias", "norm"] as const;
export const MENTION_COLUMNS = ["entity", "ord", "doc", "start_offset", "end_offset", "text", "sentence"] as const;
export const SENTENCE_COLUMNS = ["doc", "idx", "start_offset", "end_offset"] as const;
export const NAME_COLUMNS = ["entity", "ord", "display", "norm"] as const;
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

export function aliasRows(node: SerializedNode): SqlValue[][] {
  const aliases = (node.attributes as { aliases?: string[] }).aliases ?? [];
  return aliases.map((alias, i) => [node.key, i, alias, normalizeSearchText(alias)]);
}

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

export const NAME_WORD_COLUMNS = ["entity", "ord", "pos", "word", "pagerank", "type"] as const;

/** name_word_ranks rows of an entity's entity_names rows (nameRows): each word of each name, with its rank. */
export function nameWordRows(names: readonly SqlValue[][], pagerank: number, type: string): SqlValue[][] {
  const rows: SqlValue[][] = [];
  for (const [entity, ord, , norm] of names)
    String(norm)
      .split(" ")
      .forEach((word, pos) => {
        if (word) rows.push([entity!, ord!, pos, word, pagerank, type]);
      });
  return rows;
}

export function mentionRows(node: SerializedNode): SqlValue[][] {
  const mentions = (node.attributes as { mentions?: Mention[] }).mentions ?? [];
  return mentions.map((m, i) => [node.key, i, m.doc, m.start, m.end, m.text, m.sentence]);
}

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

export function documentFromRow(r: Row): SerializedNode {
  return { key: String(r.key), attributes: attributesFrom(DOCUMENT, r, {}) as never };
}

export function entityFromRow(r: Row, aliases: string[], mentions: Mention[]): SerializedNode {
  return { key: String(r.key), attributes: attributesFrom(ENTITY, r, { aliases, mentions }) as never };
}

export function relationFromRow(r: Row, evidence: Evidence[]): SerializedEdge {
  return {
    key: String(r.key),
    source: String(r.source),
    target: String(r.target),
    attributes: attributesFrom(RELATION, r, { evidence }) as unknown as RelationAttributes,
  };
}

export function mentionFromRow(r: Row): Mention {
  return {
    doc: String(r.doc),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    text: String(r.text),
    sentence: Number(r.sentence),
  };
}

export function evidenceFromRow(r: Row): Evidence {
  const e: Evidence = {
    doc: String(r.doc),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    text: String(r.text),
  };
  if (r.trigger_start !== null && r.trigger_start !== undefined)
    e.trigger = { start: Number(r.trigger_start), end: Number(r.trigger_end) };
  return e;
}

export function graphAttributesFromRow(r: Row): GraphAttributes {
  const a: Attributes = { name: r.name, builtAt: r.built_at, builderVersion: r.builder_version };
  if (r.ner_model !== null && r.ner_model !== undefined) a.nerModel = r.ner_model;
  a.documentCount = Number(r.document_count);
  a.curationApplied = r.curation_applied === true || r.curation_applied === 1;
  Object.assign(a, json<object>(r.extra, {}));
  return a as unknown as GraphAttributes;
}
