import { describe, expect, it } from "vitest";
import { evidenceSpans } from "./evidenceSpans.js";
const text = "Kazakh President Kassym-Jomart Tokayev has pledged protection to Russians.";
const ev = { doc: "d", start: 100, end: 100 + text.length, text };
const entity = (label, aliases, mentions = []) => ({ label, aliases, mentions });
describe("evidenceSpans", () => {
    it("uses recorded mentions when their offsets match", () => {
        const t = entity("Kassym-Jomart Tokayev", [], [{ doc: "d", start: 117, end: 138, text: "Kassym-Jomart Tokayev", sentence: 0 }]);
        expect(evidenceSpans(ev, [t])).toEqual([{ start: 17, end: 38 }]);
    });
    it("falls back to names and aliases", () => {
        const spans = evidenceSpans(ev, [entity("Kassym-Jomart Tokayev", ["Tokayev"]), entity("Kazakhstan", ["Kazakh"])]);
        expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Kazakh", "Kassym-Jomart Tokayev"]);
    });
});
//# sourceMappingURL=evidenceSpans.test.js.map