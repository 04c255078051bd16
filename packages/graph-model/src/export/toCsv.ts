// CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled): one file for nodes, one for edges.
import type { SerializedKnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, NODE_COLUMNS } from "./exportColumns.js";

/** Quotes when needed; text that a spreadsheet would run as a formula (=, +, @, -x) is prefixed with '. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^(?:[=+@\t\r]|-[^\d.\s])/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | boolean | undefined)[]): string => fields.map(csvField).join(",");

export function toNodesCsv(graph: SerializedKnowledgeGraph): string {
  const lines = [row(["key", ...NODE_COLUMNS.map((c) => c.id)])];
  for (const { key, attributes } of graph.nodes) lines.push(row([key, ...NODE_COLUMNS.map((c) => c.get(attributes))]));
  return lines.join("\r\n") + "\r\n";
}

export function toEdgesCsv(graph: SerializedKnowledgeGraph): string {
  const lines = [row(["key", "source", "target", ...EDGE_COLUMNS.map((c) => c.id)])];
  for (const { key, source, target, attributes } of graph.edges)
    lines.push(row([key, source, target, ...EDGE_COLUMNS.map((c) => c.get(attributes))]));
  return lines.join("\r\n") + "\r\n";
}
