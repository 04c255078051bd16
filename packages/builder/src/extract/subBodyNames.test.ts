import { describe, expect, it } from "vitest";
import { subBodyNames } from "./subBodyNames.js";

const words = (s: string): string[] => s.split(" ");

describe("subBodyNames", () => {
  it("takes a part noun after an organisation into its name", () => {
    const w = words("a Varnsk Senate Finance subcommittee said");
    expect(subBodyNames([{ i: 1, j: 4, label: "ORG" }], w)).toEqual([{ i: 1, j: 5, label: "ORG" }]);
  });

  it("takes a modifier and a part noun that needs one", () => {
    const w = words("the Tollen press office said");
    expect(subBodyNames([{ i: 1, j: 2, label: "ORG" }], w)).toEqual([{ i: 1, j: 4, label: "ORG" }]);
  });

  it("leaves an office without a modifier, after a function word, and names that are no organisation", () => {
    const w = words("the Tollen office and the Brask in office and Osk Vell committee");
    const spans = [
      { i: 1, j: 2, label: "ORG" },
      { i: 5, j: 6, label: "ORG" },
      { i: 9, j: 11, label: "PER" },
    ];
    expect(subBodyNames(spans, w)).toEqual(spans);
  });
});
