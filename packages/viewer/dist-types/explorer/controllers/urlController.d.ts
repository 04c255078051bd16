import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
import type { ExplorerStore } from "../explorerStore.js";
export declare function syncUrl(store: ExplorerStore, sigma: Sigma<ViewNode, ViewEdge>, keep: URLSearchParams): () => void;
