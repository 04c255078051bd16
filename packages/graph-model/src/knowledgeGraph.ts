// The in-memory form of graph.json: a graphology multigraph typed with the attributes of ./types.ts.
import { MultiDirectedGraph } from "graphology";
import type { GraphAttributes, NodeAttributes, RelationAttributes, SerializedKnowledgeGraph } from "./types.js";

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, RelationAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, RelationAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Loads a parsed graph.json into a graphology graph. */
export function knowledgeGraphFromSerialized(data: SerializedKnowledgeGraph): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.import(data as unknown as Parameters<KnowledgeGraph["import"]>[0]);
  return graph;
}
