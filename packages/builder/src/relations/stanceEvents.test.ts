// Stance events read from nouns, phrases and descriptions around the verb (OPPOSITION and SUPPORT), on
// hand-annotated UD parses of invented sentences (fixtures/stanceEvents.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("stanceEvents", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Petra Lund", "PERSON"],
  ["Kaj Birk", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Orvane Council", "ORGANIZATION"],
  ["Marlow Union", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
]);

describe("verbs whose sense is in their preposition", () => {
  it("reads disagreeing with a thing decided as opposing its author", () => {
    expect(r).toContain("Petra Lund -OPPOSITION-> Orvane Council");
  });

  it("reads throwing one's weight behind someone as support", () => {
    expect(r).toContain("Marlow Union -SUPPORT-> Kaj Birk");
  });

  it("reads pointing the finger at someone as an accusation", () => {
    expect(r).toContain("Velland -OPPOSITION-> Tarsia");
  });
});

describe("nouns of effort lend their doer to the infinitive", () => {
  it("through the possessor", () => {
    expect(r).toContain("Kaj Birk -OPPOSITION-> Orvane Council");
  });

  it("through the subject of the verb that leads the effort", () => {
    expect(r).toContain("Petra Lund -SUPPORT-> Marlow Union");
  });

  it("not to force, which stays a plan", () => {
    expect(r).not.toContain("Kaj Birk -VIOLENCE-> Velland");
  });
});

describe("descriptions and reproaches", () => {
  it("reads a stance description fronted before a name as that name's", () => {
    expect(r).toContain("Ilse Marn -OPPOSITION-> Orvane Council");
  });

  it("reads a verb of force reproaching an actor for its conduct as criticism", () => {
    expect(r).toContain("Velland -OPPOSITION-> Tarsia");
    expect(r).not.toContain("Velland -VIOLENCE-> Tarsia");
  });

  it("reads an attack launched on a thing proposed as criticism of its author", () => {
    expect(r).toContain("Kaj Birk -OPPOSITION-> Halvard Group");
    expect(r).not.toContain("Kaj Birk -VIOLENCE-> Halvard Group");
  });

  it("keeps force with a phrase of time", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Velland");
    expect(r).not.toContain("Tarsia -OPPOSITION-> Velland");
  });

  it("reads a denial of another's accusations as opposing the accuser", () => {
    expect(r).toContain("Ilse Marn -OPPOSITION-> Halvard Group");
    expect(r).not.toContain("Ilse Marn -STATEMENT-> Halvard Group");
  });

  it("reads a noun of resistance with its 'to' phrase, and a feud between two", () => {
    expect(r).toContain("Dara Quist -OPPOSITION-> Halvard Group");
    expect(r).toContain("Kaj Birk -OPPOSITION-> Dara Quist");
  });

  it("reads a stance noun completing a verb of becoming, or coordinated in a predicate", () => {
    expect(r).toContain("Petra Lund -OPPOSITION-> Halvard Group");
    expect(r).toContain("Dara Quist -SUPPORT-> Ilse Marn");
  });

  it("reads a name the parse set in apposition to the subject's phrase as the subject", () => {
    expect(r).toContain("Kaj Birk -OPPOSITION-> Marlow Union");
  });

  it("reads nothing from a clause 'rather than' negates, nor from submitting a document", () => {
    expect(r).not.toContain("Orvane Council -SUPPORT-> Petra Lund");
    expect(r).not.toContain("Velland -SUPPORT-> Halvard Group");
  });

  it("reads praise of someone's efforts and criticism named of someone's conduct as stances toward them", () => {
    expect(r).toContain("Kaj Birk -SUPPORT-> Dara Quist");
    expect(r).toContain("Ilse Marn -OPPOSITION-> Marlow Union");
  });

  it("reads undermining someone's talks as opposing them", () => {
    expect(r).toContain("Velland -OPPOSITION-> Orvane Council");
  });

  it("reads praise predicated of someone, also when named in an appositive", () => {
    expect(r).toContain("Dara Quist -SUPPORT-> Kaj Birk");
    expect(r).toContain("Ilse Marn -SUPPORT-> Petra Lund");
  });
});
