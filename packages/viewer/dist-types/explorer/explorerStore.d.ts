import type { FilterState } from "../core/filters/filterState.js";
import type { SizeBy } from "../core/graph/toViewGraph.js";
import type { ViewState } from "../core/url/viewState.js";
export interface ExplorerState {
    focus: string | null;
    hovered: string | null;
    filters: FilterState;
    sizeBy: SizeBy;
    path: [string, string] | null;
    /** Open document view: document key and the evidence span to show. */
    doc: {
        id: string;
        start?: number;
        end?: number;
    } | null;
    /** 0 (few labels) .. 1 (many). */
    labelDensity: number;
}
export type Listener = (state: ExplorerState, previous: ExplorerState) => void;
export interface ExplorerStore {
    get(): ExplorerState;
    set(patch: Partial<ExplorerState>): void;
    subscribe(listener: Listener): () => void;
}
export declare function createExplorerStore(initial: ViewState): ExplorerStore;
