import { TYPE_COLORS } from "../core/graph/nodeColors.js";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
export interface KgGraphLoadDetail {
    nodes: number;
    edges: number;
}
export declare class KgGraphElement extends HTMLElement {
    static observedAttributes: string[];
    private readonly root;
    private readonly frame;
    private readonly heading;
    private readonly stage;
    private readonly below;
    private sigma;
    private abort;
    private resizeObserver;
    private pending;
    /** Data is fetched and WebGL contexts are created only near the viewport (browsers cap contexts per page). */
    private nearViewport;
    private intersection;
    /** The last subgraph shown; read by tests and host pages. */
    subgraph: Subgraph | null;
    constructor();
    connectedCallback(): void;
    disconnectedCallback(): void;
    attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
    private get theme();
    private applyTheme;
    /** Coalesces attribute changes made in one task (e.g. by the iframe page) into one load. */
    private scheduleLoad;
    private showStatus;
    private load;
    private setHeading;
    private renderGraph;
    /** Labels are drawn right of their nodes and sigma does not frame them: zoom out and shift so they fit. */
    private frameWithLabels;
    private renderTextAlternative;
}
/** Registers <kg-graph> once, even if the script is included twice. */
export declare function defineKgGraph(): void;
export { TYPE_COLORS };
