import { describe, expect, it } from "vitest";
import { quantiseSparse, type SparseLinearModel } from "./sparseLinearModel.js";

/** A small deterministic generator (the models below are random but the same every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random quantised model over 2^bits buckets; about half the buckets empty, the last one always empty. */
function randomModel(bits: number, classes: number, seed: number): SparseLinearModel {
  const rnd = lcg(seed);
  const buckets = 1 << bits;
  const rowStart = new Int32Array(buckets + 1);
  const cls: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < buckets; b++) {
    rowStart[b] = cls.length;
    if (b === buckets - 1 || rnd() < 0.5) continue;
    for (let c = 0; c < classes; c++) {
      if (rnd() < 0.4) continue;
      cls.push(c);
      values.push((rnd() - 0.5) * (rnd() < 0.1 ? 40 : 2));
    }
  }
  rowStart[buckets] = cls.length;
  return quantiseSparse(bits, classes, rowStart, cls, values);
}

/** The reference: each entry's weight added to its class one at a time, in float32. */
function scoreOneByOne(m: SparseLinearModel, features: Int32Array, count: number): Float32Array {
  const scores = new Float32Array(m.classCount);
  for (let f = 0; f < count; f++) {
    const b = features[f] ?? 0;
    for (let k = m.rowStart[b] ?? 0; k < (m.rowStart[b + 1] ?? 0); k++) {
      const e = m.entries[k] ?? 0;
      scores[e >>> 16] = (scores[e >>> 16] ?? 0) + ((e << 16) >> 16);
    }
  }
  return scores;
}

function randomFeatures(m: SparseLinearModel, count: number, rnd: () => number): Int32Array {
  const f = new Int32Array(count);
  const buckets = 1 << m.bits;
  // Repeated features and the (empty) last bucket included.
  for (let k = 0; k < count; k++) f[k] = rnd() < 0.05 ? buckets - 1 : rnd() < 0.1 ? (f[0] ?? 0) : (rnd() * buckets) | 0;
  return f;
}

describe("SparseLinearModel.score", () => {
  it("gives the scores of adding every weight one at a time", () => {
    const m = randomModel(10, 51, 7);
    const rnd = lcg(11);
    for (const count of [0, 1, 55, 128, 511]) {
      for (let t = 0; t < 20; t++) {
        const features = randomFeatures(m, count, rnd);
        const scores = new Float32Array(m.classCount);
        m.score(features, count, scores);
        expect(scores).toEqual(scoreOneByOne(m, features, count));
      }
    }
  });

  it("adds into the scores it is given and takes more features than its gathered path", () => {
    const m = randomModel(8, 17, 3);
    const rnd = lcg(5);
    const features = randomFeatures(m, 700, rnd);
    const scores = new Float32Array(m.classCount).fill(2);
    m.score(features, 700, scores);
    const expected = scoreOneByOne(m, features, 700).map((x) => x + 2);
    expect(scores).toEqual(expected);
  });
});

describe("DenseLinearModel4", () => {
  it("scores like the sparse model it was made from, negative weights in either half of a pair included", () => {
    for (const classes of [3, 4]) {
      const m = randomModel(9, classes, 20 + classes);
      const dense = m.toDense4();
      const rnd = lcg(classes);
      for (let t = 0; t < 50; t++) {
        const features = randomFeatures(m, 94, rnd);
        const a = new Float32Array(classes);
        const b = new Float32Array(classes);
        m.score(features, 94, a);
        dense.score(features, 94, b);
        expect(b).toEqual(a);
      }
    }
  });
});
