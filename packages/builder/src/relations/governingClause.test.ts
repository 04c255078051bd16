// Event arguments named in the clause that governs the predicate, on UD parses of invented sentences
// (fixtures/governingClause.conllu, the builder's parses with a few attachments set by hand): the one a verb of
// accusing or an adjective of guilt holds to account for an event noun, the one who commands or sends a force named
// by a common noun, an indirect object controlling an infinitive, and an event noun's "by" phrase hung on its target.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("governingClause", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Kessel", "LOCATION"],
  ["Orvel Front", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Alma Vesk", "PERSON"],
  ["Brenmark", "COUNTRY"],
  ["Osterlund", "COUNTRY"],
]);

describe("the one held to account for an event noun", () => {
  it("reads the object of a verb of blaming or accusing as the act's agent, and the act's place", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Kessel");
    expect(r).toContain("Tarsia -OPPOSITION-> Orvel Front");
    expect(r).not.toContain("Tarsia -VIOLENCE-> Kessel");
  });

  it("gives the act the target phrase the parse hung on the verb of accusing, not the accusation", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Tarsia");
    expect(r).not.toContain("Velland -OPPOSITION-> Tarsia");
  });

  it("reads the passive subject of a verb of charging as the agent", () => {
    expect(r).toContain("Dara Quist -VIOLENCE-> Tomas Brell");
  });

  it("reads the subject of an adjective of guilt, or the object of the verb it completes, as the agent", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Kessel");
    expect(r).toContain("Ilse Marn -VIOLENCE-> Alma Vesk");
  });

  it("does not make the one arrested the agent of the raid he was arrested in", () => {
    expect(r).not.toContain("Dara Quist -VIOLENCE-> Halvard Group");
  });
});

describe("the one who commands or sends the force", () => {
  it("shares the act of a force named by a common noun", () => {
    expect(r).toContain("Alma Vesk -VIOLENCE-> Halvard Group");
    expect(r).toContain("Velland -VIOLENCE-> Orvel Front");
  });

  it("leaves the act to a named body it orders, and to the one urged", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Velland");
    expect(r).not.toContain("Tomas Brell -VIOLENCE-> Velland");
    expect(r.filter((x) => x.startsWith("Brenmark -VIOLENCE->"))).toEqual([]);
  });

  it("reads an indirect object as the controller of an infinitive ('asked X to bomb Y')", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Halvard Group");
    expect(r).not.toContain("Osterlund -VIOLENCE-> Halvard Group");
  });
});

describe("an event noun's agent phrase", () => {
  it("takes a 'by' phrase the parse hung on the event's target", () => {
    expect(r).toContain("Orvel Front -VIOLENCE-> Halvard Group");
  });
});
