// Deterministic sports-results documents for the open profile. News sports pages name clubs after their towns
// ("X 2 Y 1", standings tables, "X beat Y 3-1"), and annotation standards tag such a town as the club, an
// organisation; the open corpora (VOA news, tweets, government releases) have almost no results tables, so the open
// model tags these towns as places. The documents are built from the single- and two-word place names tagged in
// the training documents themselves, in results-table forms (rules as data: ner-conventions.json `sportsResults`);
// no names are listed anywhere.
import type { LabeledDocument } from "./readTrainingData.js";
import { readNerConventions } from "./trainingConventions.js";
import { wordsTaggedWhole } from "./wordsTaggedWhole.js";

interface SportsRules {
  /** Documents to add per 100 training documents. */
  per100: number;
  /** Lines per document. */
  lines: number;
  /** Line forms: T1/T2 are the teams, N a score (0-5), N-N a result, P points (0-40). */
  forms: string[];
}

function sportsRules(): SportsRules {
  return readNerConventions<SportsRules>("sportsResults");
}

/**
 * Single-word town names of the training documents: tagged as a place at least twice and nearly always (so
 * annotation slips do not become teams), not countries, capitals or regions (national teams are tagged as their
 * country), in order of first appearance.
 */
export function trainingTowns(docs: readonly LabeledDocument[]): string[][] {
  return wordsTaggedWhole(docs, "LOC")
    .filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
    .map((w) => [w]);
}

/** Returns the documents followed by the synthetic results documents. */
export function augmentSports(docs: readonly LabeledDocument[]): LabeledDocument[] {
  const rules = sportsRules();
  const places = trainingTowns(docs);
  if (places.length < 2) return [...docs];
  const n = Math.floor((docs.length * rules.per100) / 100);
  const out: LabeledDocument[] = [...docs];
  let k = 0;
  for (let d = 0; d < n; d++) {
    const upper = d % 3 === 2; // some results pages are set in capitals
    const sentences: string[][] = [];
    const tags: string[][] = [];
    for (let l = 0; l < rules.lines; l++) {
      const form = rules.forms[(d * 7 + l) % rules.forms.length]!;
      const words: string[] = [];
      const wordTags: string[] = [];
      for (const part of form.split(" ")) {
        if (part === "T1" || part === "T2") {
          const team = places[(k++ * 7919) % places.length]!;
          team.forEach((w, j) => {
            words.push(upper ? w.toUpperCase() : w);
            wordTags.push(j === 0 ? "B-ORG" : "I-ORG");
          });
        } else {
          const v = (d * 31 + l * 17 + words.length * 13) % 41;
          // A result is one token in CoNLL-style files ("2-1") and three from the builder's tokenizer ("2 - 1").
          const result = [String(v % 6), "-", String((v >> 2) % 4)];
          const parts =
            part === "N-N"
              ? d % 2
                ? result
                : [result.join("")]
              : [part === "N" ? String(v % 6) : part === "P" ? String(v) : part];
          for (const w of parts) {
            words.push(w);
            wordTags.push("O");
          }
        }
      }
      sentences.push(words);
      tags.push(wordTags);
    }
    out.push({ sentences, tags });
  }
  return out;
}
