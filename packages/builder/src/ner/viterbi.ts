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

/**
 * Open-addressing map from a 64-bit key (two uint32 halves) to a dense id. Slots are interleaved (a, b, id+1) so a
 * probe touches one cache line; id+1 = 0 marks an empty slot.
 */
export class FeatureTable {
  private slots: Uint32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
  }

  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const o = i * 3;
      const id = slots[o + 2]!;
      if (id === 0) return -1;
      if (slots[o] === a && slots[o + 1] === b) return id - 1;
      i = (i + 1) & mask;
    }
  }

  /** Returns the id of the key, adding it with id = size when absent. */
  add(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const o = i * 3;
      const id = slots[o + 2]!;
      if (id === 0) {
        slots[o] = a;
        slots[o + 1] = b;
        slots[o + 2] = this.size + 1;
        return this.size++;
      }
      if (slots[o] === a && slots[o + 1] === b) return id - 1;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
    for (let o = 0; o < old.length; o += 3) {
      if (old[o + 2] === 0) continue;
      let j = (old[o]! ^ Math.imul(old[o + 1]!, 0x9e3779b1)) & this.mask;
      while (this.slots[j * 3 + 2] !== 0) j = (j + 1) & this.mask;
      this.slots[j * 3] = old[o]!;
      this.slots[j * 3 + 1] = old[o + 1]!;
      this.slots[j * 3 + 2] = old[o + 2]!;
    }
  }

  /** Keys in id order. */
  keysById(): { a: Uint32Array; b: Uint32Array } {
    const a = new Uint32Array(this.size);
    const b = new Uint32Array(this.size);
    const slots = this.slots;
    for (let o = 0; o < slots.length; o += 3) {
      const id = slots[o + 2]!;
      if (id > 0) {
        a[id - 1] = slots[o]!;
        b[id - 1] = slots[o + 1]!;
      }
    }
    return { a, b };
  }
}

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
