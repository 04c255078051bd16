// Multiclass averaged perceptron over hashed features, dense while training (weights, running totals and
// timestamps for lazy averaging) and compacted into a SparseLinearModel for shipping.
import { quantiseSparse, type SparseLinearModel } from "./sparseLinearModel.js";

export class AveragedPerceptron {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private time = 0;

  constructor(
    readonly bits: number,
    readonly classCount: number,
  ) {
    const size = (1 << bits) * classCount;
    this.weights = new Float32Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Int32Array(size);
  }

  /** Adds each feature's weights into `scores` (length classCount, zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const c = this.classCount;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = (features[f] ?? 0) * c;
      for (let k = 0; k < c; k++) scores[k] = (scores[k] ?? 0) + (w[row + k] ?? 0);
    }
  }

  /** Like score, for the listed classes only (the others keep their value). */
  scoreClasses(features: Int32Array, count: number, scores: Float32Array, classes: Uint8Array): void {
    const c = this.classCount;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = (features[f] ?? 0) * c;
      for (let j = 0; j < classes.length; j++) {
        const k = classes[j] ?? 0;
        scores[k] = (scores[k] ?? 0) + (w[row + k] ?? 0);
      }
    }
  }

  /** One training instance seen (call once per decision, whether or not it was wrong). */
  tick(): void {
    this.time++;
  }

  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const row = (features[f] ?? 0) * this.classCount;
      this.bump(row + truth, 1);
      this.bump(row + guess, -1);
    }
  }

  /** Adds `delta` to class `cls` of features[start .. start+count) (one step of a global, structured update). */
  add(features: Int32Array, start: number, count: number, cls: number, delta: number): void {
    for (let f = start; f < start + count; f++) this.bump((features[f] ?? 0) * this.classCount + cls, delta);
  }

  private bump(index: number, delta: number): void {
    const w = this.weights[index] ?? 0;
    this.totals[index] = (this.totals[index] ?? 0) + (this.time - (this.stamps[index] ?? 0)) * w;
    this.stamps[index] = this.time;
    this.weights[index] = w + delta;
  }

  /** The averaged weights, those with |weight| at most `prune` dropped, quantised into a compact model. */
  toSparse(prune = 0): SparseLinearModel {
    const c = this.classCount;
    const buckets = 1 << this.bits;
    const time = Math.max(1, this.time);
    const rowStart = new Int32Array(buckets + 1);
    const classes: number[] = [];
    const values: number[] = [];
    for (let b = 0; b < buckets; b++) {
      rowStart[b] = classes.length;
      for (let k = 0; k < c; k++) {
        const i = b * c + k;
        const w = this.weights[i] ?? 0;
        const total = (this.totals[i] ?? 0) + (time - (this.stamps[i] ?? 0)) * w;
        const avg = total / time;
        if (Math.abs(avg) > prune) {
          classes.push(k);
          values.push(avg);
        }
      }
    }
    rowStart[buckets] = classes.length;
    return quantiseSparse(this.bits, c, rowStart, classes, values);
  }
}
