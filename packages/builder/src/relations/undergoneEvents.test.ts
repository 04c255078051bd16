// Event arguments read from the side that undergoes or reports the act, on UD parses of invented sentences
// (fixtures/undergoneEvents.conllu, the builder's parses with a few tags and attachments set by hand): verbs of
// undergoing an event noun, agentless arrests an armed or police body reports, stance nouns, and armed-group
// descriptions standing for a group introduced with another noun of their family.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("undergoneEvents", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Kessel", "LOCATION"],
  ["Orvel Front", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Kessel Police", "ORGANIZATION"],
  ["Tarsian army", "ORGANIZATION"],
  ["Varo", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Alma Vesk", "PERSON"],
]);

describe("verbs of undergoing an event noun", () => {
  it("reads the subject as the patient and the 'from' phrase as the agent", () => {
    expect(r).toContain("Halvard Group -OPPOSITION-> Velland");
    expect(r).not.toContain("Velland -OPPOSITION-> Halvard Group");
    expect(r).toContain("Tarsia -VIOLENCE-> Orvel Front");
    expect(r).not.toContain("Orvel Front -VIOLENCE-> Tarsia");
  });

  it("reads the 'of' phrase of support won or received as its giver", () => {
    expect(r).toContain("Halvard Group -SUPPORT-> Dara Quist");
    expect(r).not.toContain("Dara Quist -SUPPORT-> Halvard Group");
  });
});

describe("an agentless arrest reported by an armed or police body", () => {
  it("is the reporting body's act, whether the report governs the clause or follows it", () => {
    expect(r).toContain("Kessel Police -COERCION-> Tomas Brell");
    expect(r).toContain("Tarsian army -COERCION-> Ilse Marn");
  });

  it("is no act of a body that is not armed", () => {
    expect(r).not.toContain("Halvard Group -COERCION-> Alma Vesk");
  });
});

describe("stance nouns", () => {
  it("read the actor on the noun as the one stood against, the person described as the one who stands", () => {
    expect(r).toContain("Alma Vesk -OPPOSITION-> Velland");
    expect(r).not.toContain("Velland -OPPOSITION-> Alma Vesk");
    expect(r).toContain("Ilse Marn -OPPOSITION-> Dara Quist");
  });
});

describe("armed-group descriptions", () => {
  it("stand for a group introduced with another noun of their family", () => {
    expect(r).toContain("Varo -VIOLENCE-> Kessel");
  });
});
