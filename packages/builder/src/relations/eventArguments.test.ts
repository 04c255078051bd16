// Event arguments and assertion on hand-annotated UD parses of invented sentences (fixtures/eventArguments.conllu):
// modality, denial and negation; the arguments of event nouns; objects shared by coordinated verbs; a main verb
// the parse hung on a relative clause; pacts between a person and a body.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("eventArguments", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Alma Vesk", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Kessel Police", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Orvel Studios", "ORGANIZATION"],
]);

describe("event arguments and assertion", () => {
  it("reads no event under a modal, a denial or a negation", () => {
    expect(r).not.toContain("Tarsia -VIOLENCE-> Velland");
    expect(r).not.toContain("Alma Vesk -STATEMENT-> Tomas Brell");
    expect(r).not.toContain("Ilse Marn -ROLE-> Halvard Group");
    expect(r).not.toContain("Dara Quist -STATEMENT-> Tomas Brell");
    // The same verb asserted still reads.
    expect(r).toContain("Tomas Brell -ROLE-> Halvard Group");
  });

  it("reads the possessor of an act done to someone as its patient and the 'by' phrase as its agent", () => {
    expect(r).toContain("Kessel Police -COERCION-> Tomas Brell");
    expect(r).not.toContain("Tomas Brell -COERCION-> Kessel Police");
  });

  it("takes an event noun's agent from a 'by' phrase the parse hung on its patient", () => {
    expect(r).toContain("Kessel Police -COERCION-> Ilse Marn");
  });

  it("gives coordinated verbs the object of the last one", () => {
    expect(r).toContain("Kessel Police -COERCION-> Alma Vesk");
  });

  it("gives a main verb hung on a relative clause the clause's antecedent as subject", () => {
    expect(r).toContain("Dara Quist -OPPOSITION-> Tarsia");
  });

  it("reads a message from its sender to its receiver, and talks between parties as the first with the others", () => {
    expect(r).toContain("Dara Quist -STATEMENT-> Ilse Marn");
    expect(r).not.toContain("Ilse Marn -STATEMENT-> Dara Quist");
    expect(r).toContain("Velland -STATEMENT-> Tarsia");
  });

  it("reads an opening participle of citing, misparsed as an adjective, as the main subject citing the author", () => {
    expect(r).toContain("Tarsia -STATEMENT-> Halvard Group");
  });

  it("gives a speech verb whose parsed subject is a noun of the clause before a comma to the name beside it", () => {
    expect(r).toContain("Tomas Brell -STATEMENT-> Halvard Group");
  });

  it("reads a pact between two states as an alliance, not a person's deal with a body", () => {
    expect(r).toContain("Tarsia -ALLIANCE-> Velland");
    expect(r.filter((x) => x.includes("ALLIANCE") && x.includes("Orvel Studios"))).toEqual([]);
  });
});
