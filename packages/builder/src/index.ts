// Public surface of @newskg/builder: the build pipeline and what a server needs around it.
export type * from "./extract/types.js";
export type * from "./ner/types.js";
export type * from "./pipeline/types.js";
export type { KnowledgeGraph, SerializedKnowledgeGraph } from "@newskg/graph-model";
export { buildGraph } from "./pipeline/buildGraph.js";
export { BuildError } from "./pipeline/buildError.js";
export { BUILDER_VERSION } from "./pipeline/builderVersion.js";
export { writeFileAtomic } from "./io/writeFileAtomic.js";
export { isSourceModule, siblingModule, startWorker } from "./pipeline/startWorker.js";
export { loadGraphFile, loadKnowledgeGraph } from "./io/loadGraphFile.js";
export { readArticles, DEFAULT_MAX_ARTICLE_BYTES } from "./io/readArticles.js";
export type { ArticleRecord } from "./io/articleRecord.js";
export { applyCuration, type CurationResult } from "./curation/applyCuration.js";
export { loadCurationFile, parseCuration, validateCuration, CurationFileError } from "./curation/loadCurationFile.js";
export { findEntity } from "./curation/findEntity.js";
export { serializeGraph, sortedSerialization } from "./graph/serializeGraph.js";
export { serializeExport } from "./cli/exportCommand.js";
