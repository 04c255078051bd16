// graph.json text: graphology's serialization with nodes and edges in a fixed order (documents, then entities,
// each by key; edges by key) and one line per node/edge, so identical builds give identical files and diffs stay
// readable.
import type { KnowledgeGraph, SerializedKnowledgeGraph } from "@newskg/graph-model";

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function sortedSerialization(graph: KnowledgeGraph): SerializedKnowledgeGraph {
  const data = graph.export() as unknown as SerializedKnowledgeGraph;
  const documents = data.nodes.filter((n) => n.attributes.kind === "document").sort(byKey);
  const entities = data.nodes.filter((n) => n.attributes.kind !== "document").sort(byKey);
  return {
    attributes: data.attributes,
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [...documents, ...entities],
    // graphology omits `undirected: false`; keep only the fields of the contract.
    edges: data.edges.map(({ key, source, target, attributes }) => ({ key, source, target, attributes })).sort(byKey),
  };
}

export function serializeGraph(data: SerializedKnowledgeGraph): string {
  const lines = (items: readonly unknown[]): string =>
    items.length === 0 ? "[]" : `[\n${items.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
  return (
    `{"attributes":${JSON.stringify(data.attributes)},"options":${JSON.stringify(data.options)},\n` +
    `"nodes":${lines(data.nodes)},\n"edges":${lines(data.edges)}}\n`
  );
}
