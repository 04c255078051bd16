// A reported clause whose subject the parse made the object of the verb of saying, on a hand-annotated UD parse
// of an invented sentence with that misparse (fixtures/reportObject.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("reportObject", [
  ["Tomas Brell", "PERSON"],
  ["Dara Quist", "PERSON"],
  ["Ilse Marn", "PERSON"],
]);

describe("object of a verb of saying", () => {
  it("is the subject of the reported verb, with its conjuncts", () => {
    expect(r).toContain("Tomas Brell -VIOLENCE-> Ilse Marn");
    expect(r).toContain("Dara Quist -VIOLENCE-> Ilse Marn");
    expect(r).not.toContain("Ilse Marn -VIOLENCE-> Tomas Brell");
  });
});
