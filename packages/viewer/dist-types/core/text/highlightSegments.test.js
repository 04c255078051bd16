import { describe, expect, it } from "vitest";
import { findNameSpans, highlightSegments } from "./highlightSegments.js";
describe("highlightSegments", () => {
    it("splits text around spans and merges overlaps", () => {
        const segs = highlightSegments("Tokayev met Putin", [
            { start: 0, end: 7 },
            { start: 12, end: 17 },
            { start: 3, end: 9 },
        ]);
        expect(segs.map((s) => [s.text, s.mark])).toEqual([
            ["Tokayev", true],
            [" met ", false],
            ["Putin", true],
        ]);
    });
    it("clips out-of-range spans", () => {
        expect(highlightSegments("abc", [{ start: -3, end: 99 }])).toEqual([{ text: "abc", mark: true, span: 0 }]);
    });
});
describe("findNameSpans", () => {
    it("finds word-bounded names case-insensitively, longest first", () => {
        const text = "Kazakh President Kassym-Jomart Tokayev said Tokayevs and tokayev";
        const spans = findNameSpans(text, ["Tokayev", "Kassym-Jomart Tokayev"]);
        expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Kassym-Jomart Tokayev", "tokayev"]);
    });
});
//# sourceMappingURL=highlightSegments.test.js.map