export { toGexf, gexfFormat } from "./toGexf.js";
export { toGraphml, graphmlFormat } from "./toGraphml.js";
export { toNodesCsv, toEdgesCsv, csvField, nodesCsvFormat, edgesCsvFormat } from "./toCsv.js";
export { formatGraph, type ExportFormat } from "./exportFormat.js";
export { escapeXml } from "./escapeXml.js";
export { NODE_COLUMNS, EDGE_COLUMNS } from "./exportColumns.js";
