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
    punctuationHeads(["She", "lawyer", ",", "a", "judge"], a);
    expect(Array.from(a.head)).toEqual([1, -1, 1, 4, 1]);
  });

  it("leaves dependents of a root mark, punctuation on punctuation and words on brackets alone", () => {
    const a = analysis(["PUNCT", "NOUN", "PUNCT"], [-1, 0, 0]);
    punctuationHeads([",", "judge", ","], a);
    expect(Array.from(a.head)).toEqual([-1, 0, 0]);
    const b = analysis(["NOUN", "PUNCT", "NUM"], [-1, 0, 1]);
    punctuationHeads(["Name", "(", "1950"], b);
    expect(Array.from(b.head)).toEqual([-1, 0, 1]);
  });
});
