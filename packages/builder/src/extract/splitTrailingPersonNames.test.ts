import { describe, expect, it } from "vitest";
import { splitTrailingPersonNames } from "./splitTrailingPersonNames.js";

const words = (s: string): string[] => s.split(" ");

describe("splitTrailingPersonNames", () => {
  it("splits a person named after a body's name with an inner of", () => {
    const w = words("Leader of the Porvik House of Lords William Drask spoke .");
    expect(splitTrailingPersonNames([{ i: 3, j: 9, label: "ORG" }], w)).toEqual([
      { i: 3, j: 7, label: "ORG" },
      { i: 7, j: 9, label: "PER" },
    ]);
  });

  it("splits a person after a name ending in an organisation word", () => {
    const w = words("the Varnsk Trade Council Helen Morrow said");
    expect(splitTrailingPersonNames([{ i: 1, j: 6, label: "ORG" }], w)).toEqual([
      { i: 1, j: 4, label: "ORG" },
      { i: 4, j: 6, label: "PER" },
    ]);
  });

  it("keeps names that end in no first name, or whose start is no body's name", () => {
    const w = words("the Varnsk Trade Council Osk Morrow and Brask Holt Helen Morrow met");
    const spans = [
      { i: 1, j: 6, label: "ORG" },
      { i: 7, j: 11, label: "ORG" },
    ];
    expect(splitTrailingPersonNames(spans, w)).toEqual(spans);
  });
});
