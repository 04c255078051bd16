// One colour per entity type (the palette in @newskg/graph-model, shared with the server's SVG and the exports).
import { NODE_COLORS, TYPE_LABELS, nodeColor } from "@newskg/graph-model";
import type { EntityType } from "@newskg/graph-model";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = NODE_COLORS;

export { TYPE_LABELS };

export const typeColor: (type: string) => string = nodeColor;

/** Twelve well-separated hues for communities (graph-model has no community rule); beyond them the palette repeats. */
const COMMUNITY_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#ad494a",
];

export function communityColor(community: number): string {
  const n = COMMUNITY_PALETTE.length;
  return COMMUNITY_PALETTE[((community % n) + n) % n]!;
}
