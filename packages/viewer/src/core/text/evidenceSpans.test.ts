import type { EntityAttributes, Evidence } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { evidenceSpans } from "./evidenceSpans.js";

const text = "Valdorian President Valerian-Tomas Venkov has pledged protection to Kestovians.";
const ev: Evidence = { doc: "d", start: 100, end: 100 + text.length, text };
const entity = (label: string, aliases: string[], mentions: EntityAttributes["mentions"] = []) =>
  ({ label, aliases, mentions }) as unknown as EntityAttributes;

describe("evidenceSpans", () => {
  it("uses recorded mentions when their offsets match", () => {
    const t = entity(
      "Valerian-Tomas Venkov",
      [],
      [{ doc: "d", start: 120, end: 141, text: "Valerian-Tomas Venkov", sentence: 0 }],
    );
    expect(evidenceSpans(ev, [t])).toEqual([{ start: 20, end: 41 }]);
  });
  it("falls back to names and aliases", () => {
    const spans = evidenceSpans(ev, [entity("Valerian-Tomas Venkov", ["Venkov"]), entity("Valdoria", ["Valdorian"])]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Valdorian", "Valerian-Tomas Venkov"]);
  });
});
