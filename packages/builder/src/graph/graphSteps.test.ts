import { describe, expect, it } from "vitest";
import type { RelationAttributes } from "@newskg/graph-model";
import { edgeKeyOf, orientEdge } from "./edgeKeyOf.js";
import { layoutIterations } from "./computeLayout.js";
import { mergeRelationAttributes, noisyOr } from "./mergeRelationAttributes.js";
import { hashString, seededRandom } from "./seededRandom.js";

const relation = (over: Partial<RelationAttributes>): RelationAttributes => ({
  category: "STATEMENT",
  label: "told",
  labels: ["told"],
  confidence: 0.5,
  weight: 1,
  evidence: [{ doc: "doc:a", start: 0, end: 10, text: "A told B." }],
  docs: ["doc:a"],
  ...over,
});

describe("graph steps", () => {
  it("orients symmetric relations and keys edges deterministically", () => {
    expect(orientEdge("b", "ALLIANCE", "a")).toEqual(["a", "b"]);
    expect(orientEdge("b", "COERCION", "a")).toEqual(["b", "a"]);
    expect(edgeKeyOf("p:x", "ROLE", "c:y")).toBe("ROLE:p:x->c:y");
  });

  it("merges support: evidence deduplicated, wordings kept, noisy-or confidence", () => {
    const merged = mergeRelationAttributes(
      relation({}),
      relation({
        labels: ["said to"],
        label: "said to",
        confidence: 0.5,
        evidence: [
          { doc: "doc:a", start: 0, end: 10, text: "A told B." },
          { doc: "doc:b", start: 5, end: 20, text: "A said to B." },
        ],
        docs: ["doc:b", "doc:a"],
        quantities: [{ value: 3, text: "three" }],
      }),
    );
    expect(merged).toMatchObject({ label: "told", labels: ["told", "said to"], weight: 2, docs: ["doc:a", "doc:b"] });
    expect(merged.confidence).toBeCloseTo(0.75);
    expect(merged.quantities).toEqual([{ value: 3, text: "three" }]);
    expect(noisyOr(0.9, 0)).toBeCloseTo(0.9);
  });

  it("caps ForceAtlas2 iterations by graph size", () => {
    expect(layoutIterations(30, 60)).toBe(500);
    expect(layoutIterations(14_000, 40_000)).toBeLessThan(5);
    expect(layoutIterations(1_000_000, 0)).toBe(2);
  });

  it("seeds deterministically", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(hashString("person:x")).toBe(hashString("person:x"));
    expect(hashString("person:x")).not.toBe(hashString("person:y"));
  });
});
