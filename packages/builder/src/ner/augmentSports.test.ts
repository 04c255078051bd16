import { iobSpans } from "@newskg/graph-model";
import { describe, expect, it } from "vitest";
import { augmentSports } from "./augmentSports.js";
import type { LabeledDocument } from "./readTrainingData.js";

// Made-up training documents naming towns (and a country) as places.
const docs: LabeledDocument[] = Array.from({ length: 40 }, (_, i) => ({
  sentences: [["Rain", "fell", "on", ["Korvel", "Brask", "Dunmere"][i % 3]!, "and", "France", "."]],
  tags: [["O", "O", "O", "B-LOC", "O", "B-LOC", "O"]],
}));

describe("sports results augmentation", () => {
  it("adds results documents whose teams are the corpus' towns, tagged ORG, and never countries", () => {
    const out = augmentSports(docs);
    expect(out.slice(0, docs.length)).toEqual(docs);
    const added = out.slice(docs.length);
    expect(added.length).toBeGreaterThan(0);
    const teams = new Set<string>();
    for (const d of added) {
      d.sentences.forEach((s, i) => {
        for (const sp of iobSpans(d.tags[i]!)) {
          expect(sp.type).toBe("ORG");
          teams.add(s.slice(sp.start, sp.end).join(" ").toLowerCase());
        }
      });
    }
    expect([...teams].sort()).toEqual(["brask", "dunmere", "korvel"]);
    expect(augmentSports(docs)).toEqual(out);
  });
});
