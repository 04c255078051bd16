// The per-article extractor and cross-document entity resolution (contract in ./types.ts).
export type * from "./types.js";
export { extractDocument, EXTRACTOR_VERSION } from "./extractDocument.js";
export { resolveAcrossDocuments, resolutionTokens } from "./resolveAcrossDocuments.js";
export { capitalizationTagger } from "./capitalizationTagger.js";
