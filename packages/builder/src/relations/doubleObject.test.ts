// In a double-object frame whose direct object is a thing ("fined X $5m", "denied X a visa"), the indirect object
// is the party the act is done to.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Kessel Council": "ORG", "Tarnby Bank": "ORG", "Orla Venn": "PER" });

describe("the indirect object of an act on a party", () => {
  it("is the act's target when the direct object names no party", () => {
    expect(relations("The Kessel Council fined Tarnby Bank $5m.")).toContain("Kessel Council -COERCION-> Tarnby Bank");
    expect(relations("The Kessel Council denied Orla Venn a visa.")).toContain(
      "Kessel Council -OPPOSITION-> Orla Venn",
    );
  });
});
