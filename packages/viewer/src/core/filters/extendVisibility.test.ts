import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph, viewEdgeOf, viewNodeOf } from "../graph/toViewGraph.js";
import { computeVisibility, extendVisibility } from "./computeVisibility.js";
import { defaultFilters } from "./filterState.js";
import type { FilterState } from "./filterState.js";

const node = (key: string, type = "PERSON") => ({ key, attributes: { type, label: key } });
const edge = (key: string, source: string, target: string, category = "ROLE", confidence = 0.9) => ({
  key,
  source,
  target,
  attributes: { category, confidence },
});

/** A graph of the first entities and relations, then the rest added as the explorer merges an API answer. */
function grown(filters: FilterState) {
  const all = parseGraph({
    nodes: [node("a"), node("b"), node("c", "COUNTRY"), node("d"), node("e", "COUNTRY")],
    edges: [
      edge("ab", "a", "b"),
      edge("bc", "b", "c", "CO_OCCURRENCE"),
      edge("cd", "c", "d", "SUPPORT", 0.3),
      edge("ad", "a", "d"),
      edge("de", "d", "e", "CO_OCCURRENCE"),
    ],
  });
  const first = { ...all, relations: all.relations.slice(0, 2) };
  first.entities = new Map([...all.entities].filter(([id]) => ["a", "b", "c"].includes(id)));
  const graph = toViewGraph(first);
  const visibility = computeVisibility(graph, filters);
  const nodes = ["d", "e"];
  for (const n of nodes) graph.addNode(n, viewNodeOf(all.entities.get(n)!));
  const edges = all.relations.slice(2).map((r) => {
    graph.addEdgeWithKey(r.key, r.source, r.target, viewEdgeOf(r, all.documents));
    return r.key;
  });
  return { graph, visibility, added: { nodes, edges } };
}

describe("extendVisibility", () => {
  const cases: Array<[string, Partial<FilterState>]> = [
    ["no filter", {}],
    ["a type hidden", { types: new Set(["PERSON"] as const) }],
    ["co-occurrence hidden, a confidence floor", { hideCoOccurrence: true, minConfidence: 0.5 }],
  ];
  for (const [name, patch] of cases)
    it(`equals the whole computation after a merge (${name})`, () => {
      const filters = { ...defaultFilters(), ...patch };
      const { graph, visibility, added } = grown(filters);
      const before = { nodes: new Set(visibility.nodes), edges: new Set(visibility.edges) };
      const shown = extendVisibility(graph, visibility, filters, null, added)!;
      const whole = computeVisibility(graph, filters);
      expect([...visibility.nodes].sort()).toEqual([...whole.nodes].sort());
      expect([...visibility.edges].sort()).toEqual([...whole.edges].sort());
      // What it returns is what became visible.
      expect(shown.nodes.sort()).toEqual([...whole.nodes].filter((n) => !before.nodes.has(n)).sort());
      expect(shown.edges.sort()).toEqual([...whole.edges].filter((e) => !before.edges.has(e)).sort());
    });

  it("leaves the filters that look beyond an added item to the whole computation", () => {
    const filters = { ...defaultFilters(), hideIsolated: true };
    const { graph, visibility, added } = grown(filters);
    expect(extendVisibility(graph, visibility, filters, null, added)).toBeNull();
    const around = { ...defaultFilters(), neighboursOnly: true };
    expect(extendVisibility(graph, visibility, around, "a", added)).toBeNull();
  });
});
