// An export format as pieces: a head, one piece per node and per edge, what goes between nodes and edges, and a
// tail, joined by a separator. A whole graph in memory is formatted at once (formatGraph); a store streams the same
// pieces element by element, so exporting a large store needs no more memory than a page of rows.
import type { SerializedEdge, SerializedKnowledgeGraph, SerializedNode } from "../types.js";

export interface ExportFormat {
  head: string;
  separator: string;
  /** null: the format lists no nodes. */
  node: ((node: SerializedNode) => string) | null;
  /** Written after the nodes, before the edges (null: nothing). */
  middle: string | null;
  edge: ((edge: SerializedEdge) => string) | null;
  /** Written after the separator that follows the last piece. */
  tail: string;
}

export function formatGraph(format: ExportFormat, graph: SerializedKnowledgeGraph): string {
  const pieces = [format.head];
  if (format.node) for (const node of graph.nodes) pieces.push(format.node(node));
  if (format.middle !== null) pieces.push(format.middle);
  if (format.edge) for (const edge of graph.edges) pieces.push(format.edge(edge));
  pieces.push(format.tail);
  return pieces.join(format.separator);
}
