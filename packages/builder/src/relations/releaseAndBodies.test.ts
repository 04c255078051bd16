// Releases and the bodies a leader commands, on the builder's UD parses of invented sentences
// (fixtures/releaseAndBodies.conllu): freeing a detainee is a release (CAMEO 084), not support; a release called
// for or promised is no threat to the one to be released; a leader's possessed government acts for the leader.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("releaseAndBodies", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Kessel", "LOCATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Oren Falk", "PERSON"],
  ["Alma Vesk", "PERSON"],
]);

describe("freeing a detainee", () => {
  it("is read as a release, as 'released' is, not as support", () => {
    expect(r).toContain("Tarsia -COERCION-> Dara Quist");
    expect(r).not.toContain("Tarsia -SUPPORT-> Dara Quist");
  });
});

describe("a release called for or promised", () => {
  it("is no threat from the one who calls for it to the one to be released", () => {
    expect(r).not.toContain("Halvard Group -OPPOSITION-> Tomas Brell");
    expect(r).not.toContain("Velland -OPPOSITION-> Ilse Marn");
  });

  it("is no release that happened", () => {
    expect(r).not.toContain("Velland -COERCION-> Ilse Marn");
    expect(r).not.toContain("Velland -COERCION-> Tomas Brell");
  });

  it("leaves force urged on someone a threat by them", () => {
    expect(r).toContain("Tarsia -OPPOSITION-> Kessel");
  });
});

describe("a leader's possessed government", () => {
  it("acts for the leader", () => {
    expect(r).toContain("Oren Falk -COERCION-> Alma Vesk");
  });
});
