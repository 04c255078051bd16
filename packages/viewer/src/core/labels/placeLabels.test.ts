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
  it("keeps a label off a neighbour's dot, and leaves it out when every side covers one (the first excepted)", () => {
    // A dot just right of "a": the right-hand position would cover it.
    const dots = [
      { id: "a", x: 100, y: 100, radius: 4 },
      { id: "b", x: 125, y: 100, radius: 6 },
    ];
    const alpha = { id: "a", label: "Alpha", x: 100, y: 100, radius: 4 };
    const [withDots] = placeLabels([alpha], { ...opts, obstacles: dots });
    expect(withDots!.left + withDots!.width).toBeLessThanOrEqual(100);
    const [without] = placeLabels([alpha], opts);
    expect(without!.left).toBeGreaterThan(100);
    // "a" in a field of dots 12 px apart: no side or corner is clear.
    const field = Array.from({ length: 15 * 15 }, (_, k) => ({
      id: `d${k}`,
      x: 16 + 12 * (k % 15),
      y: 16 + 12 * Math.floor(k / 15),
      radius: 3,
    }));
    const first = { id: "f", label: "Focus", x: 300, y: 250, radius: 4 };
    expect(placeLabels([first, alpha], { ...opts, obstacles: field }).map((l) => l.id)).toEqual(["f"]);
    expect(placeLabels([alpha], { ...opts, obstacles: field }).map((l) => l.id)).toEqual(["a"]);
  });
});
