// Targets named by a participle of naming, on hand-annotated UD parses of invented sentences
// (fixtures/namedTargets.conllu): a common noun an act reaches stands for the name "known as", "called" or
// "named" gives it; a relative clause that merely mentions a name does not name the noun.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("namedTargets", [
  ["Dray Militia", "ORGANIZATION"],
  ["Tarsia Police", "ORGANIZATION"],
  ["Fort Ulm", "LOCATION"],
  ["Pell Adair", "PERSON"],
  ["Kira Dunmore", "PERSON"],
]);

describe("a noun named by a participle of naming", () => {
  it("stands for the name 'known as' gives it", () => {
    expect(r).toContain("Dray Militia -VIOLENCE-> Fort Ulm");
  });

  it("stands for the name 'called' gives it", () => {
    expect(r).toContain("Tarsia Police -COERCION-> Pell Adair");
  });

  it("does not stand for a name its relative clause mentions", () => {
    expect(r).not.toContain("Tarsia Police -COERCION-> Kira Dunmore");
  });
});
