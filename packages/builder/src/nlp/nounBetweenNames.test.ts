// The tagger's repair of a bare verb form between two names ("<Network> affiliate <Station>"), on the shipped
// model: a finite verb after a singular name carries an ending, so the bare form there is a noun, unless a verb of
// letting, making or perceiving governs it or it is an irregular past spelt like its base.
import { describe, expect, it } from "vitest";
import { loadDependencyParser } from "./loadDependencyParser.js";

const uposOf = (sentence: string, word: string): string => {
  const words = sentence.split(" ");
  const r = loadDependencyParser().analyze(words);
  return r.upos[words.indexOf(word)] ?? "";
};

describe("a bare verb form between two names", () => {
  it("is a noun after a singular name", () => {
    expect(uposOf("Dana Pike told Varnsk affiliate WKRN about the fire .", "affiliate")).toBe("NOUN");
  });

  it("stays a verb after a plural name, an auxiliary or a verb taking a bare infinitive", () => {
    expect(uposOf("The Greens oppose Varga on the budget .", "oppose")).toBe("VERB");
    expect(uposOf("Fans saw Varga win Porvik in a landslide .", "win")).toBe("VERB");
    expect(uposOf("Did Varga win Porvik in the end ?", "win")).toBe("VERB");
  });

  it("stays a verb when it is an irregular past spelt like its base", () => {
    expect(uposOf("Police said Pike hit Lund with a bottle .", "hit")).toBe("VERB");
  });
});
