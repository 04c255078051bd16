// A relation's supporting sentences with the same sentence counted once: a story filed twice (a wire copy, an update
// under a new headline) repeats its sentences word for word, and the panels would show each of them twice.

import type { Evidence } from "@newskg/graph-model";

export interface DistinctSentence {
  /** The first occurrence, in evidence order. */
  evidence: Evidence;
  /** The same sentence in other articles (or elsewhere in the same one). */
  repeats: Evidence[];
}

/** Same words, whatever the spacing or case. */
const keyOf = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

export function distinctSentences(evidence: readonly Evidence[]): DistinctSentence[] {
  const byText = new Map<string, DistinctSentence>();
  for (const ev of evidence) {
    const key = keyOf(ev.text);
    const known = byText.get(key);
    if (known) known.repeats.push(ev);
    else byText.set(key, { evidence: ev, repeats: [] });
  }
  return [...byText.values()];
}
