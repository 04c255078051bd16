// Event readings that depend on the arguments and the clause (data/event-readings.json), on hand-annotated UD
// parses of invented sentences (fixtures/eventReadings.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("eventReadings", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Tarsian", "COUNTRY", { adjective: true }],
  ["Dorvan Front", "ORGANIZATION"],
  ["Alma Vesk", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Porvik", "LOCATION"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
]);

describe("event readings by argument and clause", () => {
  it("reads a verb of defeating as force only with an armed side", () => {
    expect(r).not.toContain("Tarsia -VIOLENCE-> Velland");
    expect(r).toContain("Tarsian -VIOLENCE-> Dorvan Front");
  });

  it("reads force on a thing said or decided as criticism of its author", () => {
    expect(r).toContain("Alma Vesk -OPPOSITION-> Halvard Group");
    expect(r).not.toContain("Alma Vesk -VIOLENCE-> Halvard Group");
  });

  it("reads force under a verb of intent as a threat, and a threat's complement object as its target", () => {
    expect(r).toContain("Dorvan Front -OPPOSITION-> Porvik");
    expect(r).not.toContain("Dorvan Front -VIOLENCE-> Porvik");
    expect(r).toContain("Ilse Marn -OPPOSITION-> Tomas Brell");
  });

  it("reads no event from a negated predicate", () => {
    expect(r).not.toContain("Alma Vesk -SUPPORT-> Ilse Marn");
  });

  it("does not make the one who died an attacker of the place", () => {
    expect(r.filter((x) => x.startsWith("Tomas Brell -VIOLENCE"))).toEqual([]);
  });

  it("reads a general noun with a modifier of force as an event with its light verb's subject", () => {
    expect(r).toContain("Velland -VIOLENCE-> Tarsia");
  });

  it("lets members named with a body act for it, and force on an object in a place reach the place", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Porvik");
  });
});

describe("speakers of quotations and light verbs", () => {
  const q = relationsOf("quoteSpeaker", [
    ["Halvard Group", "ORGANIZATION"],
    ["Alma Vesk", "PERSON"],
    ["Tomas Brell", "PERSON"],
    ["Dorvan Front", "ORGANIZATION"],
    ["Porvik", "LOCATION"],
  ]);

  it("resolves a first-person pronoun inside a quotation to the speaker named after it", () => {
    expect(q).toContain("Alma Vesk -OPPOSITION-> Halvard Group");
  });

  it("lends a light verb's subject to its event noun, not an evaluating verb's", () => {
    expect(q).toContain("Dorvan Front -VIOLENCE-> Porvik");
    expect(q).not.toContain("Tomas Brell -VIOLENCE-> Porvik");
  });
});
