import Sigma from "sigma";
import type { Visibility } from "../../core/filters/computeVisibility.js";
import type { ViewEdge, ViewGraph, ViewNode } from "../../core/graph/toViewGraph.js";
export interface Highlight {
    nodes: ReadonlySet<string>;
    edges: ReadonlySet<string>;
    /** Nodes drawn emphasised (the focus, or both ends of a path). */
    primary: ReadonlySet<string>;
}
export interface RendererInputs {
    visibility(): Visibility;
    highlight(): Highlight | null;
}
/** The label slider's 0..1 as sigma settings: label grid density and the rendered size a node needs for a label. */
export declare function labelSettings(density: number): {
    labelDensity: number;
    labelRenderedSizeThreshold: number;
};
export declare function createRenderer(graph: ViewGraph, container: HTMLElement, inputs: RendererInputs, 
/** Set for big graphs, whose edges may not be in `graph` yet. */
large?: boolean, labelDensity?: number): Sigma<ViewNode, ViewEdge>;
