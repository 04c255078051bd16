// What every explorer module needs: the data, the rendered graph, the store and the derived visibility.

import type Sigma from "sigma";
import type { ApiSource } from "../api/apiSource.js";
import type { GraphFacets } from "../core/facets/graphFacets.js";
import type { Visibility } from "../core/filters/computeVisibility.js";
import type { KgData, KgRelation } from "../core/graph/parseGraph.js";
import type { ViewEdge, ViewGraph, ViewNode } from "../core/graph/toViewGraph.js";
import type { PathResult } from "../core/path/shortestPath.js";
import type { SearchIndex, SearchResult } from "../core/search/searchEntities.js";
import type { OverlayLayer } from "./controllers/overlayLayer.js";
import type { ExplorerStore } from "./explorerStore.js";

export interface ExplorerContext {
  data: KgData;
  graph: ViewGraph;
  store: ExplorerStore;
  searchIndex: SearchIndex;
  /** The GraphQL source when served by `kg serve` (data arrives on demand); null with a graph file. */
  api: ApiSource | null;
  /** Name search: the API's in API mode, else over the loaded graph. */
  search(query: string, limit: number): SearchResult[] | Promise<SearchResult[]>;
  /** Relations touching each entity (both directions). */
  relationIndex: ReadonlyMap<string, readonly KgRelation[]>;
  relationByKey: ReadonlyMap<string, KgRelation>;
  /** What the legend and the filters count (the whole graph's, from the API when it has answered). */
  facets: GraphFacets;
  /** Calls `listener` whenever `facets` is replaced. */
  onFacets(listener: () => void): void;
  /** Current visibility; replaced on every filter change. */
  visibility: Visibility;
  /** Shortest path for `state.path` over the visible graph (null: none asked or none found). */
  pathResult: PathResult | null;
  sigma: Sigma<ViewNode, ViewEdge>;
  /** Highlight and label layer drawn above sigma. */
  overlay: OverlayLayer;
  /** Moves the camera to an entity. */
  centreOn(node: string, animate?: boolean): void;
}
