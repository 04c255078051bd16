// IOB2 tags -> typed token spans.
import type { IobTag } from "../ner/types.js";

export interface NerSpan {
  i: number;
  j: number;
  label: string; // PER, ORG, LOC, MISC
}

export function nerSpans(tags: readonly IobTag[]): NerSpan[] {
  const out: NerSpan[] = [];
  let cur: NerSpan | null = null;
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k] ?? "O";
    if (tag === "O") {
      cur = null;
      continue;
    }
    const label = tag.slice(2);
    if (tag.startsWith("I-") && cur && cur.label === label) {
      cur.j = k + 1;
      continue;
    }
    cur = { i: k, j: k + 1, label };
    out.push(cur);
  }
  return out;
}
