// Typed relations the whole extractor reads from an invented text (a dictionary NER double for the names, the
// shipped parser), as "source -CATEGORY-> target" lines: what tests of readings on real parses compare.
import type { dictionaryTagger } from "./dictionaryTagger.js";
import { extractionOfText } from "./extractionOfText.js";

export function typedRelationsOfText(names: Parameters<typeof dictionaryTagger>[0]): (text: string) => string[] {
  const extract = extractionOfText(names);
  return (text) => {
    const x = extract(text);
    const label = new Map(x.entities.map((e) => [e.localId, e.label]));
    return x.relations
      .filter((r) => r.category !== "CO_OCCURRENCE")
      .map((r) => `${label.get(r.source)} -${r.category}-> ${label.get(r.target)}`);
  };
}
