// The tagger's repair of an "-ed" word coordinated after a past verb, before its object, on the shipped model.
import { describe, expect, it } from "vitest";
import { defaultParserModelPath } from "./parserPaths.js";
import { DependencyParser } from "./dependencyParser.js";

const withRepair = DependencyParser.load(defaultParserModelPath);
const withoutRepair = DependencyParser.load(defaultParserModelPath, { coordinatedPastRepair: false });
const uposOf = (parser: DependencyParser, sentence: string, word: string): string => {
  const words = sentence.split(" ");
  return parser.analyze(words).upos[words.indexOf(word)] ?? "";
};

describe("an -ed word coordinated after a past verb", () => {
  const sentence = "Gunmen killed two guards and wounded five tourists in Porvik .";

  it("is a verb with its object", () => {
    expect(uposOf(withRepair, sentence, "wounded")).toBe("VERB");
    const parse = withRepair.analyze(sentence.split(" "));
    expect([parse.head[5], parse.deprel[5]]).toEqual([1, "conj"]);
  });

  it("is what the tagger alone gets wrong", () => {
    expect(uposOf(withoutRepair, sentence, "wounded")).not.toBe("VERB");
  });

  it("leaves a word with no object after it", () => {
    expect(uposOf(withRepair, "The police arrived and the wounded were taken away .", "wounded")).not.toBe("VERB");
  });
});

describe("a past form right after a name, coordinated with a past verb", () => {
  const sentence = "Officers said Dorn Vesk shot and wounded a guard outside the bank .";

  it("is the first verb, with the name its subject", () => {
    const words = sentence.split(" ");
    const parse = withRepair.analyze(words);
    const shot = words.indexOf("shot");
    expect(parse.upos[shot]).toBe("VERB");
    expect([parse.head[words.indexOf("Dorn")], parse.deprel[words.indexOf("Dorn")]]).toEqual([shot, "nsubj"]);
  });

  it("is what the tagger alone gets wrong", () => {
    expect(uposOf(withoutRepair, sentence, "shot")).not.toBe("VERB");
  });

  it("leaves a noun after a name that no past verb follows", () => {
    expect(uposOf(withRepair, "The Porvik shot and the rebound were missed .", "shot")).not.toBe("VERB");
  });
});
