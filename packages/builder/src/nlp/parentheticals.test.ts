import { describe, expect, it } from "vitest";
import type { SentenceAnalysis } from "./dependencyParser.js";
import { loadDependencyParser } from "./loadDependencyParser.js";
import { parseAroundParentheticals, topLevelParentheticals } from "./parentheticals.js";

describe("topLevelParentheticals", () => {
  it("finds the outermost balanced parentheses after a word", () => {
    const words = "Ilse Varn ( born 1950 ( reportedly ) ) is a painter .".split(" ");
    expect(topLevelParentheticals(words)).toEqual([{ open: 2, close: 8 }]);
  });

  it("leaves a sentence with an unbalanced bracket or an opening parenthesis whole", () => {
    expect(topLevelParentheticals("Ilse Varn ( born 1950 is a painter .".split(" "))).toEqual([]);
    expect(topLevelParentheticals("Ilse Varn ) is a painter .".split(" "))).toEqual([]);
    expect(topLevelParentheticals("( Porvik ) Ilse Varn is a painter .".split(" "))).toEqual([]);
  });
});

describe("parseAroundParentheticals", () => {
  // A stand-in parser: each piece is a flat chain headed by its first word, so where the pieces go is visible.
  const chain = (words: readonly string[]): SentenceAnalysis => ({
    upos: words.map((w) => (/^[A-Z]/.test(w) ? "PROPN" : /^\d/.test(w) ? "NUM" : /^\W$/.test(w) ? "PUNCT" : "VERB")),
    lemma: words.map((w) => w.toLowerCase()),
    head: Int32Array.from(words, (_, i) => (i === 0 ? -1 : 0)),
    deprel: words.map((_, i) => (i === 0 ? "root" : "dep")),
    transitions: 2 * words.length,
  });

  it("parses the sentence without the aside and hangs the aside's root on the word before it", () => {
    const words = "Varn , ( 1950 ) paints here .".split(" ");
    const pieces: string[] = [];
    const a = parseAroundParentheticals(words, topLevelParentheticals(words), (w) => {
      pieces.push(w.join(" "));
      return chain(w);
    });
    expect(pieces).toEqual(["Varn , paints here .", "1950"]);
    // The outer piece keeps its own tree over the original positions.
    expect(Array.from(a.head)).toEqual([-1, 0, 3, 0, 3, 0, 0, 0]);
    // A number on a name (the comma skipped) is an appositive; the brackets hang on the aside's root.
    expect(a.deprel[3]).toBe("appos");
    expect([a.deprel[2], a.deprel[4]]).toEqual(["punct", "punct"]);
    expect(a.transitions).toBe(2 * words.length);
  });

  it("hangs a verbal aside as parataxis and an empty one's brackets on the word before", () => {
    const words = "Varn ( born 1950 ) ( ) paints .".split(" ");
    const a = parseAroundParentheticals(words, topLevelParentheticals(words), chain);
    expect([a.head[2], a.deprel[2]]).toEqual([0, "parataxis"]);
    expect([a.head[5], a.head[6]]).toEqual([0, 0]);
  });
});

describe("the parser with parentheses inside a sentence", () => {
  const parser = loadDependencyParser();

  it("reads the predicate of a sentence whose subject carries dates in parentheses", () => {
    const words = "Marten Olvik ( born 3 March 1961 ) is a Norwegian actor .".split(" ");
    const a = parser.analyze(words);
    const actor = words.indexOf("actor");
    expect(a.head[actor]).toBe(-1);
    // The name ("Marten", which heads it flat, as in EWT) is the subject; the aside is on the name.
    expect([a.head[0], a.deprel[0]]).toEqual([actor, "nsubj"]);
    expect(a.head[words.indexOf("born")]).toBe(1);
  });
});
