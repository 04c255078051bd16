// The linear sequence model: 64-bit feature keys -> dense ids (open addressing), per-tag weights, a tag-bigram
// transition matrix, and Viterbi decoding restricted to valid IOB2 sequences.

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

/** Open-addressing map from a 64-bit key (two uint32 halves) to a dense id. */
export class FeatureTable {
  keysA: Uint32Array;
  keysB: Uint32Array;
  ids: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keysA = new Uint32Array(cap);
    this.keysB = new Uint32Array(cap);
    this.ids = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  get(a: number, b: number): number {
    const { keysA, keysB, ids, mask } = this;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const id = ids[i]!;
      if (id < 0) return -1;
      if (keysA[i] === a && keysB[i] === b) return id;
      i = (i + 1) & mask;
    }
  }

  /** Returns the id of the key, adding it with id = size when absent. */
  add(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    const { keysA, keysB, ids, mask } = this;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const id = ids[i]!;
      if (id < 0) {
        keysA[i] = a;
        keysB[i] = b;
        ids[i] = this.size;
        return this.size++;
      }
      if (keysA[i] === a && keysB[i] === b) return id;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldA = this.keysA;
    const oldB = this.keysB;
    const oldIds = this.ids;
    const cap = oldIds.length * 2;
    this.keysA = new Uint32Array(cap);
    this.keysB = new Uint32Array(cap);
    this.ids = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let i = 0; i < oldIds.length; i++) {
      const id = oldIds[i]!;
      if (id < 0) continue;
      let j = (oldA[i]! ^ Math.imul(oldB[i]!, 0x9e3779b1)) & this.mask;
      while (this.ids[j]! >= 0) j = (j + 1) & this.mask;
      this.keysA[j] = oldA[i]!;
      this.keysB[j] = oldB[i]!;
      this.ids[j] = id;
    }
  }

  /** Keys in id order. */
  keysById(): { a: Uint32Array; b: Uint32Array } {
    const a = new Uint32Array(this.size);
    const b = new Uint32Array(this.size);
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i]!;
      if (id >= 0) {
        a[id] = this.keysA[i]!;
        b[id] = this.keysB[i]!;
      }
    }
    return { a, b };
  }
}

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
    score[c] = ALLOWED[0]![c] ? em[c]! + trans[c]! : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const o = t * NT;
    const po = o - NT;
    for (let c = 0; c < NT; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED[p + 1]![c]) continue;
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
