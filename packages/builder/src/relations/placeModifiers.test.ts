// A place's name before a common noun acts only when the noun is a body or people acting for it ("UK police
// arrested X"); before any other noun it only describes ("a UK pensioner is suing X": the pensioner sues).
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Halvik Corporation": "ORG",
  "Tarnby Bank": "ORG",
  "Orla Venn": "PER",
  Velmar: "LOC",
});

describe("country names modifying a noun", () => {
  it("does not make the country the actor of a described person's act", () => {
    const found = relations("A UK pensioner is suing Halvik Corporation over a faulty heater.");
    expect(found.filter((r) => r.startsWith("United Kingdom -"))).toEqual([]);
  });

  it("treats a town's name the same way", () => {
    expect(relations("Orla Venn will contest the Velmar seat at the election.")).toEqual([]);
    expect(relations("The Velmar council criticised Orla Venn.")).toContain("Velmar -OPPOSITION-> Orla Venn");
  });

  it("keeps the country as actor through a body that acts for it", () => {
    expect(relations("UK diplomats met Orla Venn.")).toContain("United Kingdom -STATEMENT-> Orla Venn");
  });
});
