// A copular predicate noun with a relative clause or participle of its own, on hand-annotated UD parses of
// invented sentences (fixtures/copularParticiples.conllu): the noun stands for the subject it describes, so the
// clause's act is done to or by that subject ("X was the courier detained by Y", "X is the officer who shot Y");
// a participle on a noun inside the predicate's phrase is not the subject's.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("copularParticiples", [
  ["Tarsia Police", "ORGANIZATION"],
  ["Pell Adair", "PERSON"],
  ["Kira Dunmore", "PERSON"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
]);

describe("a copular predicate noun's participle or relative clause", () => {
  it("makes the subject the one a participle's act was done to", () => {
    expect(r).toContain("Tarsia Police -COERCION-> Pell Adair");
  });

  it("makes the subject the doer of a relative clause's act", () => {
    expect(r).toContain("Kira Dunmore -VIOLENCE-> Tomas Brell");
  });

  it("does not reach the subject through a noun inside the predicate's phrase", () => {
    expect(r).not.toContain("Tarsia Police -COERCION-> Ilse Marn");
  });
});
