// An occupation noun with a rank word ("principal conductor", "deputy editor") is a post even when the title lexicon
// lacks the noun; a rank word on an opinion noun is no post.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Orla Venn": "PER", "Velmar Opera": "ORG", "Tarnby Bank": "ORG" });

describe("ranked posts", () => {
  it("reads the post taken or held through a verb or a copula", () => {
    expect(relations("Orla Venn became principal conductor of the Velmar Opera.")).toContain(
      "Orla Venn -ROLE-> Velmar Opera",
    );
    expect(relations("Orla Venn is chief economist at Tarnby Bank.")).toContain("Orla Venn -ROLE-> Tarnby Bank");
  });

  it("does not make a critic a post holder", () => {
    expect(relations("Orla Venn became a senior critic of Tarnby Bank.")).not.toContain(
      "Orla Venn -ROLE-> Tarnby Bank",
    );
  });
});
