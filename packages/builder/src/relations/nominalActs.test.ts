// Acts named by a noun and targets of verb patterns: a noun's "by" doer ("the killing of X by Y") in a sentence
// whose verb the tagger took for an adjective (parsed again with it as the verb); a light verb's object keeping its
// "with" partner; a pattern's target in a "to" phrase rather than the thing sold; a water body as the place of an
// act of force, not its target. Whole extractor (dictionary NER double, shipped parser), invented sentences.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Mira Quell": "PER", "Omar Lind": "PER", Porvik: "LOC" });

describe("nominal acts with a 'by' doer", () => {
  it("reads the doer and the patient of an act noun before a verb tagged as an adjective", () => {
    expect(relations("The killing of Mira Quell by Omar Lind shocked Porvik.")).toContain(
      "Omar Lind -VIOLENCE-> Mira Quell",
    );
  });
});

describe("an object noun's own phrases after a light verb", () => {
  const read = typedRelationsOfText({ "Harwick Records": "ORG", "Delmont Bank": "ORG" });

  it("reads the deal with X as the deal's, not as a statement made to X", () => {
    const found = read("On Friday Harwick Records announced its new partnership with Delmont Bank.");
    expect(found).toContain("Harwick Records -ALLIANCE-> Delmont Bank");
    expect(found).not.toContain("Harwick Records -STATEMENT-> Delmont Bank");
  });
});

describe("a pattern whose target is in the verb's prepositional phrase", () => {
  const read = typedRelationsOfText({ "Omar Lind": "PER", "Harwick Records": "ORG", "Delmont Group": "ORG" });

  it("takes the 'to' phrase, not the thing sold, as the target of selling to", () => {
    const found = read("Omar Lind sold Harwick Records to Delmont Group in 2002.");
    expect(found).toContain("Omar Lind -SUPPORT-> Delmont Group");
    expect(found).not.toContain("Omar Lind -SUPPORT-> Harwick Records");
  });
});

describe("water bodies in acts of force", () => {
  const read = typedRelationsOfText({ "Sea of Tarvia": "LOC", Porvik: "LOC", "Orbel Bay": "LOC" });

  it("takes a sea or bay as the place of the act, not its target", () => {
    expect(read("Peru shelled the Sea of Tarvia for a week.")).not.toContain("Peru -VIOLENCE-> Sea of Tarvia");
    expect(read("Peru shelled Porvik and Orbel Bay on Monday.")).toContain("Peru -VIOLENCE-> Porvik");
    expect(read("Peru shelled Porvik and Orbel Bay on Monday.")).not.toContain("Peru -VIOLENCE-> Orbel Bay");
  });
});
