import { describe, expect, it } from "vitest";
import { ampersandNames } from "./ampersandNames.js";

const words = (text: string) => text.split(" ");

describe("ampersandNames", () => {
  it("joins the tagger's pieces around an ampersand into one organization", () => {
    expect(ampersandNames([{ i: 5, j: 6, label: "PER" }], words("She worked for Brill & Kade in Porvik ."))).toEqual([
      { i: 3, j: 6, label: "ORG" },
    ]);
    expect(
      ampersandNames([{ i: 5, j: 6, label: "ORG" }], words("She sold her stake in Kell & Co. Shares fell .")),
    ).toEqual([{ i: 5, j: 8, label: "ORG" }]);
  });

  it("keeps a longer tagged name around it whole and leaves couples with courtesy titles", () => {
    const w = words("The Porvik Bank & Trust lost money .");
    expect(ampersandNames([{ i: 1, j: 5, label: "ORG" }], w)).toEqual([{ i: 1, j: 5, label: "ORG" }]);
    expect(ampersandNames([], words("Then Mr & Mrs Kade arrived ."))).toEqual([]);
  });
});
