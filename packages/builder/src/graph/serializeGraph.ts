// graph.json text: graphology's serialization format with nodes and edges in a fixed order (documents, then
// entities, each by key; edges by key) and one line per node/edge, so that identical builds give identical files
// and diffs stay readable. Written straight from the graph: graphology's export() would copy every attribute
// object first, which costs seconds on large graphs.
import type { KnowledgeGraph, SerializedKnowledgeGraph } from "@newskg/graph-model";

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function orderedNodes(graph: KnowledgeGraph): string[] {
  const documents: string[] = [];
  const entities: string[] = [];
  graph.forEachNode((key, attributes) => (attributes.kind === "document" ? documents : entities).push(key));
  return [...documents.sort(compare), ...entities.sort(compare)];
}

/** The graph as a plain object in file order. */
export function sortedSerialization(graph: KnowledgeGraph): SerializedKnowledgeGraph {
  return {
    attributes: graph.getAttributes(),
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: orderedNodes(graph).map((key) => ({ key, attributes: graph.getNodeAttributes(key) })),
    edges: graph
      .edges()
      .sort(compare)
      .map((key) => ({
        key,
        source: graph.source(key),
        target: graph.target(key),
        attributes: graph.getEdgeAttributes(key),
      })),
  };
}

/** graph.json as a sequence of strings (header, one per node and edge, footer), for streaming to a file. */
export function* serializeGraphChunks(graph: KnowledgeGraph): Generator<string> {
  yield `{"attributes":${JSON.stringify(graph.getAttributes())},"options":{"type":"directed","multi":true,"allowSelfLoops":false},\n"nodes":[`;
  let first = true;
  for (const key of orderedNodes(graph)) {
    yield `${first ? "\n" : ",\n"}{"key":${JSON.stringify(key)},"attributes":${JSON.stringify(graph.getNodeAttributes(key))}}`;
    first = false;
  }
  yield first ? `],\n"edges":[` : `\n],\n"edges":[`;
  first = true;
  for (const key of graph.edges().sort(compare)) {
    yield (
      `${first ? "\n" : ",\n"}{"key":${JSON.stringify(key)},"source":${JSON.stringify(graph.source(key))},` +
      `"target":${JSON.stringify(graph.target(key))},"attributes":${JSON.stringify(graph.getEdgeAttributes(key))}}`
    );
    first = false;
  }
  yield first ? `]}\n` : `\n]}\n`;
}

export function serializeGraph(graph: KnowledgeGraph): string {
  return [...serializeGraphChunks(graph)].join("");
}
