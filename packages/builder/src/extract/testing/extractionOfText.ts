// The whole extractor over an invented text (a dictionary NER double for the names, the shipped parser): what
// tests of readings on real parses run.
import type { Doc } from "../../nlp/doc.js";
import { loadDependencyParser } from "../../nlp/loadDependencyParser.js";
import type { DocumentExtraction } from "../types.js";
import { extractDocument } from "../extractDocument.js";
import { dictionaryTagger } from "./dictionaryTagger.js";

export function extractionOfText(names: Parameters<typeof dictionaryTagger>[0]): (text: string) => DocumentExtraction {
  const tagger = dictionaryTagger(names);
  const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };
  return (text) =>
    extractDocument({ docKey: "doc:t", file: "t.md", title: "t", text, date: "2023-05-12" }, tagger, parser);
}
