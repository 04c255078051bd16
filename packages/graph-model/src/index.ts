export type * from "./types.js";
export type * from "./curation.js";
export type * from "./store.js";
export { STORE_TABLES } from "./store.js";
export {
  categoryFitsTypes,
  ENTITY_TYPES,
  RELATION_CATEGORIES,
  STATIC_CATEGORY_TYPES,
  SYMMETRIC_CATEGORIES,
} from "./types.js";
export type { KnowledgeGraph } from "./knowledgeGraph.js";
export { createKnowledgeGraph, knowledgeGraphFromSerialized } from "./knowledgeGraph.js";
export { GraphFileError, assertGraphFile, graphFileProblem, isSerializedKnowledgeGraph } from "./graphFile.js";
export { NODE_COLORS, TYPE_LABELS, UNKNOWN_NODE_COLOR, edgeColor, nodeColor } from "./nodeColors.js";
export { normalizeSearchText } from "./normalizeSearchText.js";
export { iobSpans } from "./iobSpans.js";
export type { IobSpan } from "./iobSpans.js";
export { toGexf, toGraphml, toNodesCsv, toEdgesCsv, csvField, escapeXml } from "./export/index.js";
export { gexfFormat, graphmlFormat, nodesCsvFormat, edgesCsvFormat, formatGraph } from "./export/index.js";
export type { ExportFormat } from "./export/index.js";
export { escapeHtml, relationSentences, textAlternativeHtml } from "./textAlternative.js";
export type { TextGraph } from "./textAlternative.js";
