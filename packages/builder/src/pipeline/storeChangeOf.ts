// The rows an incremental build changed, named from the articles it touched instead of found by comparing two
// whole graphs: the added, changed and removed documents, the entities of those articles and those resolved again
// (before and after), the relations that hold one of those documents or end at a key an entity left or took,
// and any document or entity whose graph-wide numbers (degree, PageRank, community, position, size) moved. The
// store then writes them with writeChanges, which reads and compares those rows alone. Null when the store's
// latest build is not the one the resolution index describes (another builder version, other articles, other
// curation, or for kg build another build than the one the index was written with): the caller then writes the
// whole graph.
import type {
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
  StoreChangeInput,
  StoreCurationEntry,
} from "@newskg/graph-model";
import type { SqlGraphStore } from "@newskg/store";
import type { TouchedRows } from "./resolveIncrementally.js";
import { storeBuildStamp } from "./resolutionIndex.js";

type NamedChange = Pick<StoreChangeInput, "attributes" | "nodes" | "edges" | "removedNodes" | "removedEdges">;

const METRICS = ["degree", "pagerank", "community", "x", "y", "size"] as const;

export async function storeChangeOf(
  store: SqlGraphStore,
  graph: SerializedKnowledgeGraph,
  touched: TouchedRows,
  curation: StoreCurationEntry[],
  /** kg build: the index must name the store's latest build (a build killed between the two leaves them apart). */
  stamped = false,
): Promise<NamedChange | null> {
  const build = await store.currentBuild();
  if (!build || build.builderVersion !== graph.attributes.builderVersion) return null;
  if (stamped && touched.previousBuild !== storeBuildStamp(build)) return null;
  const stored = await store.nodeMetrics();
  // The store must hold the very articles the index describes, else the index says nothing about its rows.
  if (stored.documents.size !== touched.previousDocs.size) return null;
  for (const key of stored.documents.keys()) if (!touched.previousDocs.has(key)) return null;
  if (!sameCuration(await store.latestCuration(), curation)) return null;

  // Curation acts on the entities its actions name (rejections, merges, edits): those are touched every time.
  const entities = new Set(touched.entities);
  const moved = new Set(touched.moved);
  for (const entry of curation)
    for (const value of Object.values(entry.action))
      for (const key of typeof value === "string" ? [value] : Array.isArray(value) ? value : [])
        if (typeof key === "string") {
          entities.add(key);
          moved.add(key);
        }

  const nodes: SerializedNode[] = [];
  const present = new Set<string>();
  for (const node of graph.nodes) {
    present.add(node.key);
    const isDocument = node.attributes.kind === "document";
    const before = (isDocument ? stored.documents : stored.entities).get(node.key);
    if (!before || (isDocument ? touched.docs : entities).has(node.key) || metricsMoved(node, before)) nodes.push(node);
  }
  const removedNodes = [...stored.documents.keys(), ...stored.entities.keys()].filter((key) => !present.has(key));

  const ends = new Set([...touched.docs, ...moved]);
  const edges: SerializedEdge[] = [];
  const edgeKeys = new Set<string>();
  for (const edge of graph.edges) {
    edgeKeys.add(edge.key);
    const a = edge.attributes;
    if (
      ends.has(edge.source) ||
      ends.has(edge.target) ||
      (a.docs ?? []).some((d) => touched.docs.has(d)) ||
      (a.evidence ?? []).some((e) => touched.docs.has(e.doc))
    )
      edges.push(edge);
  }
  // A relation that went away held a changed article (so both its ends were that article's entities) or ended at
  // an entity resolved again: the store's relations at those keys are the candidates.
  const removedEdges = [...(await store.relationKeysAt([...touched.docs, ...entities]))].filter(
    (key) => !edgeKeys.has(key),
  );
  return { attributes: graph.attributes, nodes, edges, removedNodes, removedEdges };
}

function metricsMoved(node: SerializedNode, before: readonly number[]): boolean {
  const a = node.attributes as unknown as Record<string, unknown>;
  return METRICS.some((name, i) => Number(a[name] ?? 0) !== before[i]);
}

function sameCuration(before: StoreCurationEntry[], now: StoreCurationEntry[]): boolean {
  return (
    before.length === now.length &&
    before.every(
      (entry, i) =>
        entry.applied === now[i]!.applied && JSON.stringify(entry.action) === JSON.stringify(now[i]!.action),
    )
  );
}
