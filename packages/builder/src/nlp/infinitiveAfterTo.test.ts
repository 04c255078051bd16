// The tagger's repair of an adjective-leaning verb after "to", before its object, on the shipped model.
import { describe, expect, it } from "vitest";
import { defaultParserModelPath } from "./parserPaths.js";
import { DependencyParser } from "./dependencyParser.js";

const withRepair = DependencyParser.load(defaultParserModelPath);
const withoutRepair = DependencyParser.load(defaultParserModelPath, { infinitiveRepair: false });
const uposOf = (parser: DependencyParser, sentence: string, word: string): string => {
  const words = sentence.split(" ");
  return parser.analyze(words).upos[words.indexOf(word)] ?? "";
};

describe("a verb after 'to' that the tagger leans to read as an adjective", () => {
  const sentence = "The council urged Tarsia to free the detained reporters .";

  it("is the infinitive, marked by 'to', with its object", () => {
    const parse = withRepair.analyze(sentence.split(" "));
    expect(parse.upos[5]).toBe("VERB");
    expect([parse.upos[4], parse.deprel[4], parse.head[4]]).toEqual(["PART", "mark", 5]);
    expect(parse.deprel[8]).toBe("obj");
    expect(parse.head[8]).toBe(5);
  });

  it("is what the tagger alone gets wrong", () => {
    expect(uposOf(withoutRepair, sentence, "free")).not.toBe("VERB");
  });

  it("is also read before a name", () => {
    expect(uposOf(withRepair, "Velland vowed to free Dara Quist .", "free")).toBe("VERB");
  });

  it("leaves adjectives before a noun and places after 'to'", () => {
    expect(uposOf(withRepair, "Voters went to free elections in Tarsia .", "free")).toBe("ADJ");
    expect(uposOf(withRepair, "The convoy moved to northern Tarsia .", "northern")).toBe("ADJ");
  });
});
