// Runtime tagger. The stages' feature tables are merged into one at load time, so each token's features are hashed
// and looked up once; the second stage only adds its few stacked document-level features. Then Viterbi per sentence
// and the document consistency pass.
import { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";
import { FeatureExtractor, KeyBuffer } from "./features.js";
import { FeatureTable, NT, TAGS, viterbi } from "./model.js";
import type { NerModelData } from "./modelFile.js";
import { makeStackedFeatures } from "./stackedFeatures.js";
import type { IobTag, NerTagger } from "./types.js";

export class LinearTagger implements NerTagger {
  readonly modelName: string;
  private readonly extractor: FeatureExtractor;
  private readonly keys = new KeyBuffer();
  private readonly stacked = new KeyBuffer();
  private readonly table: FeatureTable;
  /** Quantised weights, stages interleaved so one feature's weights share cache lines: w[(id*S + stage)*NT + tag]. */
  private readonly w: Int16Array;
  private readonly scales: number[];
  private readonly nStages: number;
  private readonly trans: Float32Array[];
  private ids = new Int32Array(4096);
  private em = new Float64Array(NT * 256);
  private back = new Int32Array(NT * 256);
  private score = new Float64Array(NT * 256);

  constructor(
    model: NerModelData,
    private readonly consistency = true,
  ) {
    this.modelName = model.header.modelName;
    this.extractor = new FeatureExtractor(model.lexicon);
    let total = 0;
    for (const st of model.stages) total += st.table.size;
    const union = new FeatureTable(total);
    const perStage = model.stages.map((st) => {
      const { a, b } = st.table.keysById();
      const map = new Int32Array(st.table.size);
      for (let id = 0; id < st.table.size; id++) map[id] = union.add(a[id]!, b[id]!);
      return map;
    });
    this.table = union;
    const S = model.stages.length;
    this.nStages = S;
    this.w = new Int16Array(union.size * S * NT);
    this.scales = model.stages.map((st, k) => {
      let maxAbs = 0;
      for (let i = 0; i < st.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(st.weights[i]!));
      const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
      const map = perStage[k]!;
      for (let id = 0; id < map.length; id++) {
        const o = (map[id]! * S + k) * NT;
        for (let c = 0; c < NT; c++) this.w[o + c] = Math.round(st.weights[id * NT + c]! / scale);
      }
      return scale;
    });
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
    const keys = this.keys;
    this.extractor.extract(sentences, keys);
    if (this.ids.length < keys.len) this.ids = new Int32Array(keys.len * 2);
    const ids = this.ids;
    const table = this.table;
    for (let j = 0; j < keys.len; j++) ids[j] = table.get(keys.a[j]!, keys.b[j]!);
    const lengths = sentences.map((s) => s.length);
    let tags = new Int32Array(total);
    for (let k = 0; k < this.nStages; k++) {
      let extra: KeyBuffer | undefined;
      if (k > 0) {
        const features = makeStackedFeatures(this.extractor.lowers, tags, lengths);
        extra = this.stacked;
        extra.reset();
        for (let t = 0; t < total; t++) {
          extra.beginToken();
          features(t, extra);
        }
        tags = new Int32Array(total);
      }
      this.decode(k, lengths, tags, extra);
    }
    return tags;
  }

  private decode(k: number, lengths: readonly number[], tags: Int32Array, extra: KeyBuffer | undefined): void {
    const start = this.keys.start;
    const ids = this.ids;
    const weights = this.w;
    const S = this.nStages;
    const scale = this.scales[k]!;
    const table = this.table;
    const em = this.em;
    let t0 = 0;
    for (const n of lengths) {
      em.fill(0, 0, n * NT);
      for (let i = 0; i < n; i++) {
        const o = i * NT;
        for (let j = start[t0 + i]!, e = start[t0 + i + 1]!; j < e; j++) {
          const id = ids[j]!;
          if (id < 0) continue;
          const w = (id * S + k) * NT;
          for (let c = 0; c < NT; c++) em[o + c]! += weights[w + c]!;
        }
        if (extra) {
          for (let j = extra.start[t0 + i]!, e = extra.start[t0 + i + 1]!; j < e; j++) {
            const id = table.get(extra.a[j]!, extra.b[j]!);
            if (id < 0) continue;
            const w = (id * S + k) * NT;
            for (let c = 0; c < NT; c++) em[o + c]! += weights[w + c]!;
          }
        }
      }
      for (let i = 0; i < n * NT; i++) em[i]! *= scale;
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
