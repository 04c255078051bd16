// Verbs of judging an act done to someone, demands, stance nouns and a misread object, on hand-annotated UD parses
// of invented sentences (fixtures/judgedActs.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("judgedActs", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Alma Vesk", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Kessel Police", "ORGANIZATION"],
]);

describe("judging an act done to someone", () => {
  it("opposes whoever did a condemned act, not the one it was done to", () => {
    expect(r).toContain("Tarsia -COERCION-> Tomas Brell");
    expect(r).toContain("Alma Vesk -OPPOSITION-> Tarsia");
    expect(r).not.toContain("Alma Vesk -OPPOSITION-> Tomas Brell");
    expect(r).not.toContain("Alma Vesk -SUPPORT-> Tomas Brell");
  });

  it("reads no stance toward the one a condemned act struck, on the noun or hung on the verb", () => {
    expect(r).not.toContain("Velland -OPPOSITION-> Ilse Marn");
    expect(r).not.toContain("Velland -OPPOSITION-> Tarsia");
  });

  it("blames the one accused of an act, not the one the act struck", () => {
    expect(r).toContain("Halvard Group -OPPOSITION-> Tarsia");
    expect(r).toContain("Tarsia -VIOLENCE-> Ilse Marn");
    expect(r).not.toContain("Halvard Group -OPPOSITION-> Ilse Marn");
  });

  it("supports whoever did a praised act", () => {
    expect(r).toContain("Alma Vesk -SUPPORT-> Kessel Police");
  });
});

describe("demands, stance nouns and misread objects", () => {
  it("makes the subject of a demanded clause the demand's target", () => {
    expect(r).toContain("Dara Quist -OPPOSITION-> Tomas Brell");
  });

  it("reads an enemy's possessor as the one opposed", () => {
    expect(r).toContain("Halvard Group -OPPOSITION-> Velland");
  });

  it("reads an unmarked agent phrase after an active verb as its object", () => {
    expect(r).toContain("Ilse Marn -VIOLENCE-> Dara Quist");
    expect(r).not.toContain("Dara Quist -VIOLENCE-> Ilse Marn");
  });
});
