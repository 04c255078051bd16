// A preposition's object keeps its place chain with adjectives after the determiner ("at the historic X, in Y");
// a quantifier without one ("to many X, Y") opens no chain.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Halvik Medical Institution": "ORG", Tarnby: "LOC", Northerners: "LOC" });

describe("place chain after adjectives", () => {
  it("places an organization named after 'at the <adjective>' in the comma-'in' place", () => {
    expect(relations("The congress meets at the historic Halvik Medical Institution, in Tarnby.")).toContain(
      "Halvik Medical Institution -LOCATION-> Tarnby",
    );
  });

  it("reads no chain from a quantified plural before a comma", () => {
    expect(relations("To many Northerners, Tarnby is a quiet seaside town.")).not.toContain(
      "Northerners -LOCATION-> Tarnby",
    );
  });
});
