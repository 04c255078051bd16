// The doer of an act as the doer of what the act did ("an attack by X killed Y", a relative clause on the act or on
// a noun of its phrase), owning an act by taking responsibility for it, a body one is expelled from as the one who
// expelled, and annexing a place as taking it, on UD
// parses of invented sentences (fixtures/actDoers.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("actDoers", [
  ["Korvan Guard", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Velland", "COUNTRY"],
  ["Tarsia", "COUNTRY"],
  ["Pellmar", "LOCATION"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Alma Vesk", "PERSON"],
]);

describe("an act as the subject of a force verb", () => {
  it("makes the act's doer the one who did it", () => {
    expect(r).toContain("Korvan Guard -VIOLENCE-> Tomas Brell");
  });

  it("reads a relative clause on the act, or on a noun of the act's phrase, as the act's", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Ilse Marn");
    expect(r).toContain("Korvan Guard -VIOLENCE-> Dara Quist");
  });

  it("lends an act's doer to no later agentless passive of the same verb", () => {
    expect(r).not.toContain("Korvan Guard -VIOLENCE-> Alma Vesk");
  });
});

describe("responsibility for an act", () => {
  it("names its doer when taken, not when denied", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Tarsia");
    expect(r).not.toContain("Velland -VIOLENCE-> Alma Vesk");
  });
});

describe("put out of a body", () => {
  it("makes the body the agent of an agentless expulsion, not of a release", () => {
    expect(r).toContain("Halvard Group -COERCION-> Tomas Brell");
    expect(r).not.toContain("Korvan Guard -COERCION-> Ilse Marn");
  });
});

describe("annexing a place", () => {
  it("is taking territory", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Pellmar");
  });

  it("gives a possessive pronoun coordinated with a possessed noun that noun's possessor", () => {
    expect(r).not.toContain("Velland -VIOLENCE-> Pellmar");
  });
});
