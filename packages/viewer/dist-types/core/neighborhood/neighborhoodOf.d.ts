import type { KgData } from "../graph/parseGraph.js";
import type { Subgraph } from "./subgraph.js";
/** Resolves `focus` as an id, else as an exact (normalised) name or alias. */
export declare function resolveEntity(data: KgData, focus: string): string | null;
export declare function neighborhoodOf(data: KgData, focus: string, depth?: number, limit?: number): Subgraph | null;
