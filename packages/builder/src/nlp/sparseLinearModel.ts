// A trained linear classifier stored by hashed-feature bucket: each bucket's non-zero (class, weight) pairs in one
// run, so scoring touches only what training learned and the model stays small in memory and on disk.

export class SparseLinearModel {
  constructor(
    readonly bits: number,
    readonly classCount: number,
    /** Start of each bucket's run in `classes`/`values`; length buckets + 1. */
    readonly rowStart: Int32Array,
    readonly classes: Uint8Array,
    readonly values: Float32Array,
  ) {}

  get mask(): number {
    return (1 << this.bits) - 1;
  }

  /** Adds each feature's weights into `scores` (length classCount, zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const rs = this.rowStart;
    const cls = this.classes;
    const val = this.values;
    for (let f = 0; f < count; f++) {
      const b = features[f] ?? 0;
      const end = rs[b + 1] ?? 0;
      for (let k = rs[b] ?? 0; k < end; k++) {
        const c = cls[k] ?? 0;
        scores[c] = (scores[c] ?? 0) + (val[k] ?? 0);
      }
    }
  }
}
