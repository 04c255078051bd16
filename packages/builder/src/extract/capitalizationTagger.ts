// A rule-based stand-in for the NER model (tests, and a fallback when no model is available): capitalised
// sequences not at a sentence start are names; organisation descriptors make ORG, the country gazetteer LOC or
// MISC, after "in/at/from/to" LOC, otherwise PER.
import type { NerTagger } from "../ner/types.js";
import { countryIndex } from "./lexicon/countryIndex.js";
import { ORG_DESCRIPTORS } from "./lexicon/organizations.js";
import { TITLE_HEADS, TITLE_MODIFIERS } from "./lexicon/titles.js";

const FUNCTION_CAPS = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "This",
  "That",
  "But",
  "And",
  "However",
  "After",
  "Since",
  "Before",
  "According",
  "Citing",
  "If",
  "When",
  "While",
  "Its",
  "His",
  "Her",
  "Their",
  "Our",
  "There",
  "Most",
  "Many",
  "Some",
  "For",
  "As",
  "By",
  "From",
  "To",
  "Actually",
  "Just",
  "Four",
  "Five",
  "Two",
  "Three",
  "One",
  "Did",
  "Either",
  "Through",
  "Videos",
  "Clear",
  "Police",
]);

export const capitalizationTagger: NerTagger = {
  modelName: "capitalization-rules",
  tagDocument(sentences) {
    const idx = countryIndex();
    return sentences.map((toks) => {
      const tags = toks.map(() => "O");
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (
          !/^\p{Lu}/u.test(t) ||
          FUNCTION_CAPS.has(t) ||
          TITLE_HEADS.has(t.toLowerCase()) ||
          TITLE_MODIFIERS.has(t.toLowerCase())
        )
          continue;
        let j = k + 1;
        while (
          j < toks.length &&
          (/^\p{Lu}/u.test(toks[j]!) || (toks[j] === "of" && /^\p{Lu}/u.test(toks[j + 1] ?? ""))) &&
          !idx.adjectives.has(toks[j]!)
        )
          j++;
        const words = toks.slice(k, j);
        let label = "PER";
        if (idx.byForm.has(words.join(" "))) label = idx.adjectives.has(words.join(" ")) ? "MISC" : "LOC";
        else if (
          words.some((w) => ORG_DESCRIPTORS.has(w.toLowerCase())) ||
          (words.length === 1 && /[A-Z].*[/A-Z]/.test(words[0]!.slice(1)))
        )
          label = "ORG";
        else if (k > 0 && ["in", "at", "from", "to", "of"].includes(toks[k - 1]!)) label = "LOC";
        for (let q = k; q < j; q++) tags[q] = (q === k ? "B-" : "I-") + label;
        k = j - 1;
      }
      return tags;
    });
  },
};
