import { iobSpans } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { augmentDescriptors } from "./augmentDescriptors.js";
import type { LabeledDocument } from "./readTrainingData.js";

// Made-up training documents naming towns, one-word persons and one-word organisations.
const docs: LabeledDocument[] = Array.from({ length: 80 }, (_, i) => ({
  sentences: [
    ["Rain", "fell", "on", ["Korvel", "Brask", "Dunmere"][i % 3]!, "and", "France", "."],
    ["The", ["Veltrix", "QMB"][i % 2]!, "said", ["Tamsen", "Orlov"][i % 2]!, "left", "."],
  ],
  tags: [
    ["O", "O", "O", "B-LOC", "O", "B-LOC", "O"],
    ["O", "B-ORG", "O", "B-PER", "O", "O"],
  ],
}));

describe("descriptor sentences augmentation", () => {
  const added = augmentDescriptors(docs);
  const spans = added.flatMap((d) =>
    d.sentences.flatMap((s, i) =>
      iobSpans(d.tags[i]!).map((sp) => ({ text: s.slice(sp.start, sp.end).join(" "), type: sp.type })),
    ),
  );

  it("builds deterministic documents from the corpus' own names, one name a sentence", () => {
    expect(added.length).toBe(4);
    expect(augmentDescriptors(docs)).toEqual(added);
    expect(spans.length).toBe(added.reduce((n, d) => n + d.sentences.length, 0));
    expect(spans.some((s) => s.text === "France")).toBe(false);
  });

  it("fills the frames with each type about as often, each name with the type the corpus gives it", () => {
    const count = (t: string): number => spans.filter((s) => s.type === t).length;
    expect(count("ORG")).toBe(8);
    expect(count("PER")).toBe(8);
    expect(count("LOC")).toBe(8);
    const typeOf: Record<string, string> = { Veltrix: "ORG", QMB: "ORG", Tamsen: "PER", Orlov: "PER" };
    for (const t of ["Korvel", "Brask", "Dunmere"]) typeOf[t] = "LOC";
    for (const s of spans) expect(typeOf[s.text]).toBe(s.type);
  });

  it("adds nothing when the corpus tags no one-word name of some type", () => {
    const noPersons = docs.map((d) => ({ ...d, tags: d.tags.map((t) => t.map((x) => x.replace(/-PER$/, "-MISC"))) }));
    expect(augmentDescriptors(noPersons)).toEqual([]);
  });
});
