// One colour per entity type (the palette in @newskg/graph-model, shared with the server's SVG and the exports).
import { NODE_COLORS, TYPE_LABELS, nodeColor } from "@newskg/graph-model";
import type { EntityType } from "@newskg/graph-model";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = NODE_COLORS;

export { TYPE_LABELS };

export const typeColor: (type: string) => string = nodeColor;
