// Tag set and Viterbi decoding over a tag-bigram model, restricted to valid IOB2 sequences.

export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const NT = TAGS.length;
export const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** allowed[prev+1][cur]: IOB2 forbids I-X unless the previous tag is B-X or I-X (prev -1 = sentence start). */
export const ALLOWED: boolean[][] = (() => {
  const rows: boolean[][] = [];
  for (let prev = -1; prev < NT; prev++) {
    const row: boolean[] = [];
    for (let cur = 0; cur < NT; cur++) {
      const c = TAGS[cur]!;
      if (!c.startsWith("I-")) row.push(true);
      else row.push(prev >= 0 && TAGS[prev]!.slice(2) === c.slice(2));
    }
    rows.push(row);
  }
  return rows;
})();

/** ALLOWED flattened: ALLOWED_FLAT[(prev+1)*NT + cur] (typed array for the hot loop). */
const ALLOWED_FLAT = Uint8Array.from(ALLOWED.flat().map((x) => (x ? 1 : 0)));

/**
 * Viterbi over emission scores em[t*NT+tag] with transitions trans[(prev+1)*NT+cur]; writes tag ids into out.
 * `back` and `score` are scratch arrays of at least n*NT entries.
 */
export function viterbi(
  em: Float64Array | Float32Array,
  n: number,
  trans: Float64Array | Float32Array,
  out: Int32Array | Uint8Array,
  back: Int32Array,
  score: Float64Array,
): void {
  if (n === 0) return;
  for (let c = 0; c < NT; c++) {
    score[c] = ALLOWED_FLAT[c] ? em[c]! + trans[c]! : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const o = t * NT;
    const po = o - NT;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED_FLAT[(p + 1) * NT + c]) continue;
        const s = score[po + p]! + trans[(p + 1) * NT + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[o + c] = best + em[o + c]!;
      back[o + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lo = (n - 1) * NT;
  for (let c = 0; c < NT; c++) {
    if (score[lo + c]! > best) {
      best = score[lo + c]!;
      arg = c;
    }
  }
  for (let t = n - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * NT + arg]!;
  }
}
