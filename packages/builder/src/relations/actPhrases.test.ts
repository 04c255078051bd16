// Act nouns under a verb of judging, a possessive in the "for" phrase of a judging verb, the head of a body as the
// body, a passive's agent on its completing adjective and a leader's forces, on UD parses of invented sentences (fixtures/actPhrases.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("actPhrases", [
  ["Velland", "COUNTRY"],
  ["Tarsia", "COUNTRY"],
  ["Korvan Guard", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Alma Vesk", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Pellmar", "LOCATION"],
]);

describe("an act noun's target phrase hung on the verb above it", () => {
  it("gives the act its target and keeps the judge's stance on the doer", () => {
    expect(r).toContain("Korvan Guard -VIOLENCE-> Tarsia");
    expect(r).toContain("Alma Vesk -OPPOSITION-> Korvan Guard");
    expect(r).not.toContain("Alma Vesk -OPPOSITION-> Tarsia");
  });
});

describe("a possessive in the 'for' phrase of a verb with an object", () => {
  it("stands for the object, not the subject", () => {
    expect(r).toContain("Korvan Guard -VIOLENCE-> Halvard Group");
    expect(r).not.toContain("Velland -VIOLENCE-> Halvard Group");
  });
});

describe("the head of a body", () => {
  it("stands for the body in a meeting", () => {
    expect(r).toContain("Tomas Brell -STATEMENT-> Halvard Group");
  });
});

describe("agents reached through a completing adjective or a leader", () => {
  it("takes the agent phrase hung on the adjective of a passive ('shot dead by')", () => {
    expect(r).toContain("Korvan Guard -VIOLENCE-> Tomas Brell");
  });

  it("makes a person's forces act for the person", () => {
    expect(r).toContain("Dara Quist -VIOLENCE-> Pellmar");
  });
});
