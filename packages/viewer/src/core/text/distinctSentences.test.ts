import type { Evidence } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { distinctSentences } from "./distinctSentences.js";

const ev = (doc: string, text: string, start = 0): Evidence => ({ doc, start, end: start + text.length, text });

describe("distinctSentences", () => {
  it("counts a sentence repeated word for word (another spacing or case) once, its repeats kept in order", () => {
    const groups = distinctSentences([
      ev("d1", "The mayor opened the bridge on Monday."),
      ev("d2", "Crowds watched from the river bank."),
      ev("d3", "The mayor  opened the bridge\non Monday."),
      ev("d4", "the mayor opened the bridge on monday.", 40),
    ]);
    expect(groups.map((g) => g.evidence.doc)).toEqual(["d1", "d2"]);
    expect(groups[0]!.repeats.map((r) => r.doc)).toEqual(["d3", "d4"]);
    expect(groups[1]!.repeats).toEqual([]);
  });

  it("keeps sentences that differ in a word apart", () => {
    const groups = distinctSentences([
      ev("d1", "The mayor opened the bridge on Monday."),
      ev("d2", "The mayor opened the bridge on Tuesday."),
    ]);
    expect(groups).toHaveLength(2);
  });
});
