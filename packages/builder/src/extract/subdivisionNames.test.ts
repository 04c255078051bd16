// States and provinces from the `provinces` package as places; invented towns and people around them.
import { describe, expect, it } from "vitest";
import { subdivisionNames } from "./subdivisionNames.js";
import { extractionOfText } from "./testing/extractionOfText.js";

const words = (text: string) => text.split(" ");

describe("subdivisionNames", () => {
  it("adds an untagged state modifying a noun or before a title, and types a state the tagger took for a person", () => {
    expect(subdivisionNames([], words("A Vermont school board met ."))).toEqual([{ i: 1, j: 2, label: "LOC" }]);
    expect(subdivisionNames([{ i: 3, j: 5, label: "PER" }], words("Allies of Ohio Gov. Dana Broll ."))).toEqual([
      { i: 2, j: 3, label: "LOC" },
      { i: 3, j: 5, label: "PER" },
    ]);
    expect(subdivisionNames([{ i: 2, j: 3, label: "PER" }], words("She left Nebraska ."))).toEqual([
      { i: 2, j: 3, label: "LOC" },
    ]);
  });

  it("leaves a state's name inside another name and names that are first names", () => {
    const w = words("She studied at Ohio State University and met Clark Montana and Georgia Pell .");
    expect(subdivisionNames([], w)).toEqual([]);
  });

  it("makes a person's or one-word name before ', <State>' a town, but not before a possessive", () => {
    const w = words("In Halvik , Ohio , police and Dana Broll , Ohio 's treasurer , spoke .");
    const out = subdivisionNames(
      [
        { i: 1, j: 2, label: "PER" },
        { i: 7, j: 9, label: "PER" },
      ],
      w,
    );
    expect(out).toEqual([
      { i: 1, j: 2, label: "LOC" },
      { i: 3, j: 4, label: "LOC" },
      { i: 7, j: 9, label: "PER" },
      { i: 10, j: 11, label: "LOC" },
    ]);
  });
});

describe("states in extraction", () => {
  const extract = extractionOfText({ "Dana Broll": "PER", Halvik: "PER", "Kelby Hospital": "ORG" });
  it("finds the state and types the town before it", () => {
    const x = extract("A nurse at Kelby Hospital in Halvik, Ohio, said a Vermont man was treated there.");
    const types = new Map(x.entities.map((e) => [e.label, e.type]));
    expect(types.get("Halvik")).toBe("LOCATION");
    expect(types.get("Ohio")).toBe("LOCATION");
    expect(types.get("Vermont")).toBe("LOCATION");
  });
});
