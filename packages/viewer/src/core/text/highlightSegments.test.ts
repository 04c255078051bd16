import { describe, expect, it } from "vitest";
import { findNameSpans, highlightSegments } from "./highlightSegments.js";

describe("highlightSegments", () => {
  it("splits text around spans and merges overlaps", () => {
    const segs = highlightSegments("Venkov met Orsin", [
      { start: 0, end: 6 },
      { start: 11, end: 16 },
      { start: 3, end: 8 },
    ]);
    expect(segs.map((s) => [s.text, s.mark])).toEqual([
      ["Venkov", true],
      [" met ", false],
      ["Orsin", true],
    ]);
  });
  it("clips out-of-range spans", () => {
    expect(highlightSegments("abc", [{ start: -3, end: 99 }])).toEqual([{ text: "abc", mark: true, span: 0 }]);
  });
});

describe("findNameSpans", () => {
  it("finds word-bounded names case-insensitively, longest first", () => {
    const text = "Valdorian President Valerian-Tomas Venkov said Venkovs and venkov";
    const spans = findNameSpans(text, ["Venkov", "Valerian-Tomas Venkov"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Valerian-Tomas Venkov", "venkov"]);
  });
});
