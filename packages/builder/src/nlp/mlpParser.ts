// Greedy arc-hybrid parsing (the perceptron parser's transition system and root placement) with a feed-forward
// network choosing move and relation together (Chen & Manning 2014): 18 words, their 18 tags, the relations of 12
// children, and the word clusters of the 6 stack and buffer words. At inference the first layer's contribution of
// each (position, id) pair is computed once and cached (the precomputation trick), so a move costs a sum of 54
// cached vectors plus the output layer, restricted to the valid moves.
import { LEFT, type ParseResult, ParseState, RIGHT, SHIFT } from "./arcHybridParser.js";
import type { FeedForwardNetwork } from "./feedForwardNetwork.js";
import { normalizeForm } from "./wordFeatures.js";

export const KIND_WORD = 0;
export const KIND_TAG = 1;
export const KIND_LABEL = 2;
export const KIND_CLUSTER = 3;
const WORD_POSITIONS = 18;
const LABEL_POSITIONS = 12;
const CLUSTER_POSITIONS = 6;
/** Feature kind of each input position: 18 words, 18 tags, 12 relations, 6 clusters. */
export const MLP_POSITIONS: readonly number[] = [
  ...Array<number>(WORD_POSITIONS).fill(KIND_WORD),
  ...Array<number>(WORD_POSITIONS).fill(KIND_TAG),
  ...Array<number>(LABEL_POSITIONS).fill(KIND_LABEL),
  ...Array<number>(CLUSTER_POSITIONS).fill(KIND_CLUSTER),
];
export const MLP_FEATURES = MLP_POSITIONS.length;

/** Reserved ids: absent position, unknown word/cluster, the artificial root. */
export const ID_NULL = 0;
export const ID_UNKNOWN = 1;
export const ID_ROOT = 2;
/** Tags are ids 3.. (UPOS id + 3), relations 1.. (label id + 1). */
export const TAG_BASE = 3;
export const LABEL_BASE = 1;

/** Outputs: 0 shift, 1 + l a right arc with relation l, 1 + L + l a left arc with relation l. */
export function outputOf(move: number, label: number, labels: number): number {
  return move === SHIFT ? 0 : move === RIGHT ? 1 + label : 1 + labels + label;
}

/** The key a word is looked up by: normalized, lowercase, digits folded (numbers differ, their use does not). */
export function mlpWordKey(word: string): string {
  return normalizeForm(word).toLowerCase().replace(/[0-9]/g, "0");
}

/** Per-sentence ids the features read. */
export interface MlpSentence {
  words: Int32Array;
  tags: Uint8Array;
  clusters: Int32Array;
}

const child = (a: Int32Array, i: number): number => (i < 0 ? -1 : (a[i] ?? -1));

/** Fills the 54 feature ids of the state at `at` in `out`. */
export function mlpFeaturesOf(st: ParseState, s: MlpSentence, out: Int32Array, at: number): void {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b;
  const lc0 = child(st.lc1, s0);
  const rc0 = child(st.rc1, s0);
  const lb0 = child(st.lc1, b0);
  const pos = [
    s0,
    s1,
    st.s(2),
    b0,
    b0 + 1 <= n ? b0 + 1 : -1,
    b0 + 2 <= n ? b0 + 2 : -1,
    lc0,
    child(st.lc2, s0),
    rc0,
    child(st.rc2, s0),
    child(st.lc1, s1),
    child(st.rc1, s1),
    child(st.rc2, s1),
    lb0,
    child(st.lc2, b0),
    child(st.lc1, lc0),
    child(st.rc1, rc0),
    child(st.lc1, lb0),
  ];
  for (let k = 0; k < WORD_POSITIONS; k++) {
    const i = pos[k] ?? -1;
    out[at + k] = i < 0 ? ID_NULL : i >= n ? ID_ROOT : (s.words[i] ?? ID_UNKNOWN);
    out[at + WORD_POSITIONS + k] = i < 0 ? ID_NULL : i >= n ? ID_ROOT : TAG_BASE + (s.tags[i] ?? 0);
  }
  // The children positions (6..17) carry their relation.
  for (let k = 0; k < LABEL_POSITIONS; k++) {
    const i = pos[6 + k] ?? -1;
    out[at + 2 * WORD_POSITIONS + k] = i < 0 || i >= n ? ID_NULL : LABEL_BASE + (st.label[i] ?? 0);
  }
  for (let k = 0; k < CLUSTER_POSITIONS; k++) {
    const i = pos[k] ?? -1;
    out[at + 2 * WORD_POSITIONS + LABEL_POSITIONS + k] =
      i < 0 ? ID_NULL : i >= n ? ID_ROOT : (s.clusters[i] ?? ID_UNKNOWN);
  }
}

/** Marks the outputs valid in the state (`forced`: the only valid move, or -1). */
export function validOutputs(st: ParseState, labels: number, mask: Uint8Array): void {
  mask.fill(0);
  if (st.valid(SHIFT)) mask[0] = 1;
  if (st.valid(RIGHT)) mask.fill(1, 1, 1 + labels);
  if (st.valid(LEFT)) mask.fill(1, 1 + labels, 1 + 2 * labels);
}

/** Vocabulary maps of a trained model. */
export interface MlpVocabulary {
  /** Word keys by id, from ID_ROOT + 1 on, most frequent first (the cached ones are the first). */
  words: readonly string[];
  /** Cluster codes by id, from ID_ROOT + 1 on. */
  clusterCodes: readonly number[];
  labels: readonly string[];
}

export class MlpParser {
  private readonly wordId: Map<string, number>;
  private readonly clusterId: Map<number, number>;
  private readonly feats = new Int32Array(MLP_FEATURES);
  private readonly hidden: Float32Array;
  private readonly temp: Float32Array;
  /** Cached first-layer vectors per position: `cached[p]` holds `limit[p]` rows of `hidden` floats. */
  private readonly cache: (Float32Array | undefined)[];
  private readonly filled: (Uint8Array | undefined)[];
  private readonly limit: Int32Array;
  private readonly scores: Float32Array;

  constructor(
    readonly net: FeedForwardNetwork,
    readonly vocabulary: MlpVocabulary,
    /** Words (by frequency rank) whose first-layer vectors are cached per position; rarer words are computed. */
    cachedWords = 1000,
  ) {
    this.wordId = new Map(vocabulary.words.map((w, i) => [w, ID_ROOT + 1 + i]));
    this.clusterId = new Map(vocabulary.clusterCodes.map((c, i) => [c, ID_ROOT + 1 + i]));
    const H = net.shape.hidden;
    this.hidden = new Float32Array(H);
    this.temp = new Float32Array(H);
    this.scores = new Float32Array(net.shape.outputs);
    const P = net.shape.positions.length;
    this.limit = Int32Array.from(net.shape.positions, (kind) =>
      kind === KIND_WORD
        ? Math.min(net.shape.vocab[kind] ?? 0, ID_ROOT + 1 + cachedWords)
        : (net.shape.vocab[kind] ?? 0),
    );
    this.cache = new Array<Float32Array | undefined>(P).fill(undefined);
    this.filled = new Array<Uint8Array | undefined>(P).fill(undefined);
  }

  get labels(): readonly string[] {
    return this.vocabulary.labels;
  }

  /** Ids of a sentence's words, tags and clusters (cluster codes as the word atoms carry them; 0 none). */
  sentenceOf(words: readonly string[], tags: Uint8Array, clusterCodes: Int32Array): MlpSentence {
    return {
      words: Int32Array.from(words, (w) => this.wordId.get(mlpWordKey(w)) ?? ID_UNKNOWN),
      tags,
      clusters: Int32Array.from(clusterCodes, (c) => (c === 0 ? ID_UNKNOWN : (this.clusterId.get(c) ?? ID_UNKNOWN))),
    };
  }

  parse(s: MlpSentence): ParseResult {
    const n = s.tags.length;
    const st = new ParseState(n);
    const L = this.vocabulary.labels.length;
    let transitions = 0;
    while (!st.done) {
      const forced = st.forcedMove();
      if (forced === SHIFT) {
        st.apply(SHIFT, 0);
        transitions++;
        continue;
      }
      mlpFeaturesOf(st, s, this.feats, 0);
      this.forward();
      const scores = this.scores;
      let best = -1;
      let bestScore = -Infinity;
      const consider = (from: number, to: number): void => {
        for (let o = from; o < to; o++) {
          const v = scores[o] ?? 0;
          if (v > bestScore) {
            bestScore = v;
            best = o;
          }
        }
      };
      const canShift = st.valid(SHIFT);
      const canRight = st.valid(RIGHT);
      const canLeft = st.valid(LEFT);
      this.output(canShift, canRight, canLeft, L);
      if (canShift) consider(0, 1);
      if (canRight) consider(1, 1 + L);
      if (canLeft) consider(1 + L, 1 + 2 * L);
      if (best <= 0) st.apply(SHIFT, 0);
      else if (best <= L) st.apply(RIGHT, best - 1);
      else st.apply(LEFT, best - 1 - L);
      transitions++;
    }
    return { head: st.head, label: st.label, transitions };
  }

  /**
   * Log-probabilities of the three moves in a state (labels summed out; -Infinity when invalid) into `out`, and
   * the likeliest relation of each arc move into `bestLabel` (RIGHT, LEFT at indices 1, 2).
   */
  moveLogProbs(st: ParseState, s: MlpSentence, out: Float64Array, bestLabel: Int32Array): void {
    mlpFeaturesOf(st, s, this.feats, 0);
    this.forward();
    const L = this.vocabulary.labels.length;
    const valid = [st.valid(SHIFT), st.valid(RIGHT), st.valid(LEFT)];
    this.output(valid[0] ?? false, valid[1] ?? false, valid[2] ?? false, L);
    const ranges: [number, number][] = [
      [0, 1],
      [1, 1 + L],
      [1 + L, 1 + 2 * L],
    ];
    let max = -Infinity;
    for (let m = 0; m < 3; m++) {
      if (!valid[m]) continue;
      const [a, b] = ranges[m] ?? [0, 0];
      for (let o = a; o < b; o++) max = Math.max(max, this.scores[o] ?? 0);
    }
    let z = 0;
    for (let m = 0; m < 3; m++) {
      out[m] = 0;
      if (!valid[m]) continue;
      const [a, b] = ranges[m] ?? [0, 0];
      let sum = 0;
      let best = a;
      for (let o = a; o < b; o++) {
        sum += Math.exp((this.scores[o] ?? 0) - max);
        if ((this.scores[o] ?? 0) > (this.scores[best] ?? 0)) best = o;
      }
      out[m] = sum;
      z += sum;
      bestLabel[m] = best - a;
    }
    for (let m = 0; m < 3; m++) out[m] = valid[m] ? Math.log((out[m] ?? 0) / z) : -Infinity;
  }

  /** Hidden layer from cached per-position contributions; ReLU. */
  private forward(): void {
    const net = this.net;
    const H = net.shape.hidden;
    const h = this.hidden;
    h.set(net.b1);
    const P = this.feats.length;
    for (let p = 0; p < P; p++) {
      const id = this.feats[p] ?? 0;
      const v = this.contribution(p, id);
      const off = v === this.temp ? 0 : id * H;
      for (let j = 0; j < H; j++) h[j] = (h[j] ?? 0) + (v[off + j] ?? 0);
    }
    for (let j = 0; j < H; j++) if ((h[j] ?? 0) < 0) h[j] = 0;
  }

  /** The first layer's contribution of `id` at position `p`: a cached row, or `temp` for an uncached word. */
  private contribution(p: number, id: number): Float32Array {
    const net = this.net;
    const H = net.shape.hidden;
    if (id < (this.limit[p] ?? 0)) {
      let c = this.cache[p];
      let f = this.filled[p];
      if (!c || !f) {
        c = new Float32Array((this.limit[p] ?? 0) * H);
        f = new Uint8Array(this.limit[p] ?? 0);
        this.cache[p] = c;
        this.filled[p] = f;
      }
      if (!f[id]) {
        this.project(p, id, c, id * H);
        f[id] = 1;
      }
      return c;
    }
    this.project(p, id, this.temp, 0);
    return this.temp;
  }

  /** out[at..at+H) = embedding(id) at position p times its block of W1. */
  private project(p: number, id: number, out: Float32Array, at: number): void {
    const net = this.net;
    const H = net.shape.hidden;
    const kind = net.shape.positions[p] ?? 0;
    const d = net.shape.dims[kind] ?? 0;
    const e = net.embeddings[kind] as Float32Array;
    const off = net.offsets[p] ?? 0;
    const w1 = net.w1;
    out.fill(0, at, at + H);
    for (let k = 0; k < d; k++) {
      const xk = e[id * d + k] ?? 0;
      const r = (off + k) * H;
      for (let j = 0; j < H; j++) out[at + j] = (out[at + j] ?? 0) + xk * (w1[r + j] ?? 0);
    }
  }

  private output(shift: boolean, right: boolean, left: boolean, L: number): void {
    const net = this.net;
    const H = net.shape.hidden;
    const h = this.hidden;
    const w2 = net.w2;
    const run = (from: number, to: number): void => {
      for (let o = from; o < to; o++) {
        let s = net.b2[o] ?? 0;
        const r = o * H;
        for (let j = 0; j < H; j++) s += (h[j] ?? 0) * (w2[r + j] ?? 0);
        this.scores[o] = s;
      }
    };
    if (shift) run(0, 1);
    if (right) run(1, 1 + L);
    if (left) run(1 + L, 1 + 2 * L);
  }
}
