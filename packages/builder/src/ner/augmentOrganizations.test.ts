import { iobSpans } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { augmentOrganizations } from "./augmentOrganizations.js";
import type { LabeledDocument } from "./readTrainingData.js";

// Made-up training documents naming towns as places and one-word organisations (a name and an acronym).
const docs: LabeledDocument[] = Array.from({ length: 60 }, (_, i) => ({
  sentences: [
    ["Rain", "fell", "on", ["Korvel", "Brask", "Dunmere"][i % 3]!, "and", "France", "."],
    ["The", ["Veltrix", "QMB"][i % 2]!, "said", "so", "."],
  ],
  tags: [
    ["O", "O", "O", "B-LOC", "O", "B-LOC", "O"],
    ["O", "B-ORG", "O", "O", "O"],
  ],
}));

describe("organisation sentences augmentation", () => {
  const added = augmentOrganizations(docs);

  it("builds deterministic documents from the corpus' own towns and organisation words", () => {
    expect(added.length).toBe(3);
    expect(augmentOrganizations(docs)).toEqual(added);
    const words = new Set(added.flatMap((d) => d.sentences.flat()));
    for (const w of ["Korvel", "Brask", "Dunmere", "Veltrix"]) expect(words.has(w)).toBe(true);
    expect(words.has("France")).toBe(false);
  });

  it("tags town + unit nouns, codes with digits and bodies as organisations, second towns as places", () => {
    const spans = added.flatMap((d) =>
      d.sentences.flatMap((s, i) =>
        iobSpans(d.tags[i]!).map((sp) => ({ text: s.slice(sp.start, sp.end).join(" "), type: sp.type })),
      ),
    );
    expect(new Set(spans.map((s) => s.type))).toEqual(new Set(["ORG", "LOC"]));
    for (const s of spans.filter((x) => x.type === "LOC")) expect(["Korvel", "Brask", "Dunmere"]).toContain(s.text);
    const orgs = spans.filter((x) => x.type === "ORG").map((x) => x.text);
    expect(orgs.some((o) => /^(Korvel|Brask|Dunmere) (Police|Fire|Constabulary|City|County)/.test(o))).toBe(true);
    expect(orgs.some((o) => /^Q\d \+ 1$|^QMB\d$|^QMB-\d$/.test(o))).toBe(true);
    expect(orgs).toContain("Veltrix");
  });

  it("opens no sentence with a bare town and coordinates no two organisations", () => {
    // Both would teach contexts persons stand in ("X were ...", "X and Y") as organisation contexts.
    const towns = new Set(["Korvel", "Brask", "Dunmere"]);
    const many = augmentOrganizations([...docs, ...docs, ...docs, ...docs]);
    expect(many.length).toBe(12);
    for (const d of many) {
      d.sentences.forEach((s, i) => {
        const spans = iobSpans(d.tags[i]!);
        const first = spans[0];
        if (first && first.start === 0 && first.type === "ORG")
          expect(first.end - first.start > 1 || !towns.has(s[0]!)).toBe(true);
        for (let k = 1; k < spans.length; k++) {
          const [a, b] = [spans[k - 1]!, spans[k]!];
          const between = s.slice(a.end, b.start).join(" ");
          if (a.type === "ORG" && b.type === "ORG") expect(["and", ","]).not.toContain(between);
        }
      });
    }
  });

  it("adds nothing when the corpus has no towns or organisations to draw from", () => {
    expect(augmentOrganizations(docs.map((d) => ({ ...d, tags: d.tags.map((t) => t.map(() => "O")) })))).toEqual([]);
  });
});
