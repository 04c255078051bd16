// One colour per entity type, readable on light and dark backgrounds (shared by the explorer and the widget).

import type { EntityType } from "@newskg/graph-model";

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: "#e4572e",
  ORGANIZATION: "#2e86ab",
  COUNTRY: "#3fa34d",
  LOCATION: "#a259c4",
  EVENT: "#f0a202",
};

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
  LOCATION: "Location",
  EVENT: "Event",
};

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? "#888888";
}

/** Twelve well-separated hues for communities; communities beyond them reuse the palette in order. */
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
