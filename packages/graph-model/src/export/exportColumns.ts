// The columns exported for nodes and edges (GEXF/GraphML attributes, CSV columns). Bulky fields (document text,
// mention lists, evidence sentences) are summarised: exports feed tools like Gephi and spreadsheets.
import type { NodeAttributes, RelationAttributes } from "../types.js";

export type ColumnType = "string" | "integer" | "double" | "boolean";
type Value = string | number | boolean | undefined;

export interface Column<A> {
  id: string;
  type: ColumnType;
  get: (attributes: A) => Value;
}

const list = (values: readonly string[] | undefined): string | undefined =>
  values && values.length > 0 ? values.join("|") : undefined;

const entity =
  <K extends string>(key: K) =>
  (a: NodeAttributes) =>
    a.kind === "entity" ? (a as unknown as Record<K, Value>)[key] : undefined;
const doc =
  <K extends string>(key: K) =>
  (a: NodeAttributes) =>
    a.kind === "document" ? (a as unknown as Record<K, Value>)[key] : undefined;

export const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: "kind", type: "string", get: (a) => a.kind },
  { id: "type", type: "string", get: (a) => a.type },
  { id: "label", type: "string", get: (a) => a.label },
  { id: "aliases", type: "string", get: (a) => (a.kind === "entity" ? list(a.aliases) : undefined) },
  { id: "roles", type: "string", get: (a) => (a.kind === "entity" ? list(a.roles) : undefined) },
  { id: "description", type: "string", get: entity("description") },
  { id: "mentionCount", type: "integer", get: entity("mentionCount") },
  { id: "docs", type: "string", get: (a) => (a.kind === "entity" ? list(a.docs) : undefined) },
  { id: "iso", type: "string", get: entity("iso") },
  { id: "lat", type: "double", get: entity("lat") },
  { id: "lng", type: "double", get: entity("lng") },
  { id: "title", type: "string", get: doc("title") },
  { id: "publisher", type: "string", get: doc("publisher") },
  { id: "date", type: "string", get: doc("date") },
  { id: "url", type: "string", get: doc("url") },
  { id: "file", type: "string", get: doc("file") },
  { id: "wordCount", type: "integer", get: doc("wordCount") },
  { id: "degree", type: "integer", get: (a) => a.degree },
  { id: "pagerank", type: "double", get: (a) => a.pagerank },
  { id: "community", type: "integer", get: (a) => a.community },
  { id: "x", type: "double", get: (a) => a.x },
  { id: "y", type: "double", get: (a) => a.y },
  { id: "size", type: "double", get: (a) => a.size },
  { id: "curated", type: "boolean", get: entity("curated") },
];

export const EDGE_COLUMNS: Column<RelationAttributes>[] = [
  { id: "category", type: "string", get: (a) => a.category },
  { id: "label", type: "string", get: (a) => a.label },
  { id: "labels", type: "string", get: (a) => list(a.labels) },
  { id: "confidence", type: "double", get: (a) => a.confidence },
  { id: "weight", type: "double", get: (a) => a.weight },
  { id: "date", type: "string", get: (a) => a.date },
  { id: "quantities", type: "string", get: (a) => list(a.quantities?.map((q) => q.text)) },
  { id: "cameo", type: "string", get: (a) => a.cameo },
  { id: "docs", type: "string", get: (a) => list(a.docs) },
  { id: "evidenceCount", type: "integer", get: (a) => a.evidence.length },
  { id: "evidence", type: "string", get: (a) => a.evidence[0]?.text },
  { id: "curated", type: "boolean", get: (a) => a.curated },
  { id: "note", type: "string", get: (a) => a.note },
];

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
