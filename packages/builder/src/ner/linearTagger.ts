// Runtime tagger. The stages' weights are loaded straight from the model file into one table, so each token's
// features are hashed and looked up once; the second stage only adds its few stacked document-level features. Then Viterbi per sentence
// and the document consistency pass.
import { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";
import { FeatureExtractor, KeyBuffer } from "./featureExtractor.js";
import { NT, TAGS, viterbi } from "./viterbi.js";
import type { NerModelData } from "./serializeModel.js";
import { makeStackedFeatures } from "./makeStackedFeatures.js";
import type { IobTag, NerTagger } from "./types.js";

// Module-local copy: an imported binding can compile to a property read in hot loops.
const N = NT;

/**
 * Open-addressing table whose slots hold the 64-bit key followed by the feature's int16 weights for every stage, so a
 * lookup costs one cache miss instead of two. Key (0, 0) marks an empty slot.
 */
class WeightTable {
  readonly u32: Uint32Array;
  readonly i16: Int16Array;
  private readonly mask: number;
  /** Slot size in uint32 words. */
  private readonly r: number;
  /** Keys held. */
  size = 0;

  constructor(entries: number, weightsPerEntry: number) {
    let cap = 1024;
    while (entries > cap * 0.75) cap *= 2;
    this.r = 2 + Math.ceil(weightsPerEntry / 2);
    const buf = new ArrayBuffer(cap * this.r * 4);
    this.u32 = new Uint32Array(buf);
    this.i16 = new Int16Array(buf);
    this.mask = cap - 1;
  }

  /** Whether one more key fits below the load factor. */
  hasRoom(): boolean {
    return this.size + 1 <= (this.mask + 1) * 0.75;
  }

  /** A table twice the size holding the same entries. */
  grown(): WeightTable {
    const cap = (this.mask + 1) * 2;
    const next = new WeightTable(Math.floor(cap * 0.75), (this.r - 2) * 2);
    const r = this.r;
    for (let o = 0; o < this.u32.length; o += r) {
      const a = this.u32[o]!;
      const b = this.u32[o + 1]!;
      if (a === 0 && b === 0) continue;
      const to = next.insert(a, b) / 2;
      next.u32.set(this.u32.subarray(o + 2, o + r), to);
    }
    return next;
  }

  /** Int16 index of the key's weights, or -1. */
  find(a: number, b: number): number {
    const u = this.u32;
    const r = this.r;
    const mask = this.mask;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const o = i * r;
      const ka = u[o]!;
      const kb = u[o + 1]!;
      if (ka === a && kb === b) return (o + 2) * 2;
      if (ka === 0 && kb === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  insert(a: number, b: number): number {
    const u = this.u32;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const o = i * this.r;
      if (u[o] === 0 && u[o + 1] === 0) {
        u[o] = a;
        u[o + 1] = b;
        this.size++;
        return (o + 2) * 2;
      }
      if (u[o] === a && u[o + 1] === b) return (o + 2) * 2;
      i = (i + 1) & this.mask;
    }
  }
}

export class LinearTagger implements NerTagger {
  readonly modelName: string;
  private readonly extractor: FeatureExtractor;
  private readonly keys = new KeyBuffer();
  private readonly stacked = new KeyBuffer();
  private readonly table: WeightTable;
  private readonly scales: number[];
  private readonly nStages: number;
  private readonly trans: Float32Array[];
  /** Integer scores per token and stage: acc[(token*S + stage)*NT + tag]. */
  private acc = new Int32Array(4096);
  private em = new Float64Array(NT * 256);
  private back = new Int32Array(NT * 256);
  private score = new Float64Array(NT * 256);

  constructor(
    model: NerModelData,
    private readonly consistency = true,
  ) {
    this.modelName = model.header.modelName;
    this.extractor = new FeatureExtractor(model.lexicon);
    const S = model.stages.length;
    this.nStages = S;
    const stored = model.stages.map((st) => {
      if (!st.stored)
        throw new Error("the tagger loads stages read from a model file (serializeModel, deserializeModel)");
      return st.stored;
    });
    // Straight from the file's int16 weights: each key is hashed once, into the table the tagger probes.
    let table = new WeightTable(Math.max(...stored.map((x) => x.keysA.length)), S * N);
    stored.forEach((st, k) => {
      const n = st.keysA.length;
      for (let j = 0; j < n; j++) {
        if (!table.hasRoom()) table = table.grown();
        const o = table.insert(st.keysA[j]!, st.keysB[j]!) + k * N;
        for (let c = 0; c < N; c++) table.i16[o + c] = st.q[c * n + j]!;
      }
    });
    this.table = table;
    this.scales = stored.map((st) => st.scale);
    this.trans = model.stages.map((st) => st.trans);
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
    acc.fill(0, 0, total * SN);
    const keys = this.keys;
    this.extractor.extract(sentences, keys);
    // One pass over the local features accumulates the integer scores of every stage (weights are interleaved).
    const { a, b, start } = keys;
    const table = this.table;
    const w = table.i16;
    for (let t = 0; t < total; t++) {
      const o = t * SN;
      for (let j = start[t]!, e = start[t + 1]!; j < e; j++) {
        const base = table.find(a[j]!, b[j]!);
        if (base < 0) continue;
        for (let c = 0; c < SN; c++) acc[o + c]! += w[base + c]!;
      }
    }
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
            const found = table.find(extra.a[j]!, extra.b[j]!);
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
