import type { ViewGraph } from "../graph/toViewGraph.js";
export interface PathResult {
    nodes: string[];
    edges: string[];
}
export declare function shortestPath(graph: ViewGraph, from: string, to: string, edgeVisible?: (edge: string) => boolean): PathResult | null;
