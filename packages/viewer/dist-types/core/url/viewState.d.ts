import type { FilterState } from "../filters/filterState.js";
import type { SizeBy } from "../graph/toViewGraph.js";
export interface CameraState {
    x: number;
    y: number;
    ratio: number;
}
export interface ViewState {
    focus: string | null;
    filters: FilterState;
    camera: CameraState | null;
    sizeBy: SizeBy;
    path: [string, string] | null;
    doc: string | null;
}
export declare function defaultViewState(): ViewState;
export declare function encodeViewState(state: ViewState): URLSearchParams;
export declare function decodeViewState(search: string | URLSearchParams): ViewState;
