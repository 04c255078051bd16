// "it" after a name that only modifies a noun for a thing ("the X plan", "the X tablet") stands for the thing, not
// the name; a name before a body that acts ("the X board") is still what "it" stands for.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Orla Venn": "PER", "Tarnby Bank": "ORG", "Kessel Group": "ORG" });

describe("a thing pronoun after a name modifying a noun", () => {
  it("does not stand for the name", () => {
    expect(relations("Orla Venn praised the Kessel Group plan. Tarnby Bank later criticised it.")).not.toContain(
      "Tarnby Bank -OPPOSITION-> Kessel Group",
    );
  });

  it("stands for a name that is the subject", () => {
    expect(relations("Tarnby Bank said it would sue Kessel Group.")).toContain("Tarnby Bank -COERCION-> Kessel Group");
  });
});
