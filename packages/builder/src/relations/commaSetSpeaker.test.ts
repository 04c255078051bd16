// A trailing attribution set off by commas whose name the parse hung on the reported clause, on hand-annotated UD
// parses of invented sentences with that misparse (fixtures/commaSetSpeaker.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("commaSetSpeaker", [
  ["Ilse Marn", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
  ["Velland Courier", "ORGANIZATION"],
]);

describe("comma-set speaker", () => {
  it("gives the quote to a name before its description", () => {
    expect(r).toContain("Ilse Marn -STATEMENT-> Velland Courier");
  });

  it("gives the quote to a name after its description", () => {
    expect(r).toContain("Tomas Brell -STATEMENT-> Velland Courier");
  });

  it("keeps a name in apposition to a noun of the description inside the description", () => {
    expect(r).toContain("Dara Quist -STATEMENT-> Velland Courier");
    expect(r).not.toContain("Halvard Group -STATEMENT-> Velland Courier");
  });

  it("never makes the one told the speaker", () => {
    expect(r.filter((x) => x.startsWith("Velland Courier -STATEMENT->"))).toEqual([]);
  });
});
