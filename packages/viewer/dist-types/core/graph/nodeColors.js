// One colour per entity type, readable on light and dark backgrounds (shared by the explorer and the widget).
export const TYPE_COLORS = {
    PERSON: "#e4572e",
    ORGANIZATION: "#2e86ab",
    COUNTRY: "#3fa34d",
    LOCATION: "#a259c4",
    EVENT: "#f0a202",
};
export const TYPE_LABELS = {
    PERSON: "Person",
    ORGANIZATION: "Organization",
    COUNTRY: "Country",
    LOCATION: "Location",
    EVENT: "Event",
};
export function typeColor(type) {
    return TYPE_COLORS[type] ?? "#888888";
}
//# sourceMappingURL=nodeColors.js.map