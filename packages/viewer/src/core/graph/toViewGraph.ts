// Builds the graph sigma renders: entities only, relation edges only, with display attributes. Sigma reads a node's
// `type` as its render program, so the entity type lives in `entityType`.

import { MultiDirectedGraph } from "graphology";
import type { DocumentAttributes, EntityAttributes, EntityType, RelationCategory } from "@newskg/graph-model";
import type { KgData, KgRelation } from "./parseGraph.js";
import { relationDate } from "./parseGraph.js";
import { typeColor } from "./nodeColors.js";

export interface ViewNode {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: EntityType;
  community: number;
  degree: number;
  pagerank: number;
}

export interface ViewEdge {
  category: RelationCategory;
  confidence: number;
  date?: string;
  size: number;
  color: string;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;
export type SizeBy = "degree" | "pagerank";

/**
 * `edges: false` builds the nodes only, so a big graph can be painted before its edges are inserted (inserting 50k
 * edges into graphology takes longer than drawing the first frame); add them with `addViewEdges`.
 */
export function toViewGraph(data: KgData, sizeBy: SizeBy = "degree", opts: { edges?: boolean } = {}): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph<ViewNode, ViewEdge>();
  // Graph files without metrics (hand-written, synthetic) still get degrees, hence sizes.
  let degrees: Map<string, Set<string>> | null = null;
  for (const e of data.entities.values()) {
    if (e.degree < 0) {
      degrees = new Map();
      break;
    }
  }
  if (degrees) {
    for (const r of data.relations) {
      if (!degrees.has(r.source)) degrees.set(r.source, new Set());
      if (!degrees.has(r.target)) degrees.set(r.target, new Set());
      degrees.get(r.source)!.add(r.target);
      degrees.get(r.target)!.add(r.source);
    }
  }
  for (const [key, e] of data.entities) graph.addNode(key, viewNodeOf(e, degrees?.get(key)?.size ?? 0));
  applySizes(graph, sizeBy);
  if (opts.edges !== false) addViewEdges(graph, data);
  return graph;
}

export function addViewEdges(graph: ViewGraph, data: KgData): void {
  // In API mode relations can arrive between building the nodes and this call: those whose ends are not drawn yet
  // are added with their ends when the explorer merges them.
  for (const r of data.relations)
    if (!graph.hasEdge(r.key) && graph.hasNode(r.source) && graph.hasNode(r.target))
      graph.addEdgeWithKey(r.key, r.source, r.target, viewEdgeOf(r, data.documents));
}

/** Display attributes of an entity; `fallbackDegree` when the file has no metrics. */
export function viewNodeOf(e: EntityAttributes, fallbackDegree = 0): ViewNode {
  return {
    label: e.label,
    x: e.x,
    y: e.y,
    size: 4,
    color: typeColor(e.type),
    entityType: e.type,
    community: e.community,
    degree: e.degree >= 0 ? e.degree : fallbackDegree,
    pagerank: e.pagerank,
  };
}

export function viewEdgeOf(r: KgRelation, documents: ReadonlyMap<string, DocumentAttributes>): ViewEdge {
  const a = r.attributes;
  return {
    category: a.category as RelationCategory,
    confidence: a.confidence,
    // The API's firstDate already is the relation's date; a graph file gives the documents to compute it from.
    date: r.firstDate ?? relationDate(a, documents),
    size: a.category === "CO_OCCURRENCE" ? 0.6 : 1 + Math.min(3, Math.log2(1 + a.weight)),
    color: a.category === "CO_OCCURRENCE" ? "#c8c8c8" : "#9aa5b1",
  };
}

interface SizeScale {
  sizeBy: SizeBy;
  min: number;
  span: number;
  max: number;
}

/** The scale each graph's sizes were last computed with (applySizesTo keeps it when new nodes fit in it). */
const scales = new WeakMap<ViewGraph, SizeScale>();

const sizeValue = (a: ViewNode, sizeBy: SizeBy) => (sizeBy === "degree" ? a.degree : a.pagerank);

function scaleOf(graph: ViewGraph, sizeBy: SizeBy): SizeScale {
  const [min, span] = graph.order > 2000 ? [1.5, 8] : [3, 15];
  let max = 0;
  graph.forEachNode((_, a) => {
    max = Math.max(max, sizeValue(a, sizeBy));
  });
  return { sizeBy, min, span, max };
}

const sizeIn = (s: SizeScale, v: number) => s.min + (s.max > 0 ? Math.sqrt(Math.max(0, v) / s.max) : 0) * s.span;

/** Sizes nodes by sqrt of degree or PageRank, scaled into [3, 18] (smaller on big graphs, where nodes crowd). */
export function applySizes(graph: ViewGraph, sizeBy: SizeBy): void {
  const scale = scaleOf(graph, sizeBy);
  scales.set(graph, scale);
  graph.updateEachNodeAttributes((_, a) => {
    a.size = sizeIn(scale, sizeValue(a, sizeBy));
    return a;
  });
}

/**
 * Sizes nodes just added to the graph. The others keep theirs unless the scale moved (a new largest degree, or the
 * graph grew past the size where discs shrink), then every node is sized again. Returns whether every node was:
 * what the renderer has to re-read.
 */
export function applySizesTo(graph: ViewGraph, sizeBy: SizeBy, added: readonly string[]): boolean {
  const scale = scaleOf(graph, sizeBy);
  const last = scales.get(graph);
  if (!last || last.sizeBy !== sizeBy || last.min !== scale.min || last.max !== scale.max) {
    applySizes(graph, sizeBy);
    return true;
  }
  for (const n of added)
    graph.setNodeAttribute(n, "size", sizeIn(scale, sizeValue(graph.getNodeAttributes(n), sizeBy)));
  return false;
}
