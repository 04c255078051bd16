// Runtime tagger: feature keys -> ids -> emission scores -> Viterbi, stage by stage, then document consistency.
import { enforceDocumentConsistency } from "./enforceDocumentConsistency.js";
import { FeatureExtractor, KeyBuffer } from "./features.js";
import { NT, TAGS, viterbi } from "./model.js";
import type { LinearStage, NerModelData } from "./modelFile.js";
import { makeStackedFeatures } from "./stackedFeatures.js";
import type { IobTag, NerTagger } from "./types.js";

export class LinearTagger implements NerTagger {
  readonly modelName: string;
  private readonly extractor = new FeatureExtractor();
  private readonly keys = new KeyBuffer();
  private em = new Float64Array(NT * 256);
  private back = new Int32Array(NT * 256);
  private score = new Float64Array(NT * 256);

  constructor(
    private readonly model: NerModelData,
    private readonly consistency = true,
  ) {
    this.modelName = model.header.modelName;
  }

  /** Tag ids of every token of the document (flat), from the last stage, before consistency post-processing. */
  tagIds(sentences: readonly (readonly string[])[]): Int32Array {
    let total = 0;
    let maxLen = 0;
    for (const s of sentences) {
      total += s.length;
      maxLen = Math.max(maxLen, s.length);
    }
    if (this.em.length < maxLen * NT) {
      this.em = new Float64Array(maxLen * NT);
      this.back = new Int32Array(maxLen * NT);
      this.score = new Float64Array(maxLen * NT);
    }
    let tags = new Int32Array(total);
    const lengths = sentences.map((s) => s.length);
    let lowers: string[] | undefined;
    this.model.stages.forEach((stage, k) => {
      if (k === 0) this.extractor.extract(sentences, this.keys);
      else {
        lowers ??= sentences.flatMap((s) => s.map((w) => w.toLowerCase()));
        const prev = tags;
        this.extractor.extract(sentences, this.keys, makeStackedFeatures(lowers, prev, lengths));
        tags = new Int32Array(total);
      }
      this.decode(stage, lengths, tags);
    });
    return tags;
  }

  private decode(stage: LinearStage, lengths: readonly number[], tags: Int32Array): void {
    const { a, b, start } = this.keys;
    const { table, weights, trans } = stage;
    const em = this.em;
    let t0 = 0;
    const sub = new Int32Array(tags.buffer);
    for (const n of lengths) {
      em.fill(0, 0, n * NT);
      for (let i = 0; i < n; i++) {
        const o = i * NT;
        for (let j = start[t0 + i]!, e = start[t0 + i + 1]!; j < e; j++) {
          const id = table.get(a[j]!, b[j]!);
          if (id < 0) continue;
          const w = id * NT;
          for (let c = 0; c < NT; c++) em[o + c]! += weights[w + c]!;
        }
      }
      viterbi(em, n, trans, sub.subarray(t0, t0 + n), this.back, this.score);
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
