// Names inside hyphenated modifiers ("a Porvik-based firm", "the Varnsk-born writer") on invented text: the table
// (data/hyphen-modifiers.json), the mentions the finder splits out, and the relations the patterns read from them
// with the shipped parser.
import { describe, expect, it } from "vitest";
import { HYPHEN_MODIFIERS, splitHyphenModifier } from "./lexicon/hyphenModifiers.js";
import { extractionOfText } from "./testing/extractionOfText.js";
import type { DocumentExtraction } from "./types.js";

const extract = extractionOfText({
  "Anna Kovel": "PER",
  "Tomas Brell": "PER",
  "Karsk Media": "ORG",
  "Halvard Group": "ORG",
});
function edges(input: DocumentExtraction | string): string[] {
  const x = typeof input === "string" ? extract(input) : input;
  const label = (id: string) => x.entities.find((e) => e.localId === id)?.label ?? id;
  return x.relations
    .filter((r) => r.category !== "CO_OCCURRENCE")
    .map((r) => `${label(r.source)} -${r.category}-> ${label(r.target)}`);
}

describe("hyphenated modifier table", () => {
  it("splits a capitalized name off a listed suffix only", () => {
    expect(splitHyphenModifier("Porvik-based")).toMatchObject({ name: "Porvik", modifier: { category: "LOCATION" } });
    expect(splitHyphenModifier("Varnsk-born")).toMatchObject({ name: "Varnsk", modifier: { category: "ORIGIN" } });
    expect(splitHyphenModifier("Baden-Baden-based")?.name).toBe("Baden-Baden");
    expect(splitHyphenModifier("K.D.F.-backed")).toMatchObject({ name: "K.D.F.", modifier: { from: "name" } });
    expect(splitHyphenModifier("state-run")).toBeUndefined();
    expect(splitHyphenModifier("Porvik-style")).toBeUndefined();
    expect(splitHyphenModifier("-based")).toBeUndefined();
    expect(splitHyphenModifier("Internet-based")).toBeUndefined();
  });

  it("gives every row a category and a direction", () => {
    expect(HYPHEN_MODIFIERS.get("born")).toMatchObject({ category: "ORIGIN", from: "modified", prefix: "place" });
    expect(HYPHEN_MODIFIERS.get("led")?.prefix).toBe("body");
  });
});

describe("relations read from hyphenated modifiers", () => {
  it("places an organization in the town of its '-based' modifier", () => {
    const r = edges(extract("Karsk Media is a Porvik-based publisher of school books."));
    expect(r).toContain("Karsk Media -LOCATION-> Porvik");
  });

  it("continues the place's name over capitalized words before the hyphenated token", () => {
    const x = extract("Karsk Media is a New Porvik-based publisher of school books.");
    expect(x.entities.map((e) => e.label)).toContain("New Porvik");
    expect(edges(x)).toContain("Karsk Media -LOCATION-> New Porvik");
    expect(
      extract("The Internet-based firm Halvard Group hired two engineers.").entities.map((e) => e.label),
    ).not.toContain("Internet");
  });

  it("reads where a person was born from a '-born' modifier on the noun describing her", () => {
    const r = edges(extract("The Varnsk-born painter Anna Kovel opened a gallery on Tuesday."));
    expect(r).toContain("Anna Kovel -ORIGIN-> Varnsk");
    expect(r).not.toContain("Anna Kovel -LOCATION-> Varnsk");
  });

  it("reads a '-born' modifier on a copular predicate noun", () => {
    const r = edges(extract("Tomas Brell is a Varnsk-born composer."));
    expect(r).toContain("Tomas Brell -ORIGIN-> Varnsk");
  });

  it("reads an owner from a body modifier only when the name is a known country or an acronym", () => {
    const owned = edges(extract("Halvard Group, a Nigerian-owned shipping firm, bought two ships."));
    expect(owned).toContain("Halvard Group -PART_OF-> Nigeria");
    // The greedy parse hangs the name on the participle as its object.
    const asVerb = edges(extract("The Nigerian-owned Halvard Group bought two ships."));
    expect(asVerb).toContain("Halvard Group -PART_OF-> Nigeria");
    const unknown = extract("The Merrow-owned Halvard Group bought two ships.");
    expect(unknown.entities.map((e) => e.label)).not.toContain("Merrow");
  });
});
