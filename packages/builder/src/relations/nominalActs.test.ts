// Acts named by a noun: with their doer in a "by" phrase ("the killing of X by Y"), in sentences whose main verb the
// tagger takes for an adjective ("... shocked Z"): the sentence is parsed again with that word as its verb, so the
// noun's arguments are read. Whole extractor (dictionary NER double, shipped parser), invented sentences.
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
    const found = read("Harwick Records announced a deal with Delmont Bank to build a plant.");
    expect(found).toContain("Harwick Records -ALLIANCE-> Delmont Bank");
    expect(found).not.toContain("Harwick Records -STATEMENT-> Delmont Bank");
  });
});
