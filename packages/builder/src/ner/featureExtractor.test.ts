import { describe, expect, it } from "vitest";
import { FeatureExtractor, KeyBuffer, innerShapeOf } from "./featureExtractor.js";

const lexicon = { lower: new Set<number>(), vocab: new Set<number>(), clusters: new Map<number, number>() };

function keysOf(version: number, sentence: string[]): string[][] {
  const out = new KeyBuffer();
  new FeatureExtractor(lexicon, undefined, version).extract([sentence], out);
  return sentence.map((_, t) => {
    const ks: string[] = [];
    for (let j = out.start[t]!; j < out.start[t + 1]!; j++) ks.push(`${out.a[j]}:${out.b[j]}`);
    return ks;
  });
}

describe("feature templates by version", () => {
  it("version 6 drops the four neighbour-cluster keys of version 5 and keeps every other key", () => {
    const s = ["Officials", "of", "the", "Velmor", "Trading", "met", "."];
    const v5 = keysOf(5, s);
    const v6 = keysOf(6, s);
    v5.forEach((ks, t) => {
      expect(ks.length).toBe(v6[t]!.length + 4);
      const all = new Set(ks);
      expect(v6[t]!.every((k) => all.has(k))).toBe(true);
    });
  });

  it("version 6 marks digits and symbols inside capitalised tokens and their neighbours", () => {
    expect(innerShapeOf("QX5")).toBe(1);
    expect(innerShapeOf("Front-2")).toBe(5);
    expect(innerShapeOf("A+")).toBe(2);
    expect(["Paris", "2005", "x5", "A.B.", "AT&T"].map(innerShapeOf)).toEqual([0, 0, 0, 0, 0]);
    const s = ["the", "Q5", "+", "1", "met"];
    const v5 = keysOf(5, s);
    const v6 = keysOf(6, s);
    // Q5 gets its own two keys, "the" and "+" the neighbour key; "1" and "met" have no inner-shape neighbour.
    expect(v6[0]!.length).toBe(v5[0]!.length - 4 + 1);
    expect(v6[1]!.length).toBe(v5[1]!.length - 4 + 2);
    expect(v6[2]!.length).toBe(v5[2]!.length - 4 + 1);
    expect(v6[3]!.length).toBe(v5[3]!.length - 4);
    expect(v6[4]!.length).toBe(v5[4]!.length - 4);
  });

  it("refuses an unknown version", () => {
    expect(() => new FeatureExtractor(lexicon, undefined, 7)).toThrow(/feature version 7/);
  });
});
