import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph } from "../graph/toViewGraph.js";
import { facetsOfGraph } from "./graphFacets.js";

describe("facetsOfGraph", () => {
  it("counts types, categories and communities, and spans the relations' dates (own, else their articles')", () => {
    const node = (key: string, type: string, community: number) => ({
      key,
      attributes: { type, label: key.toUpperCase(), community, pagerank: 0.1 },
    });
    const edge = (key: string, source: string, target: string, category: string, extra: object = {}) => ({
      key,
      source,
      target,
      attributes: { category, label: "x", confidence: 0.9, weight: 1, evidence: [], docs: [], ...extra },
    });
    const data = parseGraph({
      nodes: [
        node("a", "PERSON", 1),
        node("b", "PERSON", 1),
        node("c", "COUNTRY", 2),
        {
          key: "doc:1",
          attributes: { kind: "document", type: "DOCUMENT", label: "D", title: "D", date: "2021-05-02" },
        },
      ],
      edges: [
        edge("r1", "a", "b", "ROLE", { date: "2022-01" }),
        edge("r2", "a", "c", "ROLE", { docs: ["doc:1"] }),
        edge("r3", "b", "c", "CO_OCCURRENCE"),
      ],
    });
    const f = facetsOfGraph(toViewGraph(data), "whole");
    expect(f.scope).toBe("whole");
    expect([f.entityCount, f.relationCount]).toEqual([3, 3]);
    expect(f.entitiesByType).toEqual(
      new Map([
        ["PERSON", 2],
        ["COUNTRY", 1],
      ]),
    );
    expect(f.relationsByCategory).toEqual(
      new Map([
        ["ROLE", 2],
        ["CO_OCCURRENCE", 1],
      ]),
    );
    expect(f.communities.map((c) => [c.id, c.size])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(f.dateRange).toEqual({ from: "2021-05-02", to: "2022-01" });
  });

  it("has no date range when nothing is dated", () => {
    const data = parseGraph({ nodes: [{ key: "a", attributes: { type: "PERSON", label: "A" } }], edges: [] });
    expect(facetsOfGraph(toViewGraph(data), "loaded").dateRange).toBeNull();
  });
});
