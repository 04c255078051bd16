import { describe, expect, it } from "vitest";
import type { SentenceAnalysis } from "./dependencyParser.js";
import type { Upos } from "./doc.js";
import { punctuationHeads } from "./punctuationHeads.js";

function analysis(upos: Upos[], head: number[]): SentenceAnalysis {
  return {
    upos,
    lemma: upos.map(() => ""),
    head: Int32Array.from(head),
    deprel: upos.map(() => "dep"),
    transitions: 0,
  };
}

describe("punctuationHeads", () => {
  it("hangs a word the parser put on a comma on the comma's head", () => {
    // "She was a lawyer , a judge": "judge" (4) on "," (2), the comma on "lawyer" (1).
    const a = analysis(["PRON", "NOUN", "PUNCT", "DET", "NOUN"], [1, -1, 1, 4, 2]);
    punctuationHeads(a);
    expect(Array.from(a.head)).toEqual([1, -1, 1, 4, 1]);
  });

  it("leaves dependents of a root mark and punctuation on punctuation alone", () => {
    const a = analysis(["PUNCT", "NOUN", "PUNCT"], [-1, 0, 0]);
    punctuationHeads(a);
    expect(Array.from(a.head)).toEqual([-1, 0, 0]);
  });
});
