import type { ExplorerContext } from "./explorerContext.js";
export interface KgExplorerDebug {
    ready: true;
    loadMs: number;
    /** performance.now() at the first painted frame (nodes only, on big graphs). */
    firstRenderMs: number;
    /** performance.now() when everything, edges and panels included, was on screen. */
    completeMs: number;
    nodeCount: number;
    edgeCount: number;
    visibleNodes(): string[];
    /** Entity types among the visible nodes. */
    visibleTypes(): string[];
    typeOf(id: string): string | null;
    position(id: string): {
        x: number;
        y: number;
    } | null;
    visibleEdgeCount(): number;
    focus(): string | null;
    highlighted(): string[];
    camera(): {
        x: number;
        y: number;
        ratio: number;
        angle: number;
    };
    filters(): Record<string, unknown>;
    path(): string[] | null;
    /** Where a node is drawn, in CSS pixels relative to the stage (for tap and click tests). */
    screenPosition(id: string): {
        x: number;
        y: number;
    } | null;
    /** The colour a node is drawn with right now (after filters and highlighting). */
    drawnColor(id: string): string | null;
    /** Durations (ms) of the last sigma renders, newest last. */
    renderTimes(): number[];
}
export declare function exposeDebugHook(ctx: ExplorerContext, timing: {
    loadMs: number;
    firstRenderMs: number;
    completeMs: number;
}): void;
