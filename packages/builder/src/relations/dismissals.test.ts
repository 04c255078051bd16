// Removal from a post, on hand-annotated UD parses of invented sentences (fixtures/dismissals.conllu): sacking,
// firing or dismissing a person is coercion by the one who removes them (event-readings.json dismissalVerbs),
// as verb, passive or noun; things dismissed, judgements ("dismissed X as ...") and bodies fired are not.
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("dismissals", [
  ["Halvard Group", "ORGANIZATION"],
  ["Ostra Media", "ORGANIZATION"],
  ["Marsh Council", "ORGANIZATION"],
  ["Pell Adair", "PERSON"],
  ["Tova Lind", "PERSON"],
  ["Kira Dunmore", "PERSON"],
  ["Rafe Oduya", "PERSON"],
]);

describe("removing a person from a post", () => {
  it("is coercion by the one who removes them, active or passive", () => {
    expect(r).toContain("Halvard Group -COERCION-> Pell Adair");
    expect(r).toContain("Ostra Media -COERCION-> Tova Lind");
  });

  it("reads the noun with its possessor as the one who removes", () => {
    expect(r).toContain("Marsh Council -COERCION-> Kira Dunmore");
  });
});

describe("what is no removal from a post", () => {
  it("leaves a thing dismissed a rejection, not coercion", () => {
    expect(r).not.toContain("Rafe Oduya -COERCION-> Marsh Council");
  });

  it("leaves a judgement with 'as' a rejection of the person", () => {
    expect(r).not.toContain("Rafe Oduya -COERCION-> Pell Adair");
    expect(r).toContain("Rafe Oduya -OPPOSITION-> Pell Adair");
  });

  it("reads no removal of a body", () => {
    expect(r).not.toContain("Halvard Group -COERCION-> Ostra Media");
  });
});

describe("in a report of a sports contest", () => {
  const play = relationsOf("dismissalsInPlay", [
    ["Teodor Vance", "PERSON"],
    ["Aled Prys", "PERSON"],
    ["Kessel Rovers", "ORGANIZATION"],
    ["Mael Orrin", "PERSON"],
  ]);

  it("reads a player dismissed in play as no coercion", () => {
    expect(play).not.toContain("Teodor Vance -COERCION-> Aled Prys");
  });

  it("still reads a club sacking its manager", () => {
    expect(play).toContain("Kessel Rovers -COERCION-> Mael Orrin");
  });
});
