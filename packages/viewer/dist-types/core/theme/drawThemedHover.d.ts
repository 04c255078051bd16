import type { Attributes } from "graphology-types";
import type { NodeHoverDrawingFunction } from "sigma/rendering";
export declare function drawThemedHover<N extends Attributes = Attributes, E extends Attributes = Attributes>(background: string): NodeHoverDrawingFunction<N, E>;
