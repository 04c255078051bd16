// A lead sentence opening with a demonym, titles and a name ("<Demonym> President X signed ...") that the greedy
// parser rooted on the demonym or the name, with the past verb as a modifier: the verb is the predicate again.
// Invented sentences; a lead whose verb the parse already found keeps its parse.
import { describe, expect, it } from "vitest";
import { analysisFromRows } from "./testing.js";
import { loadDependencyParser } from "./loadDependencyParser.js";
import { nameLedPredicate } from "./nameLedPredicate.js";

const parser = loadDependencyParser();

describe("nameLedPredicate", () => {
  it("makes the past verb after a name the root when the parse hung it on a noun it modifies", () => {
    const { words, a } = analysisFromRows([
      ["President", "PROPN", 2, "nmod:desc"],
      ["Oren", "PROPN", 0, "root"],
      ["Vask", "PROPN", 2, "flat"],
      ["granted", "VERB", 5, "amod"],
      ["pardons", "NOUN", 2, "appos"],
      ["to", "ADP", 7, "case"],
      ["Lina", "PROPN", 5, "nmod"],
      [".", "PUNCT", 2, "punct"],
    ]);
    a.lemma[3] = "grant";
    nameLedPredicate(words, a);
    expect(Array.from(a.head).map((h) => h + 1)).toEqual([2, 4, 2, 0, 4, 7, 5, 4]);
    expect([a.deprel[1], a.deprel[3], a.deprel[4]]).toEqual(["nsubj", "root", "obj"]);
  });

  it.each([
    ["Tarnish President Oren Vask signed the treaty on Monday .", "signed", "Oren"],
    ["Tarnish President Oren Vask opened talks with Peru .", "opened", "Oren"],
    ["Tarnish President Oren Vask praised troops in Lima .", "praised", "Oren"],
    ["Peruvian Foreign Minister Lina Marsh criticized the plan .", "criticized", "Minister"],
  ])("%s", (sentence, verb, subject) => {
    const words = sentence.split(" ");
    const r = parser.analyze(words);
    expect(r.head[words.indexOf(verb)], Array.from(r.head).join(" ")).toBe(-1);
    expect(r.deprel[words.indexOf(subject)]).toBe("nsubj");
  });
});
