// Library surface of @newskg/viewer (pure, DOM-free helpers shared with tests and tools).
export { parseGraph, fetchGraph, relationDate, GraphFormatError } from "./core/graph/parseGraph.js";
export { defaultFilters, edgePasses, nodePasses } from "./core/filters/filterState.js";
export { decodeViewState, encodeViewState, defaultViewState } from "./core/url/viewState.js";
export { buildSearchIndex, searchEntities, normalizeName } from "./core/search/searchEntities.js";
export { neighborhoodOf, resolveEntity } from "./core/neighborhood/neighborhoodOf.js";
export { toGexf, escapeXml } from "./core/export/toGexf.js";
export { TYPE_COLORS, TYPE_LABELS, typeColor } from "./core/graph/nodeColors.js";
//# sourceMappingURL=index.js.map