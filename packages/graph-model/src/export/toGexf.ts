// GEXF 1.3 (Gephi's format): attributes declared once, positions, sizes and colours in the viz namespace.
import type { GraphAttributes, SerializedKnowledgeGraph } from "../types.js";
import type { ExportFormat } from "./exportFormat.js";
import { formatGraph } from "./exportFormat.js";
import { escapeXml } from "./escapeXml.js";
import { edgeColor, nodeColor } from "../nodeColors.js";
import { EDGE_COLUMNS, NODE_COLUMNS, hexToRgb, type Column, type ColumnType } from "./exportColumns.js";

const GEXF_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
};

function declare<A>(kind: "node" | "edge", columns: Column<A>[]): string {
  const lines = columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${GEXF_TYPES[c.type]}"/>`);
  return `    <attributes class="${kind}">\n${lines.join("\n")}\n    </attributes>`;
}

function attvalues<A>(columns: Column<A>[], attributes: A): string {
  const values = columns
    .map((c) => [c.id, c.get(attributes)] as const)
    .filter(([, v]) => v !== undefined && v !== "" && !(typeof v === "number" && !Number.isFinite(v)))
    .map(([id, v]) => `<attvalue for="${id}" value="${escapeXml(String(v))}"/>`);
  return values.length > 0 ? `<attvalues>${values.join("")}</attvalues>` : "";
}

const rgb = (hex: string): string => {
  const [r, g, b] = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
};

/** The pieces of a GEXF file, so a large graph can be written node by node (see ExportFormat). */
export function gexfFormat(attributes: Partial<GraphAttributes>): ExportFormat {
  const head = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${escapeXml((attributes.builtAt ?? "").slice(0, 10))}">`,
    `    <creator>newskg ${escapeXml(attributes.builderVersion ?? "")}</creator>`,
    `    <description>${escapeXml(attributes.name ?? "")}</description>`,
    `  </meta>`,
    `  <graph defaultedgetype="directed" mode="static">`,
    declare("node", NODE_COLUMNS),
    declare("edge", EDGE_COLUMNS),
    `    <nodes>`,
  ].join("\n");
  return {
    head,
    separator: "\n",
    node: ({ key, attributes: a }) =>
      `      <node id="${escapeXml(key)}" label="${escapeXml(a.label ?? key)}">${attvalues(NODE_COLUMNS, a)}` +
      `${rgb(nodeColor(a.type))}<viz:position x="${a.x ?? 0}" y="${a.y ?? 0}" z="0"/>` +
      `<viz:size value="${a.size ?? 1}"/></node>`,
    middle: `    </nodes>\n    <edges>`,
    edge: ({ key, source, target, attributes: a }) =>
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" ` +
      `label="${escapeXml(a.label ?? "")}" weight="${a.weight ?? 1}">${attvalues(EDGE_COLUMNS, a)}${rgb(edgeColor(a.category))}</edge>`,
    tail: `    </edges>\n  </graph>\n</gexf>\n`,
  };
}

export function toGexf(graph: SerializedKnowledgeGraph): string {
  return formatGraph(gexfFormat(graph.attributes), graph);
}
