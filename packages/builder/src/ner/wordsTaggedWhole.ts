// Words the training documents tag, on their own, as a whole one-token entity of one label: the seeds the synthetic
// sentence builders (results tables, organisation sentences) draw from, so they reuse names the data already shows.
import type { LabeledDocument } from "./readTrainingData.js";
import { loadTrainingConventions } from "./trainingConventions.js";

/**
 * Words tagged `B-<label>` with no `I-<label>` after them at least twice and in at least 90% of their uses (so
 * annotation slips do not count), that are neither place names (countries, capitals, regions) nor demonyms, in order
 * of first appearance.
 */
export function wordsTaggedWhole(docs: readonly LabeledDocument[], label: string): string[] {
  const conv = loadTrainingConventions();
  const begin = `B-${label}`;
  const inside = `I-${label}`;
  const tagged = new Map<string, number>();
  const uses = new Map<string, number>();
  for (const d of docs) {
    d.sentences.forEach((s, i) => {
      const tags = d.tags[i]!;
      s.forEach((w, j) => {
        uses.set(w, (uses.get(w) ?? 0) + 1);
        if (tags[j] === begin && tags[j + 1] !== inside) tagged.set(w, (tagged.get(w) ?? 0) + 1);
      });
    });
  }
  const words: string[] = [];
  for (const [w, c] of tagged)
    if (c >= 2 && c >= 0.9 * uses.get(w)! && !conv.isPlaceName([w]) && !conv.isDemonym(w, true)) words.push(w);
  return words;
}
