import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
export declare function frameNodes(sigma: Sigma<ViewNode, ViewEdge>, nodes: Iterable<string>, opts?: {
    coveredBottom?: number;
    animate?: boolean;
}): void;
