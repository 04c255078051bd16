import { describe, expect, it } from "vitest";
import type { Upos } from "./doc.js";
import { analysisFromRows } from "./testing.js";
import { appositiveName } from "./appositiveName.js";
import { loadDependencyParser } from "./loadDependencyParser.js";

const analysis = analysisFromRows;

describe("appositiveName", () => {
  it("attaches a comma-enclosed name read as the verb's oblique to the object, and gives the verb what follows", () => {
    const { words, a } = analysis([
      ["They", "PRON", 2, "nsubj"],
      ["named", "VERB", 0, "root"],
      ["an", "DET", 4, "det"],
      ["envoy", "NOUN", 2, "obj"],
      [",", "PUNCT", 7, "punct"],
      ["Ola", "PROPN", 7, "compound"],
      ["Berg", "PROPN", 2, "obl"],
      [",", "PUNCT", 9, "punct"],
      ["today", "NOUN", 7, "appos"],
      [".", "PUNCT", 2, "punct"],
    ]);
    appositiveName(words, a);
    expect(Array.from(a.head, (h) => h + 1)).toEqual([2, 0, 4, 2, 7, 7, 4, 7, 2, 2]);
    expect(a.deprel.slice(4, 9)).toEqual(["punct", "compound", "appos", "punct", "obl"]);
  });

  it("leaves a case-marked name, a name the clause goes on from, and a name already on the object", () => {
    const cases: [string, Upos, number, string][][] = [
      [
        ["He", "PRON", 2, "nsubj"],
        ["sent", "VERB", 0, "root"],
        ["letters", "NOUN", 2, "obj"],
        [",", "PUNCT", 6, "punct"],
        ["via", "ADP", 6, "case"],
        ["Oslo", "PROPN", 2, "obl"],
        [".", "PUNCT", 2, "punct"],
      ],
      [
        ["Police", "NOUN", 2, "nsubj"],
        ["questioned", "VERB", 0, "root"],
        ["the", "DET", 4, "det"],
        ["driver", "NOUN", 2, "obj"],
        [",", "PUNCT", 7, "punct"],
        ["Lund", "PROPN", 7, "nsubj"],
        ["said", "VERB", 2, "parataxis"],
        [".", "PUNCT", 2, "punct"],
      ],
      [
        ["We", "PRON", 2, "nsubj"],
        ["met", "VERB", 0, "root"],
        ["her", "PRON", 4, "nmod:poss"],
        ["son", "NOUN", 2, "obj"],
        [",", "PUNCT", 6, "punct"],
        ["Tom", "PROPN", 4, "appos"],
        [".", "PUNCT", 2, "punct"],
      ],
    ];
    for (const rows of cases) {
      const { words, a } = analysis(rows);
      const before = [Array.from(a.head), [...a.deprel]];
      appositiveName(words, a);
      expect([Array.from(a.head), a.deprel], words.join(" ")).toEqual(before);
    }
  });

  // With the shipped model, on invented sentences of the shape the relation layer reported.
  it.each([
    ["The court sentenced her husband , Daniel Novak , to five years .", "husband", "Daniel"],
    ["The ministry appointed a new envoy , Sara Lind , last week .", "envoy", "Lind"],
    ["The company hired a former banker , John Reyes , as chief executive .", "banker", "John"],
    ["Police arrested the gang 's leader , Marco Bellini , on Tuesday .", "leader", "Marco"],
  ])("%s", (sentence, object, name) => {
    const words = sentence.split(" ");
    const r = loadDependencyParser().analyze(words);
    const o = words.indexOf(object);
    const m = words.indexOf(name);
    expect([r.head[m], r.deprel[m]], r.deprel.join(" ")).toEqual([o, "appos"]);
  });
});
