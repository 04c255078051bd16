// Statements through verbs of confirming and disclosing, and statements made on a platform (speechAddressees.ts), on
// parses of invented sentences as the builder's parser gives them (fixtures/disclosurePlatforms.conllu: a "to"
// phrase read as a passive's agent, an attribution left unmarked, a platform name tagged as an adjective).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

const r = relationsOf("disclosurePlatforms", [
  ["Hanna Brisk", "PERSON"],
  ["Orvel Ledger", "ORGANIZATION"],
  ["Tarn Okafor", "PERSON"],
  ["Radio Kessmar", "ORGANIZATION"],
  ["Velland Port Authority", "ORGANIZATION"],
  ["Mirela Dost", "PERSON"],
  ["Kessel General Hospital", "ORGANIZATION"],
  ["Lukas Varn", "PERSON"],
  ["Orvel Rovers", "ORGANIZATION"],
  ["Sten Halloran", "PERSON"],
  ["Kellgram", "ORGANIZATION"],
  ["Ines Korr", "PERSON"],
  ["Pia Lorne", "PERSON"],
  ["Edvin Sarr", "PERSON"],
  ["Ruben Tiles", "PERSON"],
  ["Alma Dresk", "PERSON"],
  ["Bram Oyelo", "PERSON"],
  ["Cora Lind", "PERSON"],
  ["Ivo Brandt", "PERSON"],
]);

describe("verbs of confirming and disclosing", () => {
  it("reads the one told when the verb reports a clause or closes a quotation", () => {
    expect(r).toContain("Hanna Brisk -STATEMENT-> Orvel Ledger");
    expect(r).toContain("Tarn Okafor -STATEMENT-> Radio Kessmar");
    expect(r).toContain("Velland Port Authority -STATEMENT-> Radio Kessmar");
    // A "that" clause the parse made an adverbial one.
    expect(r).toContain("Ruben Tiles -STATEMENT-> Orvel Ledger");
    // The dictionary's cooperation reading of "admitted" is gone.
    expect(r).not.toContain("Tarn Okafor -SUPPORT-> Radio Kessmar");
  });

  it("reads no statement from a passive or from where an object goes", () => {
    expect(r.filter((x) => x.startsWith("Mirela Dost -STATEMENT->"))).toEqual([]);
    expect(r).not.toContain("Lukas Varn -STATEMENT-> Orvel Rovers");
  });
});

describe("statements on a platform", () => {
  it("reads the platform of an account or page, and no membership of it", () => {
    expect(r).toContain("Sten Halloran -STATEMENT-> Kellgram");
    expect(r).not.toContain("Sten Halloran -ROLE-> Kellgram");
    expect(r).toContain("Edvin Sarr -STATEMENT-> Kellgram");
    expect(r).not.toContain("Edvin Sarr -ROLE-> Kellgram");
  });

  it("reads the platform a post the words are in was published on or is named for", () => {
    expect(r).toContain("Ines Korr -STATEMENT-> Kellgram");
    expect(r).toContain("Bram Oyelo -STATEMENT-> Kellgram");
    // A statement noun placed in the post.
    expect(r).toContain("Ivo Brandt -STATEMENT-> Kellgram");
  });

  it("reads a verb of posting that reports a clause as a statement, not one that posts a thing", () => {
    expect(r).toContain("Alma Dresk -STATEMENT-> Kellgram");
    expect(r.filter((x) => x.startsWith("Cora Lind -STATEMENT->"))).toEqual([]);
  });

  it("reads an attribution the parse left unmarked after a quotation", () => {
    expect(r).toContain("Pia Lorne -STATEMENT-> Orvel Ledger");
  });
});
