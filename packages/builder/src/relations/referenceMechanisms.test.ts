// Reference mechanisms on invented text through the whole extractor (shipped parser, dictionary NER): a
// quotation's speaker outranks the subjects of what is quoted, a pronoun in an opening adjunct is the main clause's
// subject, and an expletive "it" stands for nothing.
import { describe, expect, it } from "vitest";
import type { Doc } from "../nlp/doc.js";
import { loadDependencyParser } from "../nlp/loadDependencyParser.js";
import { extractDocument } from "../extract/extractDocument.js";
import { dictionaryTagger } from "../extract/testing/dictionaryTagger.js";

const tagger = dictionaryTagger({
  "Mara Tesk": "PER",
  "Dalen Vost": "PER",
  "Olek Brun": "PER",
  "Tomas Brell": "PER",
  "Porvik Council": "ORG",
  "Varnsk Party": "ORG",
  Porvik: "LOC",
});
const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };

/** Each resolved reference of a text as "word -> label", in text order. */
function references(text: string): string[] {
  const found: { word: string; entity: number }[] = [];
  const x = extractDocument({ docKey: "doc:t", file: "t.md", title: "t", text, date: "2023-05-12" }, tagger, parser, {
    observeParse: (doc, spans) => {
      for (const s of spans) if (s.reference) found.push({ word: doc.words[s.start] ?? "", entity: s.entity });
    },
  });
  return found.map((r) => `${r.word} -> ${x.entities[r.entity]?.label ?? "?"}`);
}

describe("reference mechanisms", () => {
  it("gives a pronoun after a quotation to its speaker, not to the subject inside the quotation", () => {
    const refs = references('"Dalen Vost is a failure," Mara Tesk said on Tuesday. She added that the vote was lost.');
    expect(refs).toContain("She -> Mara Tesk");
    expect(refs).not.toContain("She -> Dalen Vost");
    // The pronoun that attributes the quotation is not one the quotation names.
    const attributed = references('Mara Tesk spoke to reporters on Monday. "Dalen Vost is a failure," she said.');
    expect(attributed).toEqual(["she -> Mara Tesk"]);
  });

  it("reads a pronoun in an opening adjunct as the subject of the main clause", () => {
    const refs = references(
      "Olek Brun spoke first. After he left the meeting, Tomas Brell told reporters the plan had failed.",
    );
    expect(refs).toContain("he -> Tomas Brell");
    // Not when the adjunct follows its clause: there the pronoun looks back.
    const back = references("Olek Brun spoke first. Tomas Brell left the room after he read the plan.");
    expect(back).toContain("he -> Tomas Brell");
    expect(references("Olek Brun spoke first. Tomas Brell read the plan. He left.")).toContain("He -> Tomas Brell");
  });

  it("resolves no expletive or extraposing 'it', but keeps an organization's 'it said'", () => {
    const refs = references(
      "The Porvik Council met on Monday. It is clear that the Varnsk Party lost the vote. It seems that the plan failed.",
    );
    expect(refs.filter((r) => r.startsWith("It "))).toEqual([]);
    expect(references("The Porvik Council met on Monday. It said that the plan had failed.")).toContain(
      "It -> Porvik Council",
    );
  });

  it("does not give a pronoun to a person whose first name only the other gender's name list holds", () => {
    const refs = references("Tomas Brell met Mara Tesk on Monday. She said the plan had failed.");
    expect(refs).toContain("She -> Mara Tesk");
    expect(refs).not.toContain("She -> Tomas Brell");
  });
});
