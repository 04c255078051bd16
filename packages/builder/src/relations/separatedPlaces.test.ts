// A place phrase the parse hangs on an earlier name across a comma, a name beside another with no comma or
// parenthesis between (score lines, headlines), and a list parsed as nested appositions do not place one name in
// another (UD parses of invented sentences: fixtures/separatedPlaces.conllu, and the shipped parser).
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const relations = typedRelationsOfText({ Velmar: "LOC", Kessel: "LOC", "Norrland Rovers": "ORG" });
const r = relationsOf("separatedPlaces", [
  ["Pellmar", "LOCATION"],
  ["Orvik", "LOCATION"],
  ["Tessa", "LOCATION"],
  ["Dunmore", "LOCATION"],
  ["Brenholm", "LOCATION"],
  ["Varde", "LOCATION"],
  ["Halden", "LOCATION"],
  ["Morrow", "LOCATION"],
  ["Quessa", "LOCATION"],
]);

describe("places set apart from each other", () => {
  it("does not read 'in Y' after a comma as on an earlier name", () => {
    expect(r.filter((x) => x.includes("Quessa"))).toEqual([]);
  });

  it("does not read a score line as an apposition", () => {
    expect(relations("Norrland Rovers 24-10 Velmar")).toEqual([]);
  });

  it("keeps 'X in Y' and 'X, Y'", () => {
    expect(relations("The show has run in Velmar in Kessel.")).toContain("Velmar -LOCATION-> Kessel");
    expect(relations("He lives in Velmar, Kessel, with his wife.")).toContain("Velmar -LOCATION-> Kessel");
  });
});

describe("a list parsed as nested appositions", () => {
  it("is no place in another", () => {
    expect(r.filter((x) => /Pellmar|Orvik|Tessa|Dunmore/.test(x))).toEqual([]);
  });

  it("keeps a single apposed place", () => {
    expect(r).toContain("Brenholm -LOCATION-> Varde");
  });
});
