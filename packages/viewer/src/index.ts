// Library surface of @newskg/viewer (pure, DOM-free helpers shared with tests and tools).
export { parseGraph, fetchGraph, relationDate, GraphFormatError } from "./core/graph/parseGraph.js";
export type { KgData, KgRelation } from "./core/graph/parseGraph.js";
export { defaultFilters, edgePasses, nodePasses } from "./core/filters/filterState.js";
export type { FilterState } from "./core/filters/filterState.js";
export { decodeViewState, encodeViewState, defaultViewState } from "./core/url/viewState.js";
export type { ViewState, CameraState } from "./core/url/viewState.js";
export { buildSearchIndex, searchEntities, normalizeName } from "./core/search/searchEntities.js";
export { neighborhoodOf, resolveEntity } from "./core/neighborhood/neighborhoodOf.js";
export type { Subgraph, SubgraphNode, SubgraphEdge } from "./core/neighborhood/subgraph.js";
export { TYPE_COLORS, TYPE_LABELS, typeColor } from "./core/graph/nodeColors.js";
