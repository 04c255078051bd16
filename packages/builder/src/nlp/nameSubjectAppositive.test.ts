// A sentence opening with a name and an appositive noun phrase set off by commas, the parse rooted on the name:
// the predicate becomes the root, the name its subject and the noun the name's appositive. Invented sentences
// through the shipped tagger and parser with its repairs.
import { describe, expect, it } from "vitest";
import { DependencyParser } from "./dependencyParser.js";
import { defaultParserModelPath } from "./parserPaths.js";

const parser = DependencyParser.load(defaultParserModelPath);

function relOf(sentence: string, word: string): [string, string] {
  const words = sentence.split(" ");
  const r = parser.analyze(words);
  const i = words.indexOf(word);
  const h = r.head[i] ?? -1;
  return [h < 0 ? "ROOT" : words[h]!, r.deprel[i] ?? ""];
}

describe("an opening name with its appositive before the predicate", () => {
  it("makes the name the predicate's subject and the noun its appositive", () => {
    const s =
      "Marek Tosh , a diplomat who has been serving as Poland 's envoy to Chile since 2009 , was also among the guests .";
    expect(relOf(s, "guests")).toEqual(["ROOT", "root"]);
    expect(relOf(s, "Marek")).toEqual(["guests", "nsubj"]);
    expect(relOf(s, "diplomat")).toEqual(["Marek", "appos"]);
  });

  it("leaves a parse that already has the name as subject alone", () => {
    const s = "Lena Hart , an engineer who has worked in Oslo for years , said the bridge was safe .";
    expect(relOf(s, "said")).toEqual(["ROOT", "root"]);
    expect(relOf(s, "engineer")).toEqual(["Hart", "appos"]);
  });
});
