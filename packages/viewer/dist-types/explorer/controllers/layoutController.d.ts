import type { ViewGraph } from "../../core/graph/toViewGraph.js";
export interface LayoutController {
    running(): boolean;
    start(): void;
    stop(): void;
    /** Puts every node back at its built position. */
    reset(): void;
}
export declare function createLayoutController(graph: ViewGraph): LayoutController;
