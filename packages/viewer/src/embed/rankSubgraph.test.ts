import { describe, expect, it } from "vitest";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import { rankSubgraph } from "./rankSubgraph.js";

const node = (id: string, type = "PERSON", size = 1) => ({ id, label: id, type, x: 0, y: 0, size });
const edge = (id: string, source: string, target: string, category = "ROLE", confidence = 0.5) => ({
  id,
  source,
  target,
  category,
  label: "",
  confidence,
});

const sub: Subgraph = {
  focus: "f",
  nodes: [node("f"), node("a", "PERSON", 1), node("b", "COUNTRY", 9), node("c", "PERSON", 5), node("d")],
  edges: [
    edge("fa", "f", "a", "CO_OCCURRENCE", 1),
    edge("fb", "f", "b", "ROLE", 0.4),
    edge("fc", "f", "c", "ROLE", 0.9),
    edge("cd", "c", "d"),
  ],
  truncated: false,
};

describe("rankSubgraph", () => {
  it("keeps the best neighbours: typed relations, then confidence", () => {
    const r = rankSubgraph(sub, { maxNodes: 2, types: null, hideCoOccurrence: false });
    expect(r.nodes.map((n) => n.id).sort()).toEqual(["b", "c", "f"]);
    expect(r.truncated).toBe(true);
  });
  it("fills the budget with further hops and applies type and co-occurrence options", () => {
    const all = rankSubgraph(sub, { maxNodes: 10, types: null, hideCoOccurrence: true });
    expect(all.nodes.map((n) => n.id).sort()).toEqual(["b", "c", "d", "f"]);
    const people = rankSubgraph(sub, { maxNodes: 10, types: new Set(["PERSON"]), hideCoOccurrence: false });
    expect(people.nodes.map((n) => n.id).sort()).toEqual(["a", "c", "d", "f"]);
  });
});
