import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
import type { ExplorerContext } from "../explorerContext.js";
export declare function download(name: string, blob: Blob): void;
/** Draws every layer (WebGL and 2D) onto one canvas. Renders first: WebGL buffers are not preserved between frames. */
export declare function composeCanvas(sigma: Sigma<ViewNode, ViewEdge>, background?: string): HTMLCanvasElement;
export declare function exportPng(ctx: ExplorerContext): Promise<void>;
export declare function exportGexf(ctx: ExplorerContext): void;
/** The visible subgraph in the graph file's own format (graphology serialization with the original attributes). */
export declare function exportJson(ctx: ExplorerContext): void;
