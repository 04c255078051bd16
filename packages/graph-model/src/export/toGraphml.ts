// GraphML with typed <key> declarations for every exported attribute (yEd, Cytoscape, NetworkX, igraph).
import type { GraphAttributes, SerializedKnowledgeGraph } from "../types.js";
import type { ExportFormat } from "./exportFormat.js";
import { formatGraph } from "./exportFormat.js";
import { escapeXml } from "./escapeXml.js";
import { nodeColor } from "../nodeColors.js";
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from "./exportColumns.js";

const GRAPHML_TYPES = { string: "string", integer: "long", double: "double", boolean: "boolean" } as const;

function keys<A>(kind: "node" | "edge", prefix: string, columns: Column<A>[]): string[] {
  return columns.map(
    (c) => `  <key id="${prefix}_${c.id}" for="${kind}" attr.name="${c.id}" attr.type="${GRAPHML_TYPES[c.type]}"/>`,
  );
}

function data<A>(prefix: string, columns: Column<A>[], attributes: A): string {
  return columns
    .map((c) => [c.id, c.get(attributes)] as const)
    .filter(([, v]) => v !== undefined && v !== "" && !(typeof v === "number" && !Number.isFinite(v)))
    .map(([id, v]) => `<data key="${prefix}_${id}">${escapeXml(String(v))}</data>`)
    .join("");
}

/** The pieces of a GraphML file, so a large graph can be written node by node (see ExportFormat). */
export function graphmlFormat(attributes: Partial<GraphAttributes>): ExportFormat {
  const head = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys("node", "n", NODE_COLUMNS),
    `  <key id="n_color" for="node" attr.name="color" attr.type="string"/>`,
    ...keys("edge", "e", EDGE_COLUMNS),
    `  <graph id="${escapeXml(attributes.name ?? "G")}" edgedefault="directed">`,
  ].join("\n");
  return {
    head,
    separator: "\n",
    node: ({ key, attributes: a }) =>
      `    <node id="${escapeXml(key)}">${data("n", NODE_COLUMNS, a)}<data key="n_color">${nodeColor(a.type)}</data></node>`,
    middle: null,
    edge: ({ key, source, target, attributes: a }) =>
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data("e", EDGE_COLUMNS, a)}</edge>`,
    tail: `  </graph>\n</graphml>\n`,
  };
}

export function toGraphml(graph: SerializedKnowledgeGraph): string {
  return formatGraph(graphmlFormat(graph.attributes), graph);
}
