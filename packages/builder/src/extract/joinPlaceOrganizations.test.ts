import { describe, expect, it } from "vitest";
import { joinPlaceOrganizations } from "./joinPlaceOrganizations.js";

const words = (s: string): string[] => s.split(" ");

describe("joinPlaceOrganizations", () => {
  it("joins a place directly followed by an organisation into one organisation", () => {
    const w = words("The Varnholm Crisis Center said it had closed .");
    const out = joinPlaceOrganizations(
      [
        { i: 1, j: 2, label: "LOC" },
        { i: 2, j: 4, label: "ORG" },
      ],
      w,
    );
    expect(out).toEqual([{ i: 1, j: 4, label: "ORG" }]);
  });

  it("takes in an untagged capitalised tail ending in a body head, possessive included", () => {
    const w = words("Officials at the East Ludmore Coroner 's Office confirmed it .");
    expect(joinPlaceOrganizations([{ i: 3, j: 5, label: "LOC" }], w)).toEqual([{ i: 3, j: 8, label: "ORG" }]);
  });

  it("retypes a multi-word place or person name ending in a body head", () => {
    const w = words("Police from Brantwick Constabulary arrested two men .");
    expect(joinPlaceOrganizations([{ i: 2, j: 4, label: "LOC" }], w)).toEqual([{ i: 2, j: 4, label: "ORG" }]);
  });

  it("leaves places alone when no body head ends the name", () => {
    const w = words("He moved from Port Selwin to the Upper Dravel Valley in May .");
    const spans = [
      { i: 3, j: 5, label: "LOC" },
      { i: 7, j: 10, label: "LOC" },
    ];
    expect(joinPlaceOrganizations(spans, w)).toEqual(spans);
  });

  it("does not join a place to a lower-case common noun or a head that also ends place names", () => {
    const w = words("Troops crossed the Kelvar Bank near the Ostrava police station .");
    const spans = [
      { i: 3, j: 5, label: "LOC" },
      { i: 7, j: 8, label: "LOC" },
    ];
    expect(joinPlaceOrganizations(spans, w)).toEqual(spans);
  });

  it("does not join two places or a place and a following person", () => {
    const w = words("In Dravel Marta Ostenko met the Kelvar delegation .");
    const spans = [
      { i: 1, j: 2, label: "LOC" },
      { i: 2, j: 4, label: "PER" },
    ];
    expect(joinPlaceOrganizations(spans, w)).toEqual(spans);
  });

  it("makes an office named by its holder's title one organisation with the place before it", () => {
    const w = words("the West Tollen County Sheriff 's Office said");
    const spans = [
      { i: 1, j: 2, label: "LOC" },
      { i: 2, j: 5, label: "PER" },
    ];
    expect(joinPlaceOrganizations(spans, w)).toEqual([{ i: 1, j: 7, label: "ORG" }]);
  });
});
