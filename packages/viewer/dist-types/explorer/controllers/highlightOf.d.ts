import type { Visibility } from "../../core/filters/computeVisibility.js";
import type { ViewGraph } from "../../core/graph/toViewGraph.js";
import type { PathResult } from "../../core/path/shortestPath.js";
import type { Highlight } from "./createRenderer.js";
export declare function highlightOf(graph: ViewGraph, visibility: Visibility, centre: string | null, path: PathResult | null): Highlight | null;
