import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu.js";
import { subjectVariants } from "./subjectVariants.js";

// Invented sentences in UD English EWT style: subjects for the pool (a noun and a two-word name, each a subject
// twice) and pronoun-subject sentences to copy.
const row = (id: number, form: string, upos: string, xpos: string, head: number, rel: string): string =>
  [id, form, form.toLowerCase(), upos, xpos, "_", head, rel, "_", "_"].join("\t");
const sentence = (rows: string[]): string => `${rows.join("\n")}\n`;
const poolNoun = sentence([
  row(1, "The", "DET", "DT", 2, "det"),
  row(2, "council", "NOUN", "NN", 3, "nsubj"),
  row(3, "met", "VERB", "VBD", 0, "root"),
  row(4, ".", "PUNCT", ".", 3, "punct"),
]);
const poolName = sentence([
  row(1, "Ann", "PROPN", "NNP", 3, "nsubj"),
  row(2, "Lee", "PROPN", "NNP", 1, "flat"),
  row(3, "left", "VERB", "VBD", 0, "root"),
  row(4, ".", "PUNCT", ".", 3, "punct"),
]);
const pronoun = (form: string, verb: string): string =>
  sentence([
    row(1, form, "PRON", "PRP", 2, "nsubj"),
    row(2, verb, "VERB", "VBZ", 0, "root"),
    row(3, "here", "ADV", "RB", 2, "advmod"),
    row(4, ".", "PUNCT", ".", 2, "punct"),
  ]);
const plural = sentence([
  row(1, "They", "PRON", "PRP", 2, "nsubj"),
  row(2, "live", "VERB", "VBP", 0, "root"),
  row(3, "here", "ADV", "RB", 2, "advmod"),
  row(4, ".", "PUNCT", ".", 2, "punct"),
]);
const text = [poolNoun, poolNoun, poolName, poolName, pronoun("He", "lives"), pronoun("It", "works"), plural].join(
  "\n",
);

describe("subjectVariants", () => {
  const sentences = readConllu(text, "invented").sentences;
  const variants = subjectVariants(sentences);

  it("copies third-person pronoun-subject sentences of a VBZ verb with a noun or name subject", () => {
    expect(variants.map((v) => v.source)).toEqual([4, 5]);
    expect(variants[0]?.words).toEqual(["The", "council", "lives", "here", "."]);
    expect(variants[0]?.upos).toEqual(["DET", "NOUN", "VERB", "ADV", "PUNCT"]);
    expect(variants[1]?.words).toEqual(["Ann", "Lee", "works", "here", "."]);
    expect(variants[1]?.upos).toEqual(["PROPN", "PROPN", "VERB", "ADV", "PUNCT"]);
  });

  it("is the same on every call (training reproduces its model byte for byte)", () => {
    expect(subjectVariants(readConllu(text, "invented").sentences)).toEqual(variants);
  });
});
