// The change between two graphs as writeChanges takes it: nodes and edges added or different (whole), keys gone.
// For callers that hold both graphs (tests, benchmarks, a build that kept the previous graph); a build that knows
// which articles it touched can name those rows without comparing.
import type { SerializedKnowledgeGraph, StoreChangeInput } from "@newskg/graph-model";

export function graphChanges(
  before: SerializedKnowledgeGraph,
  after: SerializedKnowledgeGraph,
): Pick<StoreChangeInput, "attributes" | "nodes" | "edges" | "removedNodes" | "removedEdges"> {
  const diff = <T extends { key: string }>(old: T[], next: T[], body: (item: T) => unknown) => {
    const was = new Map(old.map((item) => [item.key, JSON.stringify(body(item))]));
    const changed = next.filter((item) => was.get(item.key) !== JSON.stringify(body(item)));
    const kept = new Set(next.map((item) => item.key));
    return { changed, removed: old.filter((item) => !kept.has(item.key)).map((item) => item.key) };
  };
  const nodes = diff(before.nodes, after.nodes, (n) => n.attributes);
  const edges = diff(before.edges, after.edges, (e) => [e.source, e.target, e.attributes]);
  return {
    attributes: after.attributes,
    nodes: nodes.changed,
    edges: edges.changed,
    removedNodes: nodes.removed,
    removedEdges: edges.removed,
  };
}
