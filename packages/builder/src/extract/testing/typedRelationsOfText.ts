// Typed relations the whole extractor reads from an invented text (a dictionary NER double for the names, the
// shipped parser), as "source -CATEGORY-> target" lines: what tests of readings on real parses compare.
import type { Doc } from "../../nlp/doc.js";
import { loadDependencyParser } from "../../nlp/loadDependencyParser.js";
import { extractDocument } from "../extractDocument.js";
import { dictionaryTagger } from "./dictionaryTagger.js";

export function typedRelationsOfText(names: Parameters<typeof dictionaryTagger>[0]): (text: string) => string[] {
  const tagger = dictionaryTagger(names);
  const parser = { annotate: (doc: Doc) => loadDependencyParser().annotate(doc) };
  return (text) => {
    const x = extractDocument({ docKey: "doc:t", file: "t.md", title: "t", text, date: "2023-05-12" }, tagger, parser);
    const label = new Map(x.entities.map((e) => [e.localId, e.label]));
    return x.relations
      .filter((r) => r.category !== "CO_OCCURRENCE")
      .map((r) => `${label.get(r.source)} -${r.category}-> ${label.get(r.target)}`);
  };
}
