// A description giving both a nationality and a home place puts the place in the country; a place one only lived or
// is based in, or one the sentence puts in another country, is not.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";

const relations = typedRelationsOfText({
  "Odile Varga": "PER",
  "Teodor Lask": "PER",
  "Henrik Saal": "PER",
  Tarnby: "LOC",
  Halden: "LOC",
  "Brenn Corp": "ORG",
  "Nordvik Ballklubb": "ORG",
  Aarhus: "LOC",
  Leeds: "LOC",
  England: "LOC",
});

describe("nationality and home place", () => {
  it("puts a person's birthplace or home in the country of the person's nationality", () => {
    expect(relations("Odile Varga (born 12 May 1950 in Tarnby) is a Peruvian sculptor.")).toContain(
      "Tarnby -LOCATION-> Peru",
    );
    expect(relations("Teodor Lask is a Canadian singer and songwriter from Halden.")).toContain(
      "Halden -LOCATION-> Canada",
    );
  });

  it("puts the home of a club with a nationality in that country", () => {
    expect(relations("Nordvik Ballklubb was a Danish football club from Aarhus.")).toContain(
      "Aarhus -LOCATION-> Denmark",
    );
  });

  it("reads nothing from where a person lived or a company is based", () => {
    expect(relations("Henrik Saal is a Swedish writer who lived in Paris.")).not.toContain("Paris -LOCATION-> Sweden");
    expect(relations("Brenn Corp is a Japanese company based in Leeds, England.")).not.toContain(
      "Leeds -LOCATION-> Japan",
    );
  });
});
