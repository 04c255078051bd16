// CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled): one file for nodes, one for edges.
import type { SerializedKnowledgeGraph } from "../types.js";
import { EDGE_COLUMNS, NODE_COLUMNS } from "./exportColumns.js";
import type { ExportFormat } from "./exportFormat.js";
import { formatGraph } from "./exportFormat.js";

/** Quotes when needed; text that a spreadsheet would run as a formula (=, +, @, -x) is prefixed with '. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^(?:[=+@\t\r]|-[^\d.\s])/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | boolean | undefined)[]): string => fields.map(csvField).join(",");

/** Nodes CSV in pieces, so a large graph can be written row by row (see ExportFormat). */
export function nodesCsvFormat(): ExportFormat {
  return {
    head: row(["key", ...NODE_COLUMNS.map((c) => c.id)]),
    separator: "\r\n",
    node: ({ key, attributes }) => row([key, ...NODE_COLUMNS.map((c) => c.get(attributes))]),
    middle: null,
    edge: null,
    tail: "\r\n",
  };
}

export function edgesCsvFormat(): ExportFormat {
  return {
    head: row(["key", "source", "target", ...EDGE_COLUMNS.map((c) => c.id)]),
    separator: "\r\n",
    node: null,
    middle: null,
    edge: ({ key, source, target, attributes }) =>
      row([key, source, target, ...EDGE_COLUMNS.map((c) => c.get(attributes))]),
    tail: "\r\n",
  };
}

export function toNodesCsv(graph: SerializedKnowledgeGraph): string {
  return formatGraph(nodesCsvFormat(), graph);
}

export function toEdgesCsv(graph: SerializedKnowledgeGraph): string {
  return formatGraph(edgesCsvFormat(), graph);
}
