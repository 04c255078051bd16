import type { ViewGraph } from "../graph/toViewGraph.js";
import type { FilterState } from "./filterState.js";
export interface Visibility {
    nodes: Set<string>;
    edges: Set<string>;
}
export declare function computeVisibility(graph: ViewGraph, filters: FilterState): Visibility;
