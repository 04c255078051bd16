// What a speaker says someone is, to whom a message is sent, and acts undergone under "subject to" or "the target
// of", on UD parses of invented sentences (fixtures/evaluativeSpeech.conllu, the builder's parses with one tag and
// one attachment set by hand; fixtures/messageParticiple.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("evaluativeSpeech", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Orvel Front", "ORGANIZATION"],
  ["Halvard Group", "ORGANIZATION"],
  ["Kessel Police", "ORGANIZATION"],
  ["Dara Quist", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Alma Vesk", "PERSON"],
]);

describe("evaluations a speaker states", () => {
  it("reads criticism said of someone in a reported or quoted clause as the speaker's opposition", () => {
    expect(r).toContain("Dara Quist -OPPOSITION-> Halvard Group");
    expect(r).toContain("Alma Vesk -OPPOSITION-> Orvel Front");
  });

  it("reads what a naming verb calls its object, through a modifier of the predicate noun", () => {
    expect(r).toContain("Tarsia -OPPOSITION-> Orvel Front");
    expect(r).toContain("Velland -SUPPORT-> Tarsia");
    expect(r).not.toContain("Velland -OPPOSITION-> Tarsia");
  });

  it("reads nothing from a negated predicate", () => {
    expect(r.filter((x) => x.startsWith("Tomas Brell -OPPOSITION->"))).toEqual([]);
  });
});

describe("acts undergone", () => {
  it("makes the subject of 'subject to' or 'the target of' an event noun its patient", () => {
    expect(r).toContain("Tomas Brell -VIOLENCE-> Ilse Marn");
    expect(r).toContain("Orvel Front -VIOLENCE-> Velland");
  });
});

describe("messages", () => {
  const o = relationsOf("messageParticiple", [
    ["Dara Quist", "PERSON"],
    ["Tomas Brell", "PERSON"],
    ["Ilse Marn", "PERSON"],
  ]);

  it("reads a message sent by its participle's agent to its 'to' phrase, also one hung on the agent", () => {
    expect(o).toContain("Dara Quist -STATEMENT-> Tomas Brell");
    expect(o).not.toContain("Tomas Brell -STATEMENT-> Dara Quist");
  });
});
