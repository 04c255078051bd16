// Document-level features for the second stage: what the first stage predicted for the same word elsewhere in the
// document. This is how "Mendes" alone is recognised after "Ana Mendes" was tagged, and how a name in an ALL-CAPS
// headline inherits the type of its mention in the body.
import { stackedKey } from "./featureExtractor.js";
import type { KeyBuffer } from "./featureExtractor.js";
import { NT } from "./viterbi.js";

/** Entity type of a tag id: 0 = O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export function tagType(tag: number): number {
  return tag === 0 ? 0 : (tag + 1) >> 1;
}

/**
 * Builds the per-token stacked feature writer from first-stage tags (flat over the document's tokens).
 * `lowers` are the lowercased tokens, `sentenceLengths` split the flat token range into sentences.
 */
export function makeStackedFeatures(
  lowers: readonly string[],
  tags: Int32Array | Uint8Array,
  sentenceLengths: readonly number[],
): (token: number, out: KeyBuffer) => void {
  const n = lowers.length;
  // Per word: counts of the token's type over the document (index word*5 + type).
  const wordIds = new Map<string, number>();
  const ids = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    let id = wordIds.get(lowers[t]!);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(lowers[t]!, id);
    }
    ids[t] = id;
  }
  const counts = new Int32Array(wordIds.size * 5);
  // Per word: type of entities it ends (last token of a multi-token entity) or begins.
  const lastOf = new Int32Array(wordIds.size * 5);
  const firstOf = new Int32Array(wordIds.size * 5);
  const sentEnd = new Uint8Array(n);
  let p = 0;
  for (const len of sentenceLengths) {
    p += len;
    if (len > 0) sentEnd[p - 1] = 1;
  }
  for (let t = 0; t < n; t++) {
    const ty = tagType(tags[t]!);
    counts[ids[t]! * 5 + ty]!++;
    if (ty === 0) continue;
    const isBegin = tags[t]! % 2 === 1;
    const nextContinues = !sentEnd[t] && t + 1 < n && tags[t + 1]! === ty * 2;
    if (!isBegin && !nextContinues) lastOf[ids[t]! * 5 + ty]!++;
    if (isBegin && nextContinues) firstOf[ids[t]! * 5 + ty]!++;
  }
  const argmaxOther = (arr: Int32Array, base: number, own: number): number => {
    let best = -1;
    let bestC = 0;
    for (let k = 0; k < 5; k++) {
      const c = arr[base + k]! - (k === own ? 1 : 0);
      if (c > bestC) {
        bestC = c;
        best = k;
      }
    }
    return best;
  };
  const starts = new Uint8Array(n + 1);
  p = 0;
  for (const len of sentenceLengths) {
    starts[p] = 1;
    p += len;
  }
  return (t: number, out: KeyBuffer): void => {
    const own = tagType(tags[t]!);
    const base = ids[t]! * 5;
    const other = argmaxOther(counts, base, own);
    // Majority type of the other occurrences of this word (-1 when it occurs once).
    stackedKey(1, other + 1, out);
    stackedKey(2, tags[t]!, out);
    stackedKey(3, other * 10 + own + 11, out);
    let last = -1;
    let lastC = 0;
    let first = -1;
    let firstC = 0;
    for (let k = 1; k < 5; k++) {
      const lc = lastOf[base + k]!;
      if (lc > lastC) {
        lastC = lc;
        last = k;
      }
      const fc = firstOf[base + k]!;
      if (fc > firstC) {
        firstC = fc;
        first = k;
      }
    }
    if (last >= 0) stackedKey(4, last, out);
    if (first >= 0) stackedKey(5, first, out);
    const prev = starts[t] ? NT : tags[t - 1]!;
    const next = t + 1 >= n || starts[t + 1] ? NT : tags[t + 1]!;
    stackedKey(6, prev, out);
    stackedKey(7, next, out);
  };
}
