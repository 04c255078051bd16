import { describe, expect, it } from "vitest";
import type { LabelCandidate } from "./placeLabels.js";
import { labelsOverlap, placeLabels } from "./placeLabels.js";

const opts = { width: 400, height: 300, fontSize: 12, measure: (t: string) => t.length * 7, maxLabels: 100 };

describe("placeLabels", () => {
  it("places labels in priority order without overlap", () => {
    const candidates: LabelCandidate[] = Array.from({ length: 200 }, (_, i) => ({
      id: `n${i}`,
      label: `Entity ${i}`,
      x: 20 + ((i * 37) % 360),
      y: 20 + ((i * 53) % 260),
      radius: 3,
    }));
    const placed = placeLabels(candidates, opts);
    expect(placed[0]?.id).toBe("n0");
    expect(placed.length).toBeGreaterThan(10);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(labelsOverlap(placed[i]!, placed[j]!)).toBe(false);
  });
  it("moves a label to another side when the right one is taken", () => {
    const placed = placeLabels(
      [
        { id: "a", label: "Alpha", x: 100, y: 100, radius: 4 },
        { id: "b", label: "Beta", x: 100, y: 100, radius: 4 },
      ],
      opts,
    );
    expect(placed.map((p) => p.id)).toEqual(["a", "b"]);
    expect(placed[1]!.left).toBeLessThan(100);
  });
  it("keeps labels inside the viewport and stops at the cap", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `${i}`, label: "x", x: i * 8, y: 150, radius: 1 }));
    const placed = placeLabels(many, { ...opts, maxLabels: 5 });
    expect(placed).toHaveLength(5);
    expect(
      placeLabels([{ id: "edge", label: "Far right label", x: 399, y: 5, radius: 2 }], opts)[0]!.left,
    ).toBeLessThan(399);
  });
});
