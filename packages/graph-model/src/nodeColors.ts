// One colour per node type, readable on light and dark backgrounds: the explorer, the widgets, the server's
// no-script SVG and the GEXF/GraphML exports all draw with these.
import type { EdgeCategory, EntityType, NodeType } from "./types.js";

export const NODE_COLORS: Readonly<Record<NodeType, string>> = {
  PERSON: "#e4572e",
  ORGANIZATION: "#2e86ab",
  COUNTRY: "#3fa34d",
  LOCATION: "#a259c4",
  EVENT: "#f0a202",
  DOCUMENT: "#9c9c9c",
};

/** Colour of a node type not in the contract (an older or foreign file). */
export const UNKNOWN_NODE_COLOR = "#888888";

export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
  LOCATION: "Location",
  EVENT: "Event",
};

export function nodeColor(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? UNKNOWN_NODE_COLOR;
}

export function edgeColor(category: EdgeCategory): string {
  return category === "MENTIONS" ? "#dddddd" : category === "CO_OCCURRENCE" ? "#bbbbbb" : "#888888";
}
