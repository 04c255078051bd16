import { describe, expect, it } from "vitest";
import { placeHeadAfterNames } from "./placeHeadAfterNames.js";
import { extractionOfText } from "./testing/extractionOfText.js";

const words = (text: string) => text.split(" ");

describe("placeHeadAfterNames", () => {
  it("takes a capitalized street, site or state noun after a span into it, as a place", () => {
    const spans = placeHeadAfterNames(
      [
        { i: 4, j: 6, label: "PER" },
        { i: 10, j: 11, label: "MISC" },
      ],
      words("The car stood on Ilse Marr Drive , in the Varnskian Empire ."),
    );
    expect(spans).toEqual([
      { i: 4, j: 7, label: "LOC" },
      { i: 10, j: 12, label: "LOC" },
    ]);
  });

  it("leaves a lowercase noun, a noun opening another name and title-case headlines alone", () => {
    const lower = [{ i: 0, j: 2, label: "PER" }];
    expect(placeHeadAfterNames(lower, words("Ilse Marr drove down the road ."))).toEqual(lower);
    const before = [{ i: 2, j: 4, label: "PER" }];
    expect(placeHeadAfterNames(before, words("He met Ilse Marr Park Hotel staff ."))).toEqual(before);
    const headline = [{ i: 0, j: 2, label: "PER" }];
    expect(placeHeadAfterNames(headline, words("Ilse Marr Bridge Plan Wins Vote"))).toEqual(headline);
  });

  it("gives the extractor one place named after a person, apart from the person", () => {
    const x = extractionOfText({ "Ilse Marr": "PER" })("Ilse Marr spoke. Traffic on Ilse Marr Drive was slow.");
    expect(x.entities.map((e) => `${e.type} ${e.label}`).sort()).toEqual([
      "LOCATION Ilse Marr Drive",
      "PERSON Ilse Marr",
    ]);
  });
});
