import { describe, expect, it } from "vitest";
import { splitCoordinatedNames } from "./splitCoordinatedNames.js";

const words = (s: string): string[] => s.split(" ");

describe("splitCoordinatedNames", () => {
  it("splits two organisations joined by and", () => {
    const w = words("She studied at Dravel University and Kelvar Law School .");
    expect(splitCoordinatedNames([{ i: 3, j: 9, label: "ORG" }], w)).toEqual([
      { i: 3, j: 5, label: "ORG" },
      { i: 6, j: 9, label: "ORG" },
    ]);
  });

  it("splits every and of a list, whatever the tagger's label", () => {
    const w = words("the Tollen Institute and Marrow Foundation and Osk Hospital signed");
    expect(splitCoordinatedNames([{ i: 1, j: 9, label: "LOC" }], w)).toEqual([
      { i: 1, j: 3, label: "LOC" },
      { i: 4, j: 6, label: "LOC" },
      { i: 7, j: 9, label: "LOC" },
    ]);
  });

  it("splits an organisation's name and a name after it that ends in no organisation word", () => {
    const w = words("challenged by Orvel Bank and Tarnex , a unit of Hask .");
    expect(splitCoordinatedNames([{ i: 2, j: 6, label: "ORG" }], w)).toEqual([
      { i: 2, j: 4, label: "ORG" },
      { i: 5, j: 6, label: "ORG" },
    ]);
    // Not after a one-word name, nor for names the tagger typed otherwise.
    const one = [{ i: 0, j: 3, label: "ORG" }];
    expect(splitCoordinatedNames(one, words("Bank and Tarnex said"))).toEqual(one);
    const place = [{ i: 2, j: 6, label: "LOC" }];
    expect(splitCoordinatedNames(place, w)).toEqual(place);
  });

  it("keeps one name whose and is inside an of-phrase or not after an organisation word", () => {
    const w = words("The Ministry of Trade and Industry Services and the Ostrava Bread and Milk Company agreed .");
    const spans = [
      { i: 1, j: 7, label: "ORG" },
      { i: 9, j: 14, label: "ORG" },
    ];
    expect(splitCoordinatedNames(spans, w)).toEqual(spans);
  });

  it("splits at & only between names of two words or more", () => {
    const one = words("the Brask Bank & Trust said");
    expect(splitCoordinatedNames([{ i: 1, j: 5, label: "ORG" }], one)).toEqual([{ i: 1, j: 5, label: "ORG" }]);
    const two = words("the Brask Bank & Velm Insurance merged");
    expect(splitCoordinatedNames([{ i: 1, j: 6, label: "ORG" }], two)).toEqual([
      { i: 1, j: 3, label: "ORG" },
      { i: 4, j: 6, label: "ORG" },
    ]);
  });
});
