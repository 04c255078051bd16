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
