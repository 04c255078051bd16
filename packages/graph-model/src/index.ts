export type * from "./types.js";
export type * from "./curation.js";
export type * from "./store.js";
export { STORE_TABLES } from "./store.js";
export { ENTITY_TYPES, RELATION_CATEGORIES, SYMMETRIC_CATEGORIES } from "./types.js";
export type { KnowledgeGraph } from "./knowledgeGraph.js";
export { createKnowledgeGraph, knowledgeGraphFromSerialized } from "./knowledgeGraph.js";
export { isSerializedKnowledgeGraph } from "./isSerializedKnowledgeGraph.js";
export { toGexf, toGraphml, toNodesCsv, toEdgesCsv, csvField, escapeXml, NODE_COLORS } from "./export/index.js";
