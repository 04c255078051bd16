// The one rule for "is this parsed JSON a graph file?", used by the builder (reading a previous graph), the server
// (loading and reloading) and the viewer (a file that may come from any CDN). It checks the structure graphology
// needs: an object with `nodes` (each with a string key) and `edges` (each with string source and target) arrays.
// Attribute values are each reader's business: they keep what fits the contract and drop or default the rest.
import type { SerializedKnowledgeGraph } from "./types.js";

export class GraphFileError extends Error {
  override name = "GraphFileError";
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What is wrong with a parsed graph file, in words for its author; null when it is a graph file. */
export function graphFileProblem(value: unknown): string | null {
  if (!isObject(value)) return 'graph file is not a JSON object with "nodes" and "edges" arrays';
  if (!Array.isArray(value.nodes)) return 'graph file has no "nodes" array';
  if (!Array.isArray(value.edges)) return 'graph file has no "edges" array';
  if (value.attributes !== undefined && !isObject(value.attributes)) return 'graph file "attributes" is not an object';
  const node = value.nodes.findIndex((n) => !isObject(n) || typeof n.key !== "string");
  if (node >= 0) return `graph file node ${node} has no string "key"`;
  const edge = value.edges.findIndex(
    (e) => !isObject(e) || typeof e.source !== "string" || typeof e.target !== "string",
  );
  if (edge >= 0) return `graph file edge ${edge} has no string "source" and "target"`;
  return null;
}

export function isSerializedKnowledgeGraph(value: unknown): value is SerializedKnowledgeGraph {
  return graphFileProblem(value) === null;
}

/** Throws a GraphFileError naming what is wrong when the value is not a graph file. */
export function assertGraphFile(value: unknown): asserts value is SerializedKnowledgeGraph {
  const problem = graphFileProblem(value);
  if (problem) throw new GraphFileError(problem);
}
