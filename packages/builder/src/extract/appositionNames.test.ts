import { describe, expect, it } from "vitest";
import { appositionNames } from "./appositionNames.js";

const words = (s: string): string[] => s.split(" ");

describe("appositionNames", () => {
  it("starts a name at the apposition noun before the words the tagger left out", () => {
    const w = words("he told private broadcaster AlVarna Tollen TV on Monday");
    expect(appositionNames([{ i: 5, j: 7, label: "ORG" }], w)).toEqual([{ i: 4, j: 7, label: "ORG" }]);
  });

  it("leaves a span whose capitalised neighbours follow no apposition noun", () => {
    const w = words("On Monday Tollen TV said");
    const spans = [{ i: 2, j: 4, label: "ORG" }];
    expect(appositionNames(spans, w)).toEqual(spans);
  });
});
