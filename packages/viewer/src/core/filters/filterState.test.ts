import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph } from "../graph/toViewGraph.js";
import { computeVisibility } from "./computeVisibility.js";
import { defaultFilters, edgePasses } from "./filterState.js";

const data = parseGraph({
  nodes: [
    { key: "p", attributes: { type: "PERSON", label: "P", community: 1 } },
    { key: "c", attributes: { type: "COUNTRY", label: "C", community: 2 } },
    { key: "q", attributes: { type: "PERSON", label: "Q", community: 1 } },
  ],
  edges: [
    { key: "pc", source: "p", target: "c", attributes: { category: "ROLE", confidence: 0.9, date: "2022-09-23" } },
    { key: "pq", source: "p", target: "q", attributes: { category: "CO_OCCURRENCE", confidence: 0.3 } },
  ],
});
const graph = toViewGraph(data);

describe("filters", () => {
  it("hides a type and the edges touching it", () => {
    const f = { ...defaultFilters(), types: new Set(["PERSON"] as const) };
    const v = computeVisibility(graph, f);
    expect([...v.nodes].sort()).toEqual(["p", "q"]);
    expect([...v.edges]).toEqual(["pq"]);
  });
  it("applies confidence, co-occurrence and community", () => {
    expect([...computeVisibility(graph, { ...defaultFilters(), minConfidence: 0.5 }).edges]).toEqual(["pc"]);
    expect([...computeVisibility(graph, { ...defaultFilters(), hideCoOccurrence: true }).edges]).toEqual(["pc"]);
    expect([...computeVisibility(graph, { ...defaultFilters(), community: 2 }).nodes]).toEqual(["c"]);
  });
  it("hides isolated entities and shows a focus with its neighbours only", () => {
    const hidden = computeVisibility(graph, { ...defaultFilters(), hideCoOccurrence: true, hideIsolated: true });
    expect([...hidden.nodes].sort()).toEqual(["c", "p"]);
    const around = computeVisibility(graph, { ...defaultFilters(), neighboursOnly: true }, "c");
    expect([...around.nodes].sort()).toEqual(["c", "p"]);
    expect([...around.edges]).toEqual(["pc"]);
    expect(computeVisibility(graph, { ...defaultFilters(), neighboursOnly: true }, null).nodes.size).toBe(3);
  });
  it("compares dates of mixed precision", () => {
    const f = { ...defaultFilters(), from: "2022-09-01", to: "2022-09-30" };
    expect(edgePasses({ category: "ROLE", confidence: 1, date: "2022-09" }, f)).toBe(true);
    expect(edgePasses({ category: "ROLE", confidence: 1, date: "2022-10-01" }, f)).toBe(false);
    expect(edgePasses({ category: "ROLE", confidence: 1 }, f)).toBe(false);
  });
});
