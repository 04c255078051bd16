// Kinds of spurious, mistyped and split entities in news from other outlets: a title the tagger took for an
// organisation's name, function words opening a sentence run into a name, groups named by a faith or people,
// a party written as its members. Invented text; the dictionary NER double gives the spans the tagger gives.
import { describe, expect, it } from "vitest";
import { extractionOfText } from "./testing/extractionOfText.js";
import { typedRelationsOfText } from "./testing/typedRelationsOfText.js";
import type { DocumentExtraction } from "./types.js";

const names = {
  "Assembly Majority Whip": "ORG",
  "Special Envoy": "ORG",
  "Tomas Ivel": "PER",
  "Greta Holm": "PER",
  Ruritania: "LOC",
} as const;
const extract = extractionOfText(names);
const labels = (x: DocumentExtraction) => x.entities.map((e) => e.label);
const typeOf = (x: DocumentExtraction, label: string) => x.entities.find((e) => e.label === label)?.type;

describe("titles tagged as organisations", () => {
  it("keeps the body before the title and reads the role at it", () => {
    const text = "Assembly Majority Whip Tomas Ivel rejected the budget plan in Ruritania on Monday.";
    const x = extract(text);
    expect(labels(x)).not.toContain("Assembly Majority Whip");
    expect(typeOf(x, "Assembly")).toBe("ORGANIZATION");
    expect(typedRelationsOfText(names)(text)).toContain("Tomas Ivel -ROLE-> Assembly");
  });

  it("drops a name made only of title words", () => {
    const x = extract("The talks were led by Special Envoy Greta Holm, who flew home afterwards.");
    expect(labels(x)).not.toContain("Special Envoy");
    expect(typeOf(x, "Greta Holm")).toBe("PERSON");
  });
});
