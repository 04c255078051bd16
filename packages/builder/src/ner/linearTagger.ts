// Runtime tagger. The stages' weights are loaded straight from the model file into one table, so each token's
// features are hashed and looked up once; the second stage only adds its few stacked document-level features. Then Viterbi per sentence
// and the document consistency pass.
import { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";
import { FeatureExtractor, KeyBuffer, NB_LEFT, NB_LEFT2, NB_RIGHT, NB_RIGHT2 } from "./featureExtractor.js";
import { NT, TAGS, viterbi } from "./viterbi.js";
import type { Lexicon } from "./featureExtractor.js";
import type { NerModelData, StoredStage } from "./serializeModel.js";
import { makeStackedFeatures } from "./makeStackedFeatures.js";
import type { IobTag, NerTagger } from "./types.js";

// Module-local copy: an imported binding can compile to a property read in hot loops.
const N = NT;
/** Tokens whose feature lookups are batched (tagIds). */
const CHUNK = 32;
// tagIds sums the nine tags' weights in unrolled locals.
if (N !== 9) throw new Error("linearTagger: the score loop is written for nine tags");

/**
 * The weights of every stage in one buffer that worker threads can share: a probe array of (first key half, row + 1)
 * pairs at load <= 0.5, so a lookup of an absent feature touches one cache line, then one row per feature holding the
 * second key half and the feature's int16 weights for every stage. Row + 1 = 0 marks an empty slot.
 */
export interface WeightTableData {
  readonly buffer: SharedArrayBuffer | ArrayBuffer;
  /** Probe slots - 1 (a power of two minus one). */
  readonly mask: number;
  /** Weights per row (stages * tags). */
  readonly weights: number;
}

/** Row size in uint32 words: the second key half, then the int16 weights (padded to a whole word). */
const rowWords = (weights: number): number => 1 + Math.ceil(weights / 2);

/** Builds the table of a model's stages (as read from a file) into a SharedArrayBuffer. */
export function buildWeightTable(stored: readonly StoredStage[]): WeightTableData {
  const S = stored.length;
  const W = S * N;
  const R = rowWords(W);
  let cap = 1024;
  while (cap < 2 * Math.max(...stored.map((x) => x.keysA.length))) cap *= 2;
  let probe = new Uint32Array(cap * 2);
  let mask = cap - 1;
  const rowsMax = stored.reduce((n, x) => n + x.keysA.length, 0);
  const rows = new Uint32Array(rowsMax * R);
  const rows16 = new Int16Array(rows.buffer);
  let nRows = 0;
  const place = (p: Uint32Array, m: number, a: number, b: number): number => {
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & m;
    for (;;) {
      const r = p[i * 2 + 1]!;
      if (r === 0) return i;
      if (p[i * 2] === a && rows[(r - 1) * R] === b) return i;
      i = (i + 1) & m;
    }
  };
  stored.forEach((st, k) => {
    const n = st.keysA.length;
    for (let j = 0; j < n; j++) {
      const a = st.keysA[j]!;
      const b = st.keysB[j]!;
      let i = place(probe, mask, a, b);
      let r = probe[i * 2 + 1]!;
      if (r === 0) {
        if ((nRows + 1) * 2 > cap) {
          // Keep the load at most 0.5: rehash into twice the slots.
          const old = probe;
          cap *= 2;
          mask = cap - 1;
          probe = new Uint32Array(cap * 2);
          for (let o = 0; o < old.length; o += 2) {
            if (old[o + 1] === 0) continue;
            const at = place(probe, mask, old[o]!, rows[(old[o + 1]! - 1) * R]!);
            probe[at * 2] = old[o]!;
            probe[at * 2 + 1] = old[o + 1]!;
          }
          i = place(probe, mask, a, b);
        }
        r = ++nRows;
        probe[i * 2] = a;
        probe[i * 2 + 1] = r;
        rows[(r - 1) * R] = b;
      }
      const w = ((r - 1) * R + 1) * 2 + k * N;
      for (let c = 0; c < N; c++) rows16[w + c] = st.q[c * n + j]!;
    }
  });
  const buffer = new SharedArrayBuffer((probe.length + nRows * R) * 4);
  const out = new Uint32Array(buffer);
  out.set(probe);
  out.set(rows.subarray(0, nRows * R), probe.length);
  return { buffer, mask, weights: W };
}

/**
 * Everything a tagger needs, as plain data a worker thread can receive by postMessage or workerData: the weight
 * table's SharedArrayBuffer is shared, not copied, so a build worker skips reading and indexing the model file.
 */
export interface NerModelSnapshot {
  readonly modelName: string;
  /** Feature template version the model was trained with (its header's). */
  readonly featureVersion: number;
  readonly table: WeightTableData;
  readonly scales: readonly number[];
  readonly trans: readonly Float32Array[];
  readonly lexicon: {
    readonly lower: Uint32Array;
    readonly vocab: Uint32Array;
    readonly clusterKeys: Uint32Array;
    readonly clusterCodes: Uint32Array;
  };
}

/** The snapshot of a model read from a file (deserializeModel). */
export function snapshotOf(model: NerModelData): NerModelSnapshot {
  const stored = model.stages.map((st) => {
    if (!st.stored)
      throw new Error("the tagger loads stages read from a model file (serializeModel, deserializeModel)");
    return st.stored;
  });
  const clusterKeys = Uint32Array.from(model.lexicon.clusters.keys());
  return {
    modelName: model.header.modelName,
    featureVersion: model.header.featureVersion,
    table: buildWeightTable(stored),
    scales: stored.map((st) => st.scale),
    trans: model.stages.map((st) => st.trans),
    lexicon: {
      lower: Uint32Array.from(model.lexicon.lower),
      vocab: Uint32Array.from(model.lexicon.vocab),
      clusterKeys,
      clusterCodes: clusterKeys.map((k) => model.lexicon.clusters.get(k)!),
    },
  };
}

function lexiconOf(snap: NerModelSnapshot): Lexicon {
  const { lower, vocab, clusterKeys, clusterCodes } = snap.lexicon;
  const clusters = new Map<number, number>();
  clusterKeys.forEach((k, j) => clusters.set(k, clusterCodes[j]!));
  return { lower: new Set(lower), vocab: new Set(vocab), clusters };
}

export class LinearTagger implements NerTagger {
  readonly modelName: string;
  private readonly extractor: FeatureExtractor;
  private readonly keys = new KeyBuffer();
  private readonly stacked = new KeyBuffer();
  /** The model as shareable data (snapshotOf): pass it to another thread's `new LinearTagger(snapshot)`. */
  readonly snapshot: NerModelSnapshot;
  private readonly probe: Uint32Array;
  private readonly u32: Uint32Array;
  private readonly i16: Int16Array;
  private readonly mask: number;
  private readonly rowWords: number;
  private readonly scales: number[];
  private readonly nStages: number;
  private readonly trans: Float32Array[];
  /** Integer scores per token and stage: acc[(token*S + stage)*NT + tag]. */
  private acc = new Int32Array(4096);
  /** Per feature key: its home slot, then its weights' index (tagIds). */
  private found = new Int32Array(4096);
  /** Bits of the values read ahead of use (kept so the reads are not optimised away). */
  touched = 0;
  /** Per slot of the extractor's word cache: the row in wordSums, -1 before the word is first seen. */
  private rowBySlot = new Int32Array(0);
  private nRows = 0;
  /** The extractor's word-cache generation the rows belong to. */
  private generation = -1;
  /**
   * Per distinct word, a row of five parts of SN ints: the summed weights of its word-only features
   * (FeatureExtractor.wordKeys), then of the features it gives a token as its previous, next, second previous and
   * second next word (FeatureExtractor.neighbourKeys). Row 0 is the sentence padding's (its word part unused).
   */
  private wordSums = new Int32Array(0);
  /** Rows (offsets in wordSums) of each token's previous, next, second previous and second next word. */
  private nbRow = new Int32Array(1024);
  private readonly wordKeyBuf = new KeyBuffer();
  /** Row of every token of the current document in wordSums. */
  private tokenRow = new Int32Array(256);
  private em = new Float64Array(NT * 256);
  private back = new Int32Array(NT * 256);
  private score = new Float64Array(NT * 256);

  /** A model read from a file (deserializeModel), or a snapshot made from one (snapshotOf, possibly in another thread). */
  constructor(
    model: NerModelData | NerModelSnapshot,
    private readonly consistency = true,
  ) {
    const snap = "header" in model ? snapshotOf(model) : model;
    this.snapshot = snap;
    this.modelName = snap.modelName;
    this.extractor = new FeatureExtractor(lexiconOf(snap), undefined, snap.featureVersion);
    this.nStages = snap.scales.length;
    this.probe = new Uint32Array(snap.table.buffer, 0, (snap.table.mask + 1) * 2);
    this.u32 = new Uint32Array(snap.table.buffer);
    this.i16 = new Int16Array(snap.table.buffer);
    this.mask = snap.table.mask;
    this.rowWords = rowWords(snap.table.weights);
    this.scales = [...snap.scales];
    this.trans = [...snap.trans];
  }

  /** Int16 index of the feature's weights, or -1. */
  private find(a: number, b: number): number {
    return this.findFrom((a ^ Math.imul(b, 0x9e3779b1)) & this.mask, a, b);
  }

  /** find() from the key's home slot i. */
  private findFrom(i: number, a: number, b: number): number {
    const probe = this.probe;
    const mask = this.mask;
    for (;;) {
      const r = probe[i * 2 + 1]!;
      if (r === 0) return -1;
      if (probe[i * 2] === a) {
        const o = probe.length + (r - 1) * this.rowWords;
        if (this.u32[o] === b) return (o + 1) * 2;
      }
      i = (i + 1) & mask;
    }
  }

  /** Tag ids of every token of the document (flat), from the last stage, before consistency post-processing. */
  tagIds(sentences: readonly (readonly string[])[]): Int32Array {
    let total = 0;
    let maxLen = 0;
    for (const s of sentences) {
      total += s.length;
      if (s.length > maxLen) maxLen = s.length;
    }
    if (this.em.length < maxLen * NT) {
      this.em = new Float64Array(maxLen * NT);
      this.back = new Int32Array(maxLen * NT);
      this.score = new Float64Array(maxLen * NT);
    }
    const S = this.nStages;
    const SN = S * N;
    if (this.acc.length < total * SN) this.acc = new Int32Array(total * SN * 2);
    const acc = this.acc;
    const keys = this.keys;
    // The word-only features of a word are the same wherever it stands: their weights are summed once per distinct
    // word and kept; only the context features are looked up per token.
    if (this.tokenRow.length < total) this.tokenRow = new Int32Array(total * 2);
    const tokenRow = this.tokenRow;
    this.extractor.extract(sentences, keys, undefined, true, true);
    // Rows are kept per slot of the extractor's word cache, and start again when it does (between documents).
    const ex = this.extractor;
    if (ex.wordGeneration !== this.generation) {
      this.generation = ex.wordGeneration;
      this.rowBySlot.fill(-1);
      this.nRows = 0;
      this.newRow(undefined);
    }
    const slots = ex.tokenWords;
    let tk = 0;
    for (const s of sentences) {
      for (const word of s) {
        const slot = slots[tk]!;
        if (slot >= this.rowBySlot.length) {
          const grown = new Int32Array(Math.max(1024, slot * 2)).fill(-1);
          grown.set(this.rowBySlot);
          this.rowBySlot = grown;
        }
        let r = this.rowBySlot[slot]!;
        if (r < 0) r = this.rowBySlot[slot] = this.newRow(word);
        tokenRow[tk++] = r;
      }
    }
    if (this.nbRow.length < total * 4) this.nbRow = new Int32Array(total * 8);
    const nbRow = this.nbRow;
    tk = 0;
    for (const s of sentences) {
      const n = s.length;
      for (let i = 0; i < n; i++) {
        // Offsets of the part to add: the neighbour's row (0: the padding's) plus the part's place in a row.
        const o = (tk + i) * 4;
        nbRow[o] = (i > 0 ? tokenRow[tk + i - 1]! : 0) + SN;
        nbRow[o + 1] = (i + 1 < n ? tokenRow[tk + i + 1]! : 0) + 2 * SN;
        nbRow[o + 2] = (i > 1 ? tokenRow[tk + i - 2]! : 0) + 3 * SN;
        nbRow[o + 3] = (i + 2 < n ? tokenRow[tk + i + 2]! : 0) + 4 * SN;
      }
      tk += n;
    }
    const sums = this.wordSums;
    // The lookups are memory-bound: each probes a table far larger than the caches. They go in three passes over a
    // few hundred keys at a time, so the misses of one pass overlap instead of waiting on each other: the probe
    // slots are read, then the rows found, then the weights are added.
    const { a, b, start } = keys;
    const w = this.i16;
    const probe = this.probe;
    const mask = this.mask;
    const nKeys = keys.len;
    if (this.found.length < nKeys) this.found = new Int32Array(nKeys * 2);
    const found = this.found;
    let touched = 0;
    for (let t0 = 0; t0 < total; t0 += CHUNK) {
      const t1 = Math.min(total, t0 + CHUNK);
      const j0 = start[t0]!;
      const j1 = start[t1]!;
      for (let j = j0; j < j1; j++) {
        const i = (a[j]! ^ Math.imul(b[j]!, 0x9e3779b1)) & mask;
        found[j] = i;
        touched |= probe[i * 2 + 1]!;
      }
      for (let j = j0; j < j1; j++) {
        const base = this.findFrom(found[j]!, a[j]!, b[j]!);
        found[j] = base;
        if (base >= 0) touched |= w[base]!;
      }
      for (let t = t0; t < t1; t++) {
        const o = t * SN;
        // Sums in locals, one stage (nine tags) at a time: no read-modify-write of acc per feature.
        const r = tokenRow[t]!;
        const q1 = nbRow[t * 4]!,
          q2 = nbRow[t * 4 + 1]!,
          q3 = nbRow[t * 4 + 2]!,
          q4 = nbRow[t * 4 + 3]!;
        for (let k = 0; k < SN; k += N) {
          const rk = r + k;
          const a1 = q1 + k,
            a2 = q2 + k,
            a3 = q3 + k,
            a4 = q4 + k;
          let s0 = sums[rk]! + sums[a1]! + sums[a2]! + sums[a3]! + sums[a4]!,
            s1 = sums[rk + 1]! + sums[a1 + 1]! + sums[a2 + 1]! + sums[a3 + 1]! + sums[a4 + 1]!,
            s2 = sums[rk + 2]! + sums[a1 + 2]! + sums[a2 + 2]! + sums[a3 + 2]! + sums[a4 + 2]!,
            s3 = sums[rk + 3]! + sums[a1 + 3]! + sums[a2 + 3]! + sums[a3 + 3]! + sums[a4 + 3]!,
            s4 = sums[rk + 4]! + sums[a1 + 4]! + sums[a2 + 4]! + sums[a3 + 4]! + sums[a4 + 4]!,
            s5 = sums[rk + 5]! + sums[a1 + 5]! + sums[a2 + 5]! + sums[a3 + 5]! + sums[a4 + 5]!,
            s6 = sums[rk + 6]! + sums[a1 + 6]! + sums[a2 + 6]! + sums[a3 + 6]! + sums[a4 + 6]!,
            s7 = sums[rk + 7]! + sums[a1 + 7]! + sums[a2 + 7]! + sums[a3 + 7]! + sums[a4 + 7]!,
            s8 = sums[rk + 8]! + sums[a1 + 8]! + sums[a2 + 8]! + sums[a3 + 8]! + sums[a4 + 8]!;
          for (let j = start[t]!, e = start[t + 1]!; j < e; j++) {
            const base = found[j]!;
            if (base < 0) continue;
            const q = base + k;
            s0 += w[q]!;
            s1 += w[q + 1]!;
            s2 += w[q + 2]!;
            s3 += w[q + 3]!;
            s4 += w[q + 4]!;
            s5 += w[q + 5]!;
            s6 += w[q + 6]!;
            s7 += w[q + 7]!;
            s8 += w[q + 8]!;
          }
          const ok = o + k;
          acc[ok] = s0;
          acc[ok + 1] = s1;
          acc[ok + 2] = s2;
          acc[ok + 3] = s3;
          acc[ok + 4] = s4;
          acc[ok + 5] = s5;
          acc[ok + 6] = s6;
          acc[ok + 7] = s7;
          acc[ok + 8] = s8;
        }
      }
    }
    this.touched = touched;
    const lengths = sentences.map((s) => s.length);
    let tags = new Int32Array(total);
    for (let k = 0; k < S; k++) {
      if (k > 0) {
        // Document-level features from the previous stage's tags, added to this stage's scores only.
        const features = makeStackedFeatures(this.extractor.lowers, tags, lengths);
        const extra = this.stacked;
        extra.reset();
        for (let t = 0; t < total; t++) {
          extra.beginToken();
          features(t, extra);
          const o = t * SN + k * N;
          for (let j = extra.start[t]!, e = extra.start[t + 1]!; j < e; j++) {
            const found = this.find(extra.a[j]!, extra.b[j]!);
            if (found < 0) continue;
            const base = found + k * N;
            for (let c = 0; c < N; c++) acc[o + c]! += w[base + c]!;
          }
        }
        tags = new Int32Array(total);
      }
      this.decode(k, lengths, tags);
    }
    return tags;
  }

  /** Offset in wordSums of a new row holding the word's summed weights (see wordSums; undefined: the padding). */
  private newRow(word: string | undefined): number {
    const SN = this.nStages * N;
    const RW = 5 * SN;
    const row = this.nRows++ * RW;
    if (this.wordSums.length < row + RW) {
      const grown = new Int32Array(Math.max(1024 * RW, (row + RW) * 2));
      grown.set(this.wordSums);
      this.wordSums = grown;
    }
    this.wordSums.fill(0, row, row + RW);
    const buf = this.wordKeyBuf;
    if (word !== undefined) {
      this.extractor.wordKeys(word, buf);
      this.addSums(buf, row);
    }
    [NB_LEFT, NB_RIGHT, NB_LEFT2, NB_RIGHT2].forEach((role, p) => {
      this.extractor.neighbourKeys(word, role, buf);
      this.addSums(buf, row + (p + 1) * SN);
    });
    return row;
  }

  /** Adds the weights of every stage of the features in `buf` to wordSums from offset `at`. */
  private addSums(buf: KeyBuffer, at: number): void {
    const SN = this.nStages * N;
    const sums = this.wordSums;
    const w = this.i16;
    for (let j = 0; j < buf.len; j++) {
      const base = this.find(buf.a[j]!, buf.b[j]!);
      if (base < 0) continue;
      for (let c = 0; c < SN; c++) sums[at + c]! += w[base + c]!;
    }
  }

  private decode(k: number, lengths: readonly number[], tags: Int32Array): void {
    const SN = this.nStages * N;
    const scale = this.scales[k]!;
    const acc = this.acc;
    const em = this.em;
    let t0 = 0;
    for (const n of lengths) {
      for (let i = 0; i < n; i++) {
        const o = (t0 + i) * SN + k * N;
        for (let c = 0; c < N; c++) em[i * N + c] = acc[o + c]! * scale;
      }
      viterbi(em, n, this.trans[k]!, tags.subarray(t0, t0 + n), this.back, this.score);
      t0 += n;
    }
  }

  tagDocument(sentences: readonly (readonly string[])[]): IobTag[][] {
    const ids = this.tagIds(sentences);
    let p = 0;
    const tags = sentences.map((s) => s.map(() => TAGS[ids[p++]!]!));
    return this.consistency ? enforceDocumentConsistency(sentences, tags) : tags;
  }
}
