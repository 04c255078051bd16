// A one-hidden-layer feed-forward classifier over embedded discrete features (Chen & Manning 2014): each input
// position holds one id of a feature kind (word, tag, relation, cluster), looked up in that kind's embedding table;
// the concatenation feeds a ReLU layer and a softmax restricted to the valid outputs. Trained with Adam (lazy for
// embedding rows) and dropout on the hidden layer; every random draw comes from a seeded generator, so training is
// reproducible. W1 is stored input-major (one row of `hidden` weights per input unit): both the forward sums and
// the gradient updates then run over contiguous memory.
import { seededRandom } from "../graph/seededRandom.js";

export interface NetworkShape {
  /** Embedding width of each feature kind. */
  dims: number[];
  /** Vocabulary size of each feature kind. */
  vocab: number[];
  /** Feature kind of each input position. */
  positions: number[];
  hidden: number;
  outputs: number;
}

export interface AdamSettings {
  rate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export const DEFAULT_ADAM: AdamSettings = { rate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/** The network's weights; all other state (optimizer moments, gradients) lives in the trainer. */
export class FeedForwardNetwork {
  readonly embeddings: Float32Array[];
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  /** Offset of each position's embedding in the input vector. */
  readonly offsets: Int32Array;
  readonly inputs: number;

  constructor(
    readonly shape: NetworkShape,
    weights?: { embeddings: Float32Array[]; w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array },
  ) {
    this.offsets = new Int32Array(shape.positions.length);
    let d = 0;
    shape.positions.forEach((kind, p) => {
      this.offsets[p] = d;
      d += shape.dims[kind] ?? 0;
    });
    this.inputs = d;
    const H = shape.hidden;
    if (weights) {
      this.embeddings = weights.embeddings;
      this.w1 = weights.w1;
      this.b1 = weights.b1;
      this.w2 = weights.w2;
      this.b2 = weights.b2;
      const expect = [d * H, H, shape.outputs * H, shape.outputs];
      const got = [this.w1.length, this.b1.length, this.w2.length, this.b2.length];
      if (expect.some((e, i) => e !== got[i])) throw new Error("feed-forward network: weights do not fit the shape");
      return;
    }
    this.embeddings = shape.vocab.map((v, k) => new Float32Array(v * (shape.dims[k] ?? 0)));
    this.w1 = new Float32Array(d * H);
    this.b1 = new Float32Array(H);
    this.w2 = new Float32Array(shape.outputs * H);
    this.b2 = new Float32Array(shape.outputs);
  }

  /** Seeded initialisation: embeddings uniform in [-1, 1], layers He-uniform (ReLU), biases 0. */
  static initialised(shape: NetworkShape, seed: number): FeedForwardNetwork {
    const net = new FeedForwardNetwork(shape);
    const random = seededRandom(seed);
    const fill = (a: Float32Array, scale: number): void => {
      for (let i = 0; i < a.length; i++) a[i] = (2 * random() - 1) * scale;
    };
    for (const e of net.embeddings) fill(e, 1);
    fill(net.w1, Math.sqrt(6 / net.inputs));
    fill(net.w2, Math.sqrt(6 / shape.hidden));
    return net;
  }
}

/** Mini-batch trainer: accumulates gradients example by example, then takes one Adam step. */
export class NetworkTrainer {
  private readonly x: Float32Array;
  private readonly dx: Float32Array;
  private readonly h: Float32Array;
  private readonly keep: Uint8Array;
  private readonly dh: Float32Array;
  private readonly scores: Float32Array;
  private readonly gw1: Float32Array;
  private readonly gb1: Float32Array;
  private readonly gw2: Float32Array;
  private readonly gb2: Float32Array;
  private readonly gEmb: Float32Array[];
  /** Embedding rows touched in the current batch, per kind (a row is listed once). */
  private readonly touched: number[][];
  private readonly touchedMark: Uint8Array[];
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  private readonly mEmb: Float32Array[];
  private readonly vEmb: Float32Array[];
  private step = 0;
  private readonly random: () => number;

  constructor(
    readonly net: FeedForwardNetwork,
    readonly dropout: number,
    seed: number,
    readonly adam: AdamSettings = DEFAULT_ADAM,
  ) {
    const H = net.shape.hidden;
    const O = net.shape.outputs;
    this.x = new Float32Array(net.inputs);
    this.dx = new Float32Array(net.inputs);
    this.h = new Float32Array(H);
    this.keep = new Uint8Array(H);
    this.dh = new Float32Array(H);
    this.scores = new Float32Array(O);
    this.gw1 = new Float32Array(net.w1.length);
    this.gb1 = new Float32Array(H);
    this.gw2 = new Float32Array(net.w2.length);
    this.gb2 = new Float32Array(O);
    this.gEmb = net.embeddings.map((e) => new Float32Array(e.length));
    this.touched = net.embeddings.map(() => []);
    this.touchedMark = net.shape.vocab.map((n) => new Uint8Array(n));
    const dense = [net.w1, net.b1, net.w2, net.b2];
    this.m = dense.map((a) => new Float32Array(a.length));
    this.v = dense.map((a) => new Float32Array(a.length));
    this.mEmb = net.embeddings.map((e) => new Float32Array(e.length));
    this.vEmb = net.embeddings.map((e) => new Float32Array(e.length));
    this.random = seededRandom(seed);
  }

  /**
   * Forward and backward pass of one example: `ids` holds the feature id of each position (from `at`), `valid`
   * the outputs the softmax ranges over, `target` the right one. Returns whether the best valid output was right.
   */
  accumulate(ids: Int32Array, at: number, valid: Uint8Array, target: number): boolean {
    const net = this.net;
    const { dims, positions, hidden: H, outputs: O } = net.shape;
    const x = this.x;
    const P = positions.length;
    for (let p = 0; p < P; p++) {
      const kind = positions[p] ?? 0;
      const d = dims[kind] ?? 0;
      const e = net.embeddings[kind] as Float32Array;
      const row = (ids[at + p] ?? 0) * d;
      const off = net.offsets[p] ?? 0;
      for (let k = 0; k < d; k++) x[off + k] = e[row + k] ?? 0;
    }
    const h = this.h;
    h.set(net.b1);
    const w1 = net.w1;
    const D = net.inputs;
    for (let i = 0; i < D; i++) {
      const xi = x[i] ?? 0;
      if (xi === 0) continue;
      const r = i * H;
      for (let j = 0; j < H; j++) h[j] = (h[j] ?? 0) + xi * (w1[r + j] ?? 0);
    }
    const keep = this.keep;
    const scale = 1 / (1 - this.dropout);
    for (let j = 0; j < H; j++) {
      const alive = (h[j] ?? 0) > 0 && (this.dropout === 0 || this.random() >= this.dropout);
      keep[j] = alive ? 1 : 0;
      h[j] = alive ? (h[j] ?? 0) * scale : 0;
    }
    const scores = this.scores;
    const w2 = net.w2;
    let max = -Infinity;
    let best = -1;
    for (let o = 0; o < O; o++) {
      if (!valid[o]) continue;
      let s = net.b2[o] ?? 0;
      const r = o * H;
      for (let j = 0; j < H; j++) s += (h[j] ?? 0) * (w2[r + j] ?? 0);
      scores[o] = s;
      if (s > max) {
        max = s;
        best = o;
      }
    }
    let z = 0;
    for (let o = 0; o < O; o++) if (valid[o]) z += Math.exp((scores[o] ?? 0) - max);
    const dh = this.dh;
    dh.fill(0);
    const gw2 = this.gw2;
    for (let o = 0; o < O; o++) {
      if (!valid[o]) continue;
      const g = Math.exp((scores[o] ?? 0) - max) / z - (o === target ? 1 : 0);
      this.gb2[o] = (this.gb2[o] ?? 0) + g;
      const r = o * H;
      for (let j = 0; j < H; j++) {
        gw2[r + j] = (gw2[r + j] ?? 0) + g * (h[j] ?? 0);
        dh[j] = (dh[j] ?? 0) + g * (w2[r + j] ?? 0);
      }
    }
    for (let j = 0; j < H; j++) dh[j] = keep[j] ? (dh[j] ?? 0) * scale : 0;
    for (let j = 0; j < H; j++) this.gb1[j] = (this.gb1[j] ?? 0) + (dh[j] ?? 0);
    const gw1 = this.gw1;
    const dx = this.dx;
    for (let i = 0; i < D; i++) {
      const xi = x[i] ?? 0;
      const r = i * H;
      let s = 0;
      for (let j = 0; j < H; j++) {
        const g = dh[j] ?? 0;
        gw1[r + j] = (gw1[r + j] ?? 0) + xi * g;
        s += g * (w1[r + j] ?? 0);
      }
      dx[i] = s;
    }
    for (let p = 0; p < P; p++) {
      const kind = positions[p] ?? 0;
      const d = dims[kind] ?? 0;
      const id = ids[at + p] ?? 0;
      const g = this.gEmb[kind] as Float32Array;
      const mark = this.touchedMark[kind] as Uint8Array;
      if (!mark[id]) {
        mark[id] = 1;
        this.touched[kind]?.push(id);
      }
      const row = id * d;
      const off = net.offsets[p] ?? 0;
      for (let k = 0; k < d; k++) g[row + k] = (g[row + k] ?? 0) + (dx[off + k] ?? 0);
    }
    return best === target;
  }

  /** One Adam step with the gradients summed over `batch` examples (averaged), then the gradients cleared. */
  update(batch: number): void {
    this.step++;
    const { rate, beta1, beta2, epsilon } = this.adam;
    const c1 = 1 - Math.pow(beta1, this.step);
    const c2 = 1 - Math.pow(beta2, this.step);
    const lr = (rate * Math.sqrt(c2)) / c1;
    const inv = 1 / batch;
    const adamRun = (w: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const gi = (g[i] ?? 0) * inv;
        const mi = beta1 * (m[i] ?? 0) + (1 - beta1) * gi;
        const vi = beta2 * (v[i] ?? 0) + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i] = (w[i] ?? 0) - (lr * mi) / (Math.sqrt(vi) + epsilon);
        g[i] = 0;
      }
    };
    const net = this.net;
    const dense = [net.w1, net.b1, net.w2, net.b2];
    const grads = [this.gw1, this.gb1, this.gw2, this.gb2];
    dense.forEach((w, k) => {
      const g = grads[k] as Float32Array;
      adamRun(w, g, this.m[k] as Float32Array, this.v[k] as Float32Array, 0, w.length);
    });
    // Lazy Adam for embeddings: only the rows this batch used move (their moments decay only when used).
    net.embeddings.forEach((e, kind) => {
      const d = net.shape.dims[kind] ?? 0;
      const rows = this.touched[kind] ?? [];
      const mark = this.touchedMark[kind] as Uint8Array;
      rows.sort((a, b) => a - b);
      for (const id of rows) {
        adamRun(
          e,
          this.gEmb[kind] as Float32Array,
          this.mEmb[kind] as Float32Array,
          this.vEmb[kind] as Float32Array,
          id * d,
          id * d + d,
        );
        mark[id] = 0;
      }
      rows.length = 0;
    });
  }

  /** A draw from the trainer's seeded generator (for word dropout at the caller). */
  draw(): number {
    return this.random();
  }
}
