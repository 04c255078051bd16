import type { SerializedKnowledgeGraph } from "./types.js";

/** Shape check of a parsed graph.json (top-level structure only; attributes are trusted). */
export function isSerializedKnowledgeGraph(value: unknown): value is SerializedKnowledgeGraph {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.attributes === "object" &&
    v.attributes !== null &&
    Array.isArray(v.nodes) &&
    Array.isArray(v.edges) &&
    v.nodes.every((n) => typeof n === "object" && n !== null && typeof (n as { key?: unknown }).key === "string") &&
    v.edges.every(
      (e) =>
        typeof e === "object" &&
        e !== null &&
        typeof (e as { source?: unknown }).source === "string" &&
        typeof (e as { target?: unknown }).target === "string",
    )
  );
}
