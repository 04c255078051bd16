// Arguments reached through the clause and through misread attachments, on hand-annotated UD parses of invented
// sentences (fixtures/clauseArguments.conllu): a light verb's target phrase hung on the verb, a non-"by" phrase
// labelled obl:agent, the "of" author of a thing said, an adjunct of a finite verb misparsed as a participle, and
// negation passing to what a negated verb controls. fixtures/contestText.conllu: force in a report of a contest.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("clauseArguments", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Kessel", "COUNTRY"],
  ["Dara Quist", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Orvel Front", "ORGANIZATION"],
]);

describe("arguments through clauses and misread attachments", () => {
  it("gives an event noun the target phrase a light verb holds ('launched airstrikes on X')", () => {
    expect(r).toContain("Tarsia -VIOLENCE-> Velland");
  });

  it("reads a phrase with a preposition other than 'by' labelled obl:agent as an oblique", () => {
    expect(r).toContain("Dara Quist -OPPOSITION-> Halvard Group");
    expect(r).not.toContain("Halvard Group -OPPOSITION-> Dara Quist");
  });

  it("takes the 'of' phrase of a thing said as its author", () => {
    expect(r).toContain("Velland -OPPOSITION-> Halvard Group");
  });

  it("gives an adjunct of an active participle the noun the participle hangs on", () => {
    expect(r).toContain("Orvel Front -OPPOSITION-> Tarsia");
  });

  it("gives an infinitive on the object of a verb of sending or using to the verb's subject", () => {
    expect(r).toContain("Dara Quist -VIOLENCE-> Halvard Group");
  });

  it("reads nothing a negated verb controls, unless its negation asserts it", () => {
    expect(r.filter((x) => x.startsWith("Kessel -VIOLENCE->"))).toEqual([]);
    expect(r).toContain("Velland -VIOLENCE-> Kessel");
    // A negated verb of stopping asserts the activity it takes as a gerund.
    expect(r).toContain("Orvel Front -VIOLENCE-> Velland");
  });
});

describe("force in a report of a sports contest", () => {
  const c = relationsOf("contestText", [
    ["Halvard United", "ORGANIZATION"],
    ["Kessel Rovers", "ORGANIZATION"],
    ["Kessel Police", "ORGANIZATION"],
  ]);

  it("reads no violence between sides without an armed body, and no opposition from verbs of rivalry", () => {
    expect(c).not.toContain("Halvard United -VIOLENCE-> Kessel Rovers");
    expect(c.filter((x) => x.startsWith("Kessel Rovers -OPPOSITION->"))).toEqual([]);
  });

  it("still reads force with an armed body on a side", () => {
    expect(c).toContain("Kessel Police -VIOLENCE-> Halvard United");
  });
});
