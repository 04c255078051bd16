import { MultiDirectedGraph } from "graphology";
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import type { KgData } from "./parseGraph.js";
export interface ViewNode {
    label: string;
    x: number;
    y: number;
    size: number;
    color: string;
    entityType: EntityType;
    community: number;
    degree: number;
    pagerank: number;
}
export interface ViewEdge {
    category: RelationCategory;
    confidence: number;
    date?: string;
    size: number;
    color: string;
}
export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;
export type SizeBy = "degree" | "pagerank";
/**
 * `edges: false` builds the nodes only, so a big graph can be painted before its edges are inserted (inserting 50k
 * edges into graphology takes longer than drawing the first frame); add them with `addViewEdges`.
 */
export declare function toViewGraph(data: KgData, sizeBy?: SizeBy, opts?: {
    edges?: boolean;
}): ViewGraph;
export declare function addViewEdges(graph: ViewGraph, data: KgData): void;
/** Sizes nodes by sqrt of degree or PageRank, scaled into [3, 18] (smaller on big graphs, where nodes crowd). */
export declare function applySizes(graph: ViewGraph, sizeBy: SizeBy): void;
