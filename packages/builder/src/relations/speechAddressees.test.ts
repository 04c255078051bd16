// Addressees of statements named indirectly (speechAddressees.ts), on parses of invented sentences as the builder's
// parser gives them (fixtures/speechAddressees.conllu, with its attachment errors: an interview hung on the
// speaker's name, a programme read as an adjunct, a "that" clause read as an adverbial).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("speechAddressees", [
  ["Dara Quist", "PERSON"],
  ["Velland Finance Committee", "ORGANIZATION"],
  ["Oren Sallis", "PERSON"],
  ["Halvard Assembly", "ORGANIZATION"],
  ["Mira Tolk", "PERSON"],
  ["Kessel Senate", "ORGANIZATION"],
  ["Ilse Brann", "PERSON"],
  ["Radio Kell", "ORGANIZATION"],
  ["Tomas Reve", "PERSON"],
  ["Radio Tarsia", "ORGANIZATION"],
  ["Anja Pell", "PERSON"],
  ["Kessel Courier", "ORGANIZATION"],
  ["Lena Dorr", "PERSON"],
  ["Orvel Radio", "ORGANIZATION"],
  ["Velland Times", "ORGANIZATION"],
  ["Piet Haas", "PERSON"],
  ["Karl Minsk", "PERSON"],
  ["Halvard Post", "ORGANIZATION"],
  ["Sara Veld", "PERSON"],
  ["Tarsia Bank", "ORGANIZATION"],
  ["Nils Ober", "PERSON"],
  ["Kessel Council", "ORGANIZATION"],
  ["Jana Orlik", "PERSON"],
  ["Kellbook", "ORGANIZATION"],
  ["Edda Vorn", "PERSON"],
  ["Pavel Krai", "PERSON"],
  ["Kessel", "LOCATION"],
  ["Lotte Marr", "PERSON"],
  ["Ivan Seld", "PERSON"],
  ["Greta Holm", "PERSON"],
  ["Aron Fisk", "PERSON"],
  ["Nora Vask", "PERSON"],
  ["Emil Dorn", "PERSON"],
  ["Radio Vell", "ORGANIZATION"],
  ["Aksel Trom", "PERSON"],
  ["Orvel Herald", "ORGANIZATION"],
  ["Bea Lund", "PERSON"],
  ["Olaf Gunn", "PERSON"],
  ["Vell Gazette", "ORGANIZATION"],
  ["Ilka Varr", "PERSON"],
  ["Radio Senn", "ORGANIZATION"],
  ["Jonas Pell", "PERSON"],
  ["Morn Daily", "ORGANIZATION"],
]);

describe("addressees named through an occasion, a hearing or a platform", () => {
  it("reads the body whose hearing or session the speaker spoke at", () => {
    expect(r).toContain("Dara Quist -STATEMENT-> Velland Finance Committee");
    // A verbal act other than a statement at a body's session is also said to the body (and is no act against it).
    expect(r).toContain("Mira Tolk -STATEMENT-> Kessel Senate");
    expect(r).not.toContain("Mira Tolk -OPPOSITION-> Kessel Senate");
  });

  it("reads the body a hearing verb's 'before' phrase names", () => {
    expect(r).toContain("Oren Sallis -STATEMENT-> Halvard Assembly");
  });

  it("reads the outlet or platform a verb of saying (or its post) names with 'on'", () => {
    expect(r).toContain("Lena Dorr -STATEMENT-> Orvel Radio");
    expect(r).toContain("Jana Orlik -STATEMENT-> Kellbook");
    // "commented on" names a topic, not a platform.
    expect(r).not.toContain("Sara Veld -STATEMENT-> Tarsia Bank");
  });

  it("reads nothing from an occasion the clause is only ordered after", () => {
    expect(r).not.toContain("Nils Ober -STATEMENT-> Kessel Council");
  });
});

describe("addressees through an outlet's programme or staff, and a misattached interview", () => {
  it("gives a programme or journalist addressed to its outlet", () => {
    expect(r).toContain("Tomas Reve -STATEMENT-> Radio Tarsia");
    expect(r).toContain("Anja Pell -STATEMENT-> Kessel Courier");
  });

  it("reads a fronted adjunct of speaking whose speaker the parse hung on the addressee after the comma", () => {
    expect(r).toContain("Aksel Trom -STATEMENT-> Radio Vell");
    expect(r).toContain("Bea Lund -STATEMENT-> Orvel Herald");
    expect(r).not.toContain("Radio Vell -STATEMENT-> Aksel Trom");
  });

  it("gives a speech verb the parse hung on a relative clause the clause's antecedent as speaker", () => {
    expect(r).toContain("Olaf Gunn -STATEMENT-> Vell Gazette");
  });

  it("gives words an office or a lawyer speaks to the one they speak for", () => {
    expect(r).toContain("Ilka Varr -STATEMENT-> Radio Senn");
    expect(r).toContain("Jonas Pell -STATEMENT-> Morn Daily");
  });

  it("reads the interview partner when the parse hung the interview on the speaker's name", () => {
    expect(r).toContain("Ilse Brann -STATEMENT-> Radio Kell");
  });
});

describe("parties who spoke with each other", () => {
  it("relates coordinated parties of a meeting or discussion that addresses no one else", () => {
    expect(r).toContain("Edda Vorn -STATEMENT-> Pavel Krai");
    // What was discussed is a topic, not someone addressed.
    expect(r).toContain("Lotte Marr -STATEMENT-> Ivan Seld");
  });

  it("does not relate parties who met someone else", () => {
    expect(r).not.toContain("Greta Holm -STATEMENT-> Aron Fisk");
  });

  it("reads the partner the parse hung on the means of talking", () => {
    expect(r).toContain("Nora Vask -STATEMENT-> Emil Dorn");
  });
});

describe("who cites whom", () => {
  it("has an outlet reporting someone's words cite the speaker", () => {
    expect(r).toContain("Velland Times -STATEMENT-> Piet Haas");
    expect(r).not.toContain("Piet Haas -STATEMENT-> Velland Times");
  });

  it("has the words of one quoted go to the one quoting", () => {
    expect(r).toContain("Karl Minsk -STATEMENT-> Halvard Post");
    expect(r).not.toContain("Halvard Post -STATEMENT-> Karl Minsk");
  });
});
