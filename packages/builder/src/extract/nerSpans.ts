// IOB2 tags -> typed token spans (the decoding rule in @newskg/graph-model).
import { iobSpans } from "@newskg/graph-model";
import type { IobTag } from "../ner/types.js";

export interface NerSpan {
  i: number;
  j: number;
  label: string; // PER, ORG, LOC, MISC
}

export function nerSpans(tags: readonly IobTag[]): NerSpan[] {
  return iobSpans(tags).map((span) => ({ i: span.start, j: span.end, label: span.type }));
}
