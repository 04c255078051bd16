// Weapons sent at someone, on hand-annotated UD parses of invented sentences (fixtures/weaponsSent.conllu): a
// verb of firing, launching, dropping or throwing with a weapon as its object is force against its "at/on/into"
// phrase (event-readings.json weaponVerbs), active or passive, and against the place of a struck common noun;
// not over a place, and not when the object is no weapon.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("weaponsSent", [
  ["Varn Brigade", "ORGANIZATION"],
  ["Dray Militia", "ORGANIZATION"],
  ["Tessaly", "COUNTRY"],
  ["Korvath", "LOCATION"],
  ["Ostria", "COUNTRY"],
  ["Pelmora", "LOCATION"],
  ["Quorra", "COUNTRY"],
]);

describe("a weapon sent at someone", () => {
  it("is force against the phrase it is aimed at", () => {
    expect(r).toContain("Varn Brigade -VIOLENCE-> Tessaly");
  });

  it("reads the passive's agent as the one who sent it", () => {
    expect(r).toContain("Dray Militia -VIOLENCE-> Korvath");
  });

  it("strikes the place of a common noun it hit", () => {
    expect(r).toContain("Ostria -VIOLENCE-> Pelmora");
  });
});

describe("what is no weapon sent at someone", () => {
  it("reads no force on a place a missile flew over", () => {
    expect(r).not.toContain("Tessaly -VIOLENCE-> Ostria");
  });

  it("reads no force when the object dropped is no weapon", () => {
    expect(r).not.toContain("Tessaly -VIOLENCE-> Quorra");
  });
});
