// A comma that closes a fronted clause or phrase before the subject ("After talks in X, Country agreed") does not
// nest the name before it in the country the way "X, Country" in a place chain does.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ Velmar: "LOC" });

describe("a fronted phrase before a country subject", () => {
  it("does not read the comma closing the phrase as a place chain", () => {
    expect(relations("After talks in Velmar, Kenya agreed to the deal.")).not.toContain("Velmar -LOCATION-> Kenya");
  });

  it("keeps chains whose country is set off by its own comma or ends the phrase", () => {
    expect(relations("Officials in Velmar, Kenya, said the road was closed.")).toContain("Velmar -LOCATION-> Kenya");
    expect(relations("She lives in Velmar, Kenya.")).toContain("Velmar -LOCATION-> Kenya");
  });
});
