// Odd input yields fewer relations, never an exception or a hang: malformed trees (cycles, self-heads, every token
// a root) for the reader, and capitals, bullet lists, a 300-word sentence and an unclosed quote for the whole
// extractor with the shipped parser.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract/extractDocument.js";
import { dictionaryTagger } from "../extract/testing/dictionaryTagger.js";
import { Doc } from "../nlp/doc.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";
import { relationsFromParse, type EntitySpan } from "./index.js";

function malformed(words: string[], heads: number[], rels: string[]): Doc {
  const text = words.join(" ");
  let at = 0;
  const start = words.map((w) => {
    const s = text.indexOf(w, at);
    at = s + w.length;
    return s;
  });
  const doc = new Doc({ text, words, start, end: start.map((s, i) => s + (words[i]?.length ?? 0)), sentStarts: [0] });
  heads.forEach((h, i) => (doc.head[i] = h));
  rels.forEach((r, i) => (doc.deprel[i] = r));
  words.forEach((w, i) => {
    doc.upos[i] = /^[A-Z]/.test(w) ? "PROPN" : "VERB";
    doc.lemma[i] = w.toLowerCase();
  });
  return doc;
}

describe("bad input", () => {
  const words = ["Anna", "arrested", "Marek", "and", "Ilse", "said", "she"];
  const spans: EntitySpan[] = [
    { start: 0, end: 1, entity: 0, type: "PERSON" },
    { start: 2, end: 3, entity: 1, type: "PERSON" },
    { start: 4, end: 5, entity: 2, type: "PERSON" },
  ];

  it("reads a tree with cycles and self-heads without hanging", () => {
    const doc = malformed(words, [1, 2, 1, 4, 2, 5, 5], ["nsubj", "conj", "conj", "cc", "conj", "parataxis", "nsubj"]);
    expect(() => relationsFromParse(doc, spans, [], () => "PERSON")).not.toThrow();
  });

  it("reads a sentence whose every token is a root", () => {
    const doc = malformed(
      words,
      words.map(() => -1),
      words.map(() => "root"),
    );
    expect(relationsFromParse(doc, spans, [], () => "PERSON").relations).toEqual([]);
  });

  it("resolves a description whose noun names a built-in property of objects ('the constructor')", () => {
    const doc = malformed(["Anna", "met", "the", "constructor"], [1, -1, 3, 1], ["nsubj", "root", "det", "obj"]);
    doc.upos[2] = "DET";
    doc.upos[3] = "NOUN";
    expect(() => relationsFromParse(doc, spans.slice(0, 1), [], () => "PERSON")).not.toThrow();
  });

  describe("with the shipped parser", () => {
    // Loaded when a test runs: a skipped block's body still runs at collection.
    const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };
    const tagger = dictionaryTagger({
      "Anna Kovel": "PER",
      "Marek Dvor": "PER",
      Velland: "LOC",
      "Merrow Party": "ORG",
    });
    const extract = (text: string) =>
      extractDocument({ docKey: "doc:odd", file: "odd.md", title: "odd", text }, tagger, parser);

    it("takes headlines in capitals, bullet lists and an unclosed quote", () => {
      const texts = [
        "ANNA KOVEL ARRESTED IN VELLAND AS MERROW PARTY PROTESTS\n\nAnna Kovel met Marek Dvor.",
        "- Anna Kovel\n- Marek Dvor\n- Velland\n* Merrow Party\n1. arrested 2. detained 3. Velland",
        'Anna Kovel said: "Marek Dvor will never be welcome in Velland, and the Merrow Party knows',
        "| Name | Party | Country |\n| Anna Kovel | Merrow Party | Velland |\n| Marek Dvor | - | Velland |",
      ];
      for (const text of texts) expect(() => extract(text)).not.toThrow();
    });

    it("reads a 300-word sentence in reasonable time", () => {
      const clause = "Anna Kovel met Marek Dvor in Velland and the Merrow Party welcomed them , while ";
      const text = clause.repeat(20).trim() + " nothing else happened.";
      const t0 = performance.now();
      const x = extract(text);
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(x.entities.length).toBeGreaterThan(0);
    });
  });
});
