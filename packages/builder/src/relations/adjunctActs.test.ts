// Acts named in an adjunct, on hand-annotated UD parses of invented sentences (fixtures/adjunctActs.conllu): an
// agentless passive of force or coercion, a verb whose subject suffers ("died"), or a participle of suffering read
// as a copular adjective ("was wounded"), with an act of force or coercion in its "in"/"during" phrase, is that
// act's doer's deed on the subject; not when the act has no doer, is no force, or the clause is negated.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("adjunctActs", [
  ["Velland", "COUNTRY"],
  ["Kessel", "LOCATION"],
  ["Dray Militia", "ORGANIZATION"],
  ["Tarsia Police", "ORGANIZATION"],
  ["Tomas Brell", "PERSON"],
  ["Ilse Marn", "PERSON"],
  ["Oren Falk", "PERSON"],
  ["Alma Vesk", "PERSON"],
  ["Rafe Oduya", "PERSON"],
  ["Kira Dunmore", "PERSON"],
]);

describe("an act named in an adjunct", () => {
  it("makes its doer the agent of an agentless passive of force", () => {
    expect(r).toContain("Velland -VIOLENCE-> Tomas Brell");
  });

  it("makes the one who died in it its victim", () => {
    expect(r).toContain("Dray Militia -VIOLENCE-> Ilse Marn");
  });

  it("reads a participle of suffering parsed as an adjective", () => {
    expect(r).toContain("Dray Militia -VIOLENCE-> Kira Dunmore");
  });

  it("makes its doer the agent of an agentless passive of coercion", () => {
    expect(r).toContain("Tarsia Police -COERCION-> Oren Falk");
  });
});

describe("what is no act done in an adjunct", () => {
  it("reads nothing from an adjunct that is no act of force", () => {
    expect(r.filter((x) => x.includes("Alma Vesk"))).toEqual([]);
  });

  it("reads nothing from a negated clause", () => {
    expect(r).not.toContain("Velland -VIOLENCE-> Rafe Oduya");
  });
});
