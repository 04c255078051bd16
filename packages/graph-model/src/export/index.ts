export { toGexf } from "./toGexf.js";
export { toGraphml } from "./toGraphml.js";
export { toNodesCsv, toEdgesCsv, csvField } from "./toCsv.js";
export { escapeXml } from "./escapeXml.js";
export { NODE_COLUMNS, EDGE_COLUMNS } from "./exportColumns.js";
