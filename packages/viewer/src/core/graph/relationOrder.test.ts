import { describe, expect, it } from "vitest";
import type { KgRelation } from "./parseGraph.js";
import { groupRelations } from "./relationOrder.js";

const rel = (key: string, category: string, confidence: number): KgRelation =>
  ({
    key,
    source: "a",
    target: "b",
    attributes: { category, confidence, evidence: [], label: "", labels: [], weight: 1, docs: [] },
  }) as unknown as KgRelation;

describe("groupRelations", () => {
  it("puts typed categories first, co-occurrence last, best supported first", () => {
    const groups = groupRelations([
      rel("c1", "CO_OCCURRENCE", 1),
      rel("s1", "STATEMENT", 0.4),
      rel("r1", "ROLE", 0.2),
      rel("s2", "STATEMENT", 0.9),
    ]);
    expect(groups.map((g) => g.category)).toEqual(["ROLE", "STATEMENT", "CO_OCCURRENCE"]);
    expect(groups[1]!.relations.map((r) => r.key)).toEqual(["s2", "s1"]);
  });
});
