// A verb's prepositional phrase that the parse hung on a bare day name after the object ("granted asylum Sunday to
// X"), on the builder's UD parses of invented sentences (fixtures/bareTimeWords.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("bareTimeWords", [
  ["Tarsia", "COUNTRY"],
  ["Velland", "COUNTRY"],
  ["Dara Quist", "PERSON"],
  ["Halvard Group", "ORGANIZATION"],
]);

describe("a phrase hung on a bare day name", () => {
  it("is the verb's", () => {
    expect(r).toContain("Tarsia -SUPPORT-> Dara Quist");
    expect(r).toContain("Velland -SUPPORT-> Halvard Group");
  });
});
