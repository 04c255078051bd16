// A trained linear classifier stored by hashed-feature bucket: each bucket's non-zero weights in one run of packed
// int32 entries (class in the high 16 bits, an int16 weight in the low 16), so scoring a feature costs two memory
// reads, the model stays small, and integer sums compare exactly (argmax needs no scale).

/**
 * Features scored at once through the gathered path, at most. Below it every partial sum of int16 weights stays
 * under 2^24 in magnitude, so summing in int32 and adding once gives the same float32 scores as adding one weight at
 * a time (integers that small are exact in float32).
 */
const GATHER_MAX = 511;

export class SparseLinearModel {
  private readonly runStart = new Int32Array(GATHER_MAX);
  private readonly runEnd = new Int32Array(GATHER_MAX);
  private readonly sums: Int32Array;
  /** Where the touched entries go, so the compiler cannot drop those reads (no meaning of its own). */
  touched = 0;

  constructor(
    readonly bits: number,
    readonly classCount: number,
    /** Start of each bucket's run in `entries`; length buckets + 1. */
    readonly rowStart: Int32Array,
    /** (class << 16) | (weight & 0xffff), weight a quantised int16. */
    readonly entries: Int32Array,
    /** Real weight = int16 weight * scale. */
    readonly scale: number,
  ) {
    this.sums = new Int32Array(classCount);
  }

  get mask(): number {
    return (1 << this.bits) - 1;
  }

  get nonZero(): number {
    return this.entries.length;
  }

  /**
   * Adds each feature's (quantised) weights into `scores` (length classCount, zeroed by the caller). Scoring is
   * bound by memory latency (random reads into megabytes of index and runs): the run bounds of all features are read
   * first and then the first entry of every run, loops with no data-dependent branch whose cache misses the CPU
   * overlaps, and only then are the runs summed (from cache): about twice as fast as reading feature by feature for
   * the parser's relation and tag models.
   */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    if (count > GATHER_MAX) {
      this.scoreEach(features, count, scores);
      return;
    }
    const rs = this.rowStart;
    const en = this.entries;
    const starts = this.runStart;
    const ends = this.runEnd;
    for (let f = 0; f < count; f++) {
      const b = features[f] ?? 0;
      starts[f] = rs[b] ?? 0;
      ends[f] = rs[b + 1] ?? 0;
    }
    let touched = 0;
    // Clamped: an empty run may start at the end of `entries`.
    const last = en.length - 1;
    for (let f = 0; f < count; f++) touched ^= en[Math.min(starts[f] ?? 0, last)] ?? 0;
    this.touched = touched;
    const sums = this.sums;
    sums.fill(0);
    for (let f = 0; f < count; f++) {
      const end = ends[f] ?? 0;
      for (let k = starts[f] ?? 0; k < end; k++) {
        const e = en[k] ?? 0;
        const c = e >>> 16;
        sums[c] = (sums[c] ?? 0) + ((e << 16) >> 16);
      }
    }
    for (let c = 0; c < sums.length; c++) scores[c] = (scores[c] ?? 0) + (sums[c] ?? 0);
  }

  /** The plain feature-by-feature sum (more features than the gathered path takes). */
  private scoreEach(features: Int32Array, count: number, scores: Float32Array): void {
    const rs = this.rowStart;
    const en = this.entries;
    for (let f = 0; f < count; f++) {
      const b = features[f] ?? 0;
      const end = rs[b + 1] ?? 0;
      for (let k = rs[b] ?? 0; k < end; k++) {
        const e = en[k] ?? 0;
        const c = e >>> 16;
        scores[c] = (scores[c] ?? 0) + ((e << 16) >> 16);
      }
    }
  }

  /** Bytes of the dense rows `toDense4` builds. */
  get dense4Bytes(): number {
    return (1 << this.bits) * 2 * Int32Array.BYTES_PER_ELEMENT;
  }

  /**
   * Dense int16 rows of 4 for classifiers of up to 4 classes: one memory read per feature. `into` (zeroed,
   * `dense4Bytes` long) receives the rows, e.g. in shared memory.
   */
  toDense4(into?: Int32Array): DenseLinearModel4 {
    const buckets = 1 << this.bits;
    // Row b is pairs[2b] (classes 0 and 1) and pairs[2b + 1] (classes 2 and 3), each int16 in one half.
    const pairs = into ?? new Int32Array(buckets * 2);
    if (pairs.length !== buckets * 2) throw new Error(`dense rows: ${pairs.length} entries, need ${buckets * 2}`);
    for (let b = 0; b < buckets; b++)
      for (let k = this.rowStart[b] ?? 0; k < (this.rowStart[b + 1] ?? 0); k++) {
        const e = this.entries[k] ?? 0;
        const cls = e >>> 16;
        const at = b * 2 + (cls >> 1);
        pairs[at] = (pairs[at] ?? 0) | (cls & 1 ? e << 16 : e & 0xffff);
      }
    return new DenseLinearModel4(pairs);
  }
}

export class DenseLinearModel4 {
  constructor(readonly pairs: Int32Array) {}

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const pairs = this.pairs;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let f = 0; f < count; f++) {
      const row = (features[f] ?? 0) << 1;
      const ab = pairs[row] ?? 0;
      const cd = pairs[row + 1] ?? 0;
      a += (ab << 16) >> 16;
      b += ab >> 16;
      c += (cd << 16) >> 16;
      d += cd >> 16;
    }
    scores[0] = (scores[0] ?? 0) + a;
    if (scores.length > 1) scores[1] = (scores[1] ?? 0) + b;
    if (scores.length > 2) scores[2] = (scores[2] ?? 0) + c;
    if (scores.length > 3) scores[3] = (scores[3] ?? 0) + d;
  }
}

/** Quantises real weights per bucket run into a SparseLinearModel (zeros after rounding dropped). */
export function quantiseSparse(
  bits: number,
  classCount: number,
  rowStart: Int32Array,
  classes: ArrayLike<number>,
  values: ArrayLike<number>,
): SparseLinearModel {
  let maxAbs = 0;
  for (let k = 0; k < values.length; k++) maxAbs = Math.max(maxAbs, Math.abs(values[k] ?? 0));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const buckets = 1 << bits;
  const out = new Int32Array(values.length);
  const starts = new Int32Array(buckets + 1);
  let n = 0;
  for (let b = 0; b < buckets; b++) {
    starts[b] = n;
    for (let k = rowStart[b] ?? 0; k < (rowStart[b + 1] ?? 0); k++) {
      const q = Math.round((values[k] ?? 0) / scale);
      if (q !== 0) out[n++] = ((classes[k] ?? 0) << 16) | (q & 0xffff);
    }
  }
  starts[buckets] = n;
  return new SparseLinearModel(bits, classCount, starts, out.slice(0, n), scale);
}
