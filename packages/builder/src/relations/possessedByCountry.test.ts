// An organization possessed by a country ("Y's X"): a state body is part of the country, a company or an
// institution (its name's head: data/ner-org-heads.json kinds company and institution) is in it. Invented names
// through the whole extractor (dictionary NER double, shipped parser).
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  Norway: "LOC",
  "Halvard Museum": "ORG",
  "Velmar Directorate": "ORG",
  "Kesko Bank": "ORG",
  "Norway House of Delegates": "ORG",
});

describe("an organization possessed by a country", () => {
  it("places a museum or a bank in the country", () => {
    const r = relations("Norway's Halvard Museum reopened on Monday, and Norway's Kesko Bank paid for the repairs.");
    expect(r).toContain("Halvard Museum -LOCATION-> Norway");
    expect(r).toContain("Kesko Bank -LOCATION-> Norway");
    expect(r).not.toContain("Halvard Museum -PART_OF-> Norway");
  });

  it("keeps a state body part of the country", () => {
    expect(relations("Norway's Velmar Directorate fined the shipping firm on Tuesday.")).toContain(
      "Velmar Directorate -PART_OF-> Norway",
    );
  });

  it("makes a legislature's chamber named with its country part of it", () => {
    expect(relations("The Norway House of Delegates passed the budget on Friday.")).toContain(
      "Norway House of Delegates -PART_OF-> Norway",
    );
  });
});
