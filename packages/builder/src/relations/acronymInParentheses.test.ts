import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({ "Velmar Hills": "LOC", VH: "LOC", Norland: "LOC" });

describe("an acronym in parentheses", () => {
  it("restates the name before it: no place inside another", () => {
    expect(relations("She lives in Velmar Hills (VH) with her son.")).toEqual([]);
  });

  it("leaves a larger place in parentheses alone", () => {
    expect(relations("She lives in Velmar Hills (Norland) with her son.")).toContain(
      "Velmar Hills -LOCATION-> Norland",
    );
  });
});
