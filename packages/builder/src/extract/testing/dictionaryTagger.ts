// Test double for the NER model: tags the given names wherever they occur as whole token sequences.
import type { NerTagger } from "../../ner/types.js";
import { tokenize } from "../../text/tokenize.js";

export function dictionaryTagger(names: Record<string, "PER" | "ORG" | "LOC" | "MISC">): NerTagger {
  const entries = Object.entries(names)
    .map(([name, label]) => ({ toks: tokenize(name).map((t) => t.text), label }))
    .sort((a, b) => b.toks.length - a.toks.length);
  return {
    modelName: "dictionary-test-double",
    tagDocument(sentences) {
      return sentences.map((toks) => {
        const tags = toks.map(() => "O");
        for (let k = 0; k < toks.length; k++) {
          const hit = entries.find((e) => e.toks.every((w, q) => toks[k + q] === w));
          if (!hit) continue;
          hit.toks.forEach((_, q) => (tags[k + q] = (q ? "I-" : "B-") + hit.label));
          k += hit.toks.length - 1;
        }
        return tags;
      });
    },
  };
}
