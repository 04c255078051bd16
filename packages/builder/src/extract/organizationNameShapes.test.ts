import { describe, expect, it } from "vitest";
import { organizationNameShapes } from "./organizationNameShapes.js";
import { extractionOfText } from "./testing/extractionOfText.js";

const words = (text: string) => text.split(" ");

describe("organizationNameShapes", () => {
  it("makes a club prefix and the name after it one organization, over the tagger's type", () => {
    expect(organizationNameShapes([{ i: 3, j: 4, label: "LOC" }], words("He joined FK Varnsk ."))).toEqual([
      { i: 2, j: 4, label: "ORG" },
    ]);
    expect(organizationNameShapes([], words("He joined SV Tollen Orby in May"))).toEqual([
      { i: 2, j: 5, label: "ORG" },
    ]);
  });

  it("makes a name ending in a club suffix one organization, over the tagger's person or place", () => {
    expect(organizationNameShapes([{ i: 3, j: 5, label: "PER" }], words("She plays for Lindby Rovers ."))).toEqual([
      { i: 3, j: 5, label: "ORG" },
    ]);
    expect(organizationNameShapes([{ i: 2, j: 3, label: "LOC" }], words("He joined Porvik Athletic in May"))).toEqual([
      { i: 2, j: 4, label: "ORG" },
    ]);
  });

  it("makes a broadcast call sign an organization, as one token or three", () => {
    expect(organizationNameShapes([], words("on WXYZ-FM and KVQP - TV ."))).toEqual([
      { i: 1, j: 2, label: "ORG" },
      { i: 3, j: 6, label: "ORG" },
    ]);
  });

  it("leaves other capitals, lowercase words after a prefix and longer tagged names alone", () => {
    const tagged = [{ i: 0, j: 3, label: "ORG" }];
    expect(organizationNameShapes(tagged, words("Porvik FC Supporters Trust met"))).toEqual(tagged);
    expect(organizationNameShapes([], words("the FC rules and WXYZ-XL and AB-FM"))).toEqual([]);
  });
});

describe("organization shapes in an article", () => {
  const extract = extractionOfText({ Varnsk: "LOC" });

  it("types the club and the station as organizations", () => {
    const x = extract("Reporters from WQRZ-FM followed FK Varnsk to the final.");
    const types = Object.fromEntries(x.entities.map((e) => [e.label, e.type]));
    expect(types["WQRZ-FM"]).toBe("ORGANIZATION");
    expect(types["FK Varnsk"]).toBe("ORGANIZATION");
  });
});

describe("untagged organization names with an inner 'of'", () => {
  const extract = extractionOfText({ "Tomas Brell": "PER" });
  it("carries an organization word's name over its inner 'of', with a demonym before it", () => {
    const x = extract(
      "Tomas Brell joined the Chilean Society of Glass Makers in 1990 and the Institute of Tidal Studies.",
    );
    const orgs = x.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.label);
    expect(orgs).toContain("Chilean Society of Glass Makers");
    expect(orgs).toContain("Institute of Tidal Studies");
  });
});
