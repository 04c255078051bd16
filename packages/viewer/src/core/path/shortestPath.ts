// Cheapest path ignoring direction, over what is visible (Dijkstra with a binary heap). A co-occurrence hop costs
// more than a specific relation, so the path prefers typed relations and falls back on co-occurrence only when it
// saves hops; between two entities joined by several relations, the cheapest (typed) one is the hop.

import type { ViewEdge, ViewGraph } from "../graph/toViewGraph.js";

export interface PathResult {
  nodes: string[];
  edges: string[];
}

/** Cost of one hop: 1 for a specific relation, `CO_OCCURRENCE_COST` for co-occurrence. */
export const CO_OCCURRENCE_COST = 2.5;
export const hopCost = (e: ViewEdge): number => (e.category === "CO_OCCURRENCE" ? CO_OCCURRENCE_COST : 1);

class Heap {
  private readonly items: Array<[number, string]> = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, node: string): void {
    const a = this.items;
    a.push([cost, node]);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p]![0] <= a[i]![0]) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): [number, string] {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]![0] < a[m]![0]) m = l;
        if (r < a.length && a[r]![0] < a[m]![0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

export function shortestPath(
  graph: ViewGraph,
  from: string,
  to: string,
  edgeVisible: (edge: string) => boolean = () => true,
  cost: (e: ViewEdge) => number = hopCost,
): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const best = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, { node: string; edge: string }>();
  const done = new Set<string>();
  const heap = new Heap();
  heap.push(0, from);
  while (heap.size) {
    const [d, node] = heap.pop();
    if (done.has(node)) continue;
    done.add(node);
    if (node === to) break;
    graph.forEachEdge(node, (edge, attrs, source, target) => {
      if (!edgeVisible(edge)) return;
      const other = source === node ? target : source;
      if (done.has(other)) return;
      const next = d + cost(attrs);
      if (next < (best.get(other) ?? Infinity)) {
        best.set(other, next);
        prev.set(other, { node, edge });
        heap.push(next, other);
      }
    });
  }
  if (!done.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let cur = to; cur !== from;) {
    const step = prev.get(cur)!;
    edges.unshift(step.edge);
    nodes.unshift(step.node);
    cur = step.node;
  }
  return { nodes, edges };
}
