import type { Subgraph } from "../core/neighborhood/subgraph.js";
export declare function radialLayout(sub: Subgraph): Map<string, {
    x: number;
    y: number;
}>;
