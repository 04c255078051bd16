// Event and statement readings through recurrent parse errors and constructions, on hand-annotated UD parses of
// invented sentences (fixtures/eventFallbacks.conllu, each with the wrong parse a greedy parser gives it): an
// appositive parsed as a conjunct, "according to X" parsed as a clause, an occasion noun hung on the object, a
// preposition read as a subordinator before an -ing adjective; the outlet of a person spoken to; visits to places;
// an act of a statement by its author; stance adjectives and nouns.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("eventFallbacks", [
  ["Tomas Brell", "PERSON"],
  ["Alma Vesk", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Orvel News", "ORGANIZATION"],
  ["Kessel Radio", "ORGANIZATION"],
  ["Kessel Times", "ORGANIZATION"],
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
]);

describe("event readings through parse errors", () => {
  it("reads a name set off by commas, parsed as a conjunct of the subject's modifier, as the speaker", () => {
    expect(r).toContain("Alma Vesk -STATEMENT-> Halvard Group");
    // Coordination with "and" is no apposition.
    expect(r).not.toContain("Dara Quist -STATEMENT-> Kessel Radio");
  });

  it("reads 'according to X' parsed as a clause of the speech verb as where the statement went", () => {
    expect(r).toContain("Dara Quist -STATEMENT-> Orvel News");
  });

  it("gives an occasion noun hung on the object to the subject, and the person's outlet the statement too", () => {
    expect(r).toContain("Tomas Brell -STATEMENT-> Ilse Marn");
    expect(r).toContain("Tomas Brell -STATEMENT-> Kessel Radio");
  });

  it("does not give an act named on the object to the subject", () => {
    expect(r).not.toContain("Tomas Brell -VIOLENCE-> Alma Vesk");
  });

  it("reads a preposition the tagger made a subordinator of an -ing adjective as the event's preposition", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Velland");
  });

  it("reads a place visited as movement and a person visited as a meeting", () => {
    expect(r).toContain("Ilse Marn -MOVEMENT-> Velland");
    expect(r).toContain("Ilse Marn -STATEMENT-> Dara Quist");
    expect(r).not.toContain("Ilse Marn -MOVEMENT-> Dara Quist");
  });

  it("gives what a statement does to the one who issued it, not to one who praised it", () => {
    expect(r).toContain("Tomas Brell -OPPOSITION-> Alma Vesk");
    expect(r).not.toContain("Dara Quist -OPPOSITION-> Ilse Marn");
  });

  it("reads stance adjectives and stance nouns in apposition", () => {
    expect(r).toContain("Ilse Marn -OPPOSITION-> Halvard Group");
    expect(r).toContain("Dara Quist -OPPOSITION-> Tarsia");
    // A partner of a firm holds a post there: no alliance between a person and a body.
    expect(r.filter((x) => x.includes("ALLIANCE"))).toEqual([]);
  });

  it("reads a paper's name the parse took for a time expression as the one told", () => {
    expect(r).toContain("Dara Quist -STATEMENT-> Kessel Times");
  });

  it("reads an infinitive parsed as an adjunct of a verb of ordering as its object's act", () => {
    expect(r).toContain("Halvard Group -VIOLENCE-> Velland");
    expect(r).not.toContain("Ilse Marn -VIOLENCE-> Velland");
    // Under a negated verb of ordering the act did not happen.
    expect(r).not.toContain("Kessel Radio -VIOLENCE-> Tarsia");
  });

  it("reads a nomination as support from the one who nominated", () => {
    expect(r).toContain("Tomas Brell -SUPPORT-> Alma Vesk");
  });
});
