import { describe, expect, it } from "vitest";
import type { KgRelation } from "./parseGraph.js";
import { groupRelations } from "./relationOrder.js";

const rel = (key: string, category: string, confidence: number, weight = 1, sentences = 0): KgRelation =>
  ({
    key,
    source: "a",
    target: "b",
    attributes: {
      category,
      confidence,
      evidence: Array.from({ length: sentences }, (_, i) => ({ doc: "d", start: i, end: i + 1, text: "s" })),
      label: "",
      labels: [],
      weight,
      docs: [],
    },
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

  it("ranks by the sentence count the API sends (weight) before the sentences arrive, and keeps that order after", () => {
    // API mode: no sentences yet, only their count.
    const before = groupRelations([
      rel("few", "ROLE", 0.8, 1),
      rel("many", "ROLE", 0.7, 12),
      rel("some", "ROLE", 0.75, 3),
    ]);
    expect(before[0]!.relations.map((r) => r.key)).toEqual(["many", "some", "few"]);
    // The same relations once their sentences are loaded.
    const after = groupRelations([
      rel("few", "ROLE", 0.8, 1, 1),
      rel("many", "ROLE", 0.7, 12, 12),
      rel("some", "ROLE", 0.75, 3, 3),
    ]);
    expect(after[0]!.relations.map((r) => r.key)).toEqual(["many", "some", "few"]);
  });
});
