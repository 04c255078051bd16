import { describe, expect, it } from "vitest";
import { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";

describe("enforceDocumentConsistency", () => {
  it("tags a later lone surname as the person introduced earlier", () => {
    const sents = [
      ["Lead", "singer", "Temir", "Zhaksylykov", "arrived", "."],
      ["Zhaksylykov", "said", "he", "was", "tired", "."],
    ];
    const tags = [
      ["O", "O", "B-PER", "I-PER", "O", "O"],
      ["B-ORG", "O", "O", "O", "O", "O"],
    ];
    expect(enforceDocumentConsistency(sents, tags)[1]![0]).toBe("B-PER");
    const untagged = [tags[0]!, ["O", "O", "O", "O", "O", "O"]];
    expect(enforceDocumentConsistency(sents, untagged)[1]![0]).toBe("B-PER");
  });

  it("tags untagged repeats of a name, also in ALL-CAPS headlines", () => {
    const sents = [
      ["NORTHWIND", "TRADING", "CUTS", "JOBS"],
      ["Northwind", "Trading", "said", "on", "Monday", "."],
      ["Shares", "of", "Northwind", "Trading", "fell", "."],
      ["Northwind", "Trading", "employs", "many", "."],
    ];
    const tags = [
      ["O", "O", "O", "O"],
      ["B-ORG", "I-ORG", "O", "O", "O", "O"],
      ["O", "O", "O", "O", "O", "O"],
      ["B-ORG", "I-ORG", "O", "O", "O"],
    ];
    const out = enforceDocumentConsistency(sents, tags);
    expect(out[0]).toEqual(["B-ORG", "I-ORG", "O", "O"]);
    expect(out[2]!.slice(2, 4)).toEqual(["B-ORG", "I-ORG"]);
  });

  it("types a place reading written 'the X' as the organisation the document mostly names, never a bare town or a country", () => {
    const sents = [
      ["The", "Velmor", "voted", "."],
      ["Velmor", "met", "in", "Korvel", "."],
      ["She", "won", "a", "seat", "in", "the", "Velmor", "."],
      ["The", "Korvel", "team", "won", "."],
      ["The", "Korvel", "team", "lost", "."],
      ["Fans", "of", "the", "France", "team", "."],
      ["The", "France", "team", "won", "."],
      ["The", "France", "team", "lost", "."],
    ];
    const tags = [
      ["O", "B-ORG", "O", "O"],
      ["B-ORG", "O", "O", "B-LOC", "O"],
      ["O", "O", "O", "O", "O", "O", "B-LOC", "O"],
      ["O", "B-ORG", "O", "O", "O"],
      ["O", "B-ORG", "O", "O", "O"],
      ["O", "O", "O", "B-LOC", "O", "O"],
      ["O", "B-ORG", "O", "O", "O"],
      ["O", "B-ORG", "O", "O", "O"],
    ];
    const out = enforceDocumentConsistency(sents, tags);
    expect(out[2]![6]).toBe("B-ORG");
    expect(out[1]![3]).toBe("B-LOC");
    expect(out[5]).toEqual(tags[5]);
  });

  it("does not spread a stray tag on a word that is mostly left untagged", () => {
    const sents = [
      ["Sunday", "was", "calm", "."],
      ["On", "Sunday", "it", "rained", "."],
      ["Sunday", "ended", "."],
    ];
    const tags = [
      ["B-ORG", "O", "O", "O"],
      ["O", "O", "O", "O", "O"],
      ["O", "O", "O"],
    ];
    const out = enforceDocumentConsistency(sents, tags);
    expect(out[1]![1]).toBe("O");
    expect(out[2]![0]).toBe("O");
  });

  it("gives a person's mentions the person type when the document mostly says so", () => {
    const sents = [
      ["Ilona", "Varga", "won", "."],
      ["Ilona", "Varga", "smiled", "."],
      ["Ilona", "Varga", "left", "."],
    ];
    const tags = [
      ["B-PER", "I-PER", "O", "O"],
      ["B-PER", "I-PER", "O", "O"],
      ["B-ORG", "I-ORG", "O", "O"],
    ];
    expect(enforceDocumentConsistency(sents, tags)[2]).toEqual(["B-PER", "I-PER", "O", "O"]);
  });

  it("leaves place/organisation splits alone (a city can also be a team)", () => {
    const sents = [
      ["DENVER", "1996-08-30"],
      ["Denver", "beat", "Houston", "."],
      ["Denver", "lost", "to", "Boston", "."],
    ];
    const tags = [
      ["B-LOC", "O"],
      ["B-ORG", "O", "B-ORG", "O"],
      ["B-ORG", "O", "O", "B-ORG", "O"],
    ];
    expect(enforceDocumentConsistency(sents, tags)[0]).toEqual(["B-LOC", "O"]);
  });

  it("does not tag lowercase words or touch documents without entities", () => {
    const sents = [
      ["the", "Bank", "rose"],
      ["a", "bank", "fell"],
    ];
    const tags = [
      ["O", "B-ORG", "O"],
      ["O", "O", "O"],
    ];
    expect(enforceDocumentConsistency(sents, tags)[1]).toEqual(["O", "O", "O"]);
    expect(enforceDocumentConsistency([["x"]], [["O"]])).toEqual([["O"]]);
  });
});
