import type { EntityAttributes, Evidence } from "@newskg/graph-model";
import type { Span } from "./highlightSegments.js";
export declare function evidenceSpans(evidence: Evidence, entities: readonly (EntityAttributes | undefined)[]): Span[];
