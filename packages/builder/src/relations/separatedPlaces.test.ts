// A place phrase the parse hangs on an earlier name across a comma, and a name beside another with no comma or
// parenthesis between (score lines, headlines), do not place one in the other.
import { describe, expect, it } from "vitest";
import { typedRelationsOfText } from "../extract/testing/typedRelationsOfText.js";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const relations = typedRelationsOfText({
  Velmar: "LOC",
  "North Tarnby": "LOC",
  Tarnby: "LOC",
  Ostrava: "LOC",
  Kessel: "LOC",
  "Norrland Rovers": "ORG",
});

describe("places set apart from each other", () => {
  it("does not read 'in Y' after a comma as on an earlier name", () => {
    const found = relations(
      "Nine versions are running, including North Tarnby and Velmar, with road shows in Ostrava and Kessel.",
    );
    expect(found.filter((r) => r.startsWith("Velmar -") || r.startsWith("North Tarnby -"))).toEqual([]);
  });

  it("does not read a score line as an apposition", () => {
    expect(relations("Norrland Rovers 19-47 Velmar")).toEqual([]);
  });

  it("keeps 'X in Y' and 'X, Y'", () => {
    expect(relations("The show has run in Velmar in Kessel.")).toContain("Velmar -LOCATION-> Kessel");
    expect(relations("He lives in Velmar, Kessel, with his wife.")).toContain("Velmar -LOCATION-> Kessel");
  });
});

describe("a list parsed as nested appositions", () => {
  const r = relationsOf("appositionList", [
    ["Pellmar", "LOCATION"],
    ["Orvik", "LOCATION"],
    ["Tessa", "LOCATION"],
    ["Dunmore", "LOCATION"],
    ["Brenholm", "LOCATION"],
    ["Varde", "LOCATION"],
  ]);

  it("is no place in another (fixtures/appositionList.conllu)", () => {
    expect(r.filter((x) => /Pellmar|Orvik|Tessa|Dunmore/.test(x))).toEqual([]);
  });

  it("keeps a single apposed place", () => {
    expect(r).toContain("Brenholm -LOCATION-> Varde");
  });
});
