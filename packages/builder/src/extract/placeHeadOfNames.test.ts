import { describe, expect, it } from "vitest";
import { placeHeadOfNames } from "./placeHeadOfNames.js";
import { extractionOfText } from "./testing/extractionOfText.js";

const words = (text: string) => text.split(" ");

describe("placeHeadOfNames", () => {
  it("starts a place span after '<Head> of' at the head", () => {
    const w = words("It lies in the Province of Varnsk near the Bay of Porvik .");
    const spans = placeHeadOfNames(
      [
        { i: 6, j: 7, label: "LOC" },
        { i: 11, j: 12, label: "LOC" },
      ],
      w,
    );
    expect(spans).toEqual([
      { i: 4, j: 7, label: "LOC" },
      { i: 9, j: 12, label: "LOC" },
    ]);
  });

  it("takes in the head the tagger tagged alone", () => {
    const spans = placeHeadOfNames(
      [
        { i: 2, j: 3, label: "LOC" },
        { i: 4, j: 5, label: "LOC" },
      ],
      words("Mayor of Town of Varnsk"),
    );
    expect(spans).toEqual([{ i: 2, j: 5, label: "LOC" }]);
  });

  it("leaves people, organizations and heads that are no place alone", () => {
    const before = [
      { i: 3, j: 4, label: "LOC" },
      { i: 8, j: 9, label: "PER" },
    ];
    expect(placeHeadOfNames(before, words("the University of Varnsk and Cathedral of Olga"))).toEqual(before);
  });
});

describe("places named by their kind and 'of'", () => {
  const extract = extractionOfText({ Varnsk: "LOC", Peru: "LOC" });

  it("makes one place of the head, 'of' and the name, also around a country", () => {
    const x = extract("Boats left the Province of Varnsk for the Gulf of Peru.");
    const places = x.entities.map((e) => [e.label, e.type]);
    expect(places).toContainEqual(["Province of Varnsk", "LOCATION"]);
    expect(places).toContainEqual(["Gulf of Peru", "LOCATION"]);
  });
});
