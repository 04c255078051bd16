// Averaged structured perceptron (Collins 2002) with Viterbi decoding. Feature ids are computed once per token before
// the epochs, so an epoch is a pure integer/float loop.
import { FEATURE_VERSION, FeatureExtractor, KeyBuffer } from "./featureExtractor.js";
import type { Lexicon } from "./featureExtractor.js";
import { FeatureTable } from "./featureTable.js";
import { NT, TAG_INDEX, viterbi } from "./viterbi.js";
import type { LinearStage } from "./serializeModel.js";
import type { LabeledDocument } from "./readTrainingData.js";
import { seededRandom } from "../graph/seededRandom.js";

/** Training matrix: sentences (in token ranges) with per-token feature ids (-1 dropped). */
export interface FeatureMatrix {
  featStart: Int32Array; // per token, length tokens+1
  featIds: Int32Array;
  sentStart: Int32Array; // per sentence, length sentences+1
  gold: Uint8Array;
  tokens: number;
}

export type ExtraFeatures = (docIndex: number) => ((token: number, out: KeyBuffer) => void) | undefined;

/**
 * Extracts features for the documents, assigning ids in a new table; features seen fewer than minCount times are
 * dropped (ids renumbered densely).
 */
export function buildMatrix(
  docs: readonly LabeledDocument[],
  lexicon: Lexicon,
  minCount: number,
  extra?: ExtraFeatures,
  featureVersion: number = FEATURE_VERSION,
): { matrix: FeatureMatrix; table: FeatureTable; domainPrivate: Uint8Array } {
  const extractor = new FeatureExtractor(lexicon, undefined, featureVersion);
  const keys = new KeyBuffer();
  const raw = new FeatureTable(1 << 20);
  let counts = new Int32Array(1 << 20);
  // Ids of domain-private copies: their weights are dropped after training (never used when tagging).
  const privateIds = new Set<number>();
  let tokens = 0;
  let sentences = 0;
  for (const d of docs) {
    sentences += d.sentences.length;
    for (const s of d.sentences) tokens += s.length;
  }
  const featStart = new Int32Array(tokens + 1);
  const sentStart = new Int32Array(sentences + 1);
  const gold = new Uint8Array(tokens);
  let ids = new Int32Array(tokens * 48);
  let nIds = 0;
  let t = 0;
  let si = 0;
  docs.forEach((d, di) => {
    extractor.extract(d.sentences, keys, extra?.(di));
    let local = 0;
    for (let s = 0; s < d.sentences.length; s++) {
      sentStart[si++] = t;
      const tags = d.tags[s]!;
      for (let i = 0; i < tags.length; i++) {
        gold[t] = TAG_INDEX.get(tags[i]!)!;
        featStart[t] = nIds;
        const from = keys.start[local]!;
        const to = keys.start[local + 1]!;
        if (nIds + 2 * (to - from) > ids.length) {
          const bigger = new Int32Array(ids.length * 2);
          bigger.set(ids);
          ids = bigger;
        }
        for (let j = from; j < to; j++) {
          const id = raw.add(keys.a[j]!, keys.b[j]!);
          if (id >= counts.length) {
            const c = new Int32Array(counts.length * 2);
            c.set(counts);
            counts = c;
          }
          counts[id]!++;
          ids[nIds++] = id;
        }
        // Domain-specific copies ("frustratingly easy" adaptation): auxiliary corpora get a private copy of every
        // feature that absorbs their annotation quirks; tagging uses the shared copies only.
        if (d.domain) {
          for (let j = from; j < to; j++) {
            const id = raw.add((keys.a[j]! ^ Math.imul(d.domain, 0x2545f491)) >>> 0, (keys.b[j]! ^ 0x68e31da4) >>> 0);
            if (id >= counts.length) {
              const c = new Int32Array(counts.length * 2);
              c.set(counts);
              counts = c;
            }
            counts[id]!++;
            ids[nIds++] = id;
            privateIds.add(id);
          }
        }
        local++;
        t++;
      }
    }
  });
  featStart[t] = nIds;
  sentStart[si] = t;
  // Renumber: keep features with enough support.
  const remap = new Int32Array(raw.size).fill(-1);
  const table = new FeatureTable(raw.size);
  const { a, b } = raw.keysById();
  for (let id = 0; id < raw.size; id++) {
    if (counts[id]! >= minCount) remap[id] = table.add(a[id]!, b[id]!);
  }
  const domainPrivate = new Uint8Array(table.size);
  for (const id of privateIds) if (remap[id]! >= 0) domainPrivate[remap[id]!] = 1;
  const featIds = ids.subarray(0, nIds);
  for (let j = 0; j < nIds; j++) featIds[j] = remap[featIds[j]!]!;
  return { matrix: { featStart, featIds, sentStart, gold, tokens }, table, domainPrivate };
}

/** Maps documents onto an existing table (unknown features -> -1), for prediction. */
export function matrixFor(
  docs: readonly LabeledDocument[],
  lexicon: Lexicon,
  table: FeatureTable,
  extra?: ExtraFeatures,
  featureVersion: number = FEATURE_VERSION,
): FeatureMatrix {
  const extractor = new FeatureExtractor(lexicon, undefined, featureVersion);
  const keys = new KeyBuffer();
  const parts: number[] = [];
  const featStartList: number[] = [];
  const sentStartList: number[] = [];
  const goldList: number[] = [];
  docs.forEach((d, di) => {
    extractor.extract(d.sentences, keys, extra?.(di));
    let local = 0;
    d.sentences.forEach((s, si) => {
      sentStartList.push(goldList.length);
      for (let i = 0; i < s.length; i++) {
        featStartList.push(parts.length);
        goldList.push(TAG_INDEX.get(d.tags[si]![i]!) ?? 0);
        for (let j = keys.start[local]!; j < keys.start[local + 1]!; j++) parts.push(table.get(keys.a[j]!, keys.b[j]!));
        local++;
      }
    });
  });
  featStartList.push(parts.length);
  sentStartList.push(goldList.length);
  return {
    featStart: Int32Array.from(featStartList),
    featIds: Int32Array.from(parts),
    sentStart: Int32Array.from(sentStartList),
    gold: Uint8Array.from(goldList),
    tokens: goldList.length,
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  log?: (msg: string) => void;
}

export function trainPerceptron(
  m: FeatureMatrix,
  nFeatures: number,
  table: FeatureTable,
  opts: TrainOptions,
): LinearStage {
  const w = new Float32Array(nFeatures * NT);
  const u = new Float64Array(nFeatures * NT);
  const tw = new Float64Array((NT + 1) * NT);
  const tu = new Float64Array((NT + 1) * NT);
  const nSent = m.sentStart.length - 1;
  let maxLen = 1;
  for (let s = 0; s < nSent; s++) maxLen = Math.max(maxLen, m.sentStart[s + 1]! - m.sentStart[s]!);
  const em = new Float64Array(maxLen * NT);
  const back = new Int32Array(maxLen * NT);
  const score = new Float64Array(maxLen * NT);
  const pred = new Int32Array(maxLen);
  const order = Int32Array.from({ length: nSent }, (_, i) => i);
  const rand = seededRandom(opts.seed);
  let c = 1;
  const { featStart, featIds, gold } = m;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = nSent - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const x = order[i]!;
      order[i] = order[j]!;
      order[j] = x;
    }
    let errors = 0;
    for (let k = 0; k < nSent; k++) {
      const s = order[k]!;
      const t0 = m.sentStart[s]!;
      const n = m.sentStart[s + 1]! - t0;
      if (n === 0) continue;
      em.fill(0, 0, n * NT);
      for (let i = 0; i < n; i++) {
        const o = i * NT;
        for (let j = featStart[t0 + i]!, e = featStart[t0 + i + 1]!; j < e; j++) {
          const f = featIds[j]!;
          if (f < 0) continue;
          const base = f * NT;
          for (let y = 0; y < NT; y++) em[o + y]! += w[base + y]!;
        }
      }
      viterbi(em, n, tw, pred, back, score);
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = gold[t0 + i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (let j = featStart[t0 + i]!, e = featStart[t0 + i + 1]!; j < e; j++) {
            const f = featIds[j]!;
            if (f < 0) continue;
            w[f * NT + g]! += 1;
            u[f * NT + g]! += c;
            w[f * NT + p]! -= 1;
            u[f * NT + p]! -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[(prevG + 1) * NT + g]! += 1;
          tu[(prevG + 1) * NT + g]! += c;
          tw[(prevP + 1) * NT + p]! -= 1;
          tu[(prevP + 1) * NT + p]! -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: ${errors} token errors`);
  }
  const weights = new Float32Array(nFeatures * NT);
  for (let i = 0; i < weights.length; i++) weights[i] = w[i]! - u[i]! / c;
  const trans = new Float32Array((NT + 1) * NT);
  for (let i = 0; i < trans.length; i++) trans[i] = tw[i]! - tu[i]! / c;
  return { table, weights, trans };
}

/** Predicts tag ids for a matrix with a trained stage. */
export function predictMatrix(m: FeatureMatrix, stage: LinearStage): Int32Array {
  const out = new Int32Array(m.tokens);
  const nSent = m.sentStart.length - 1;
  let maxLen = 1;
  for (let s = 0; s < nSent; s++) maxLen = Math.max(maxLen, m.sentStart[s + 1]! - m.sentStart[s]!);
  const em = new Float64Array(maxLen * NT);
  const back = new Int32Array(maxLen * NT);
  const score = new Float64Array(maxLen * NT);
  for (let s = 0; s < nSent; s++) {
    const t0 = m.sentStart[s]!;
    const n = m.sentStart[s + 1]! - t0;
    em.fill(0, 0, n * NT);
    for (let i = 0; i < n; i++) {
      for (let j = m.featStart[t0 + i]!, e = m.featStart[t0 + i + 1]!; j < e; j++) {
        const f = m.featIds[j]!;
        if (f < 0) continue;
        for (let y = 0; y < NT; y++) em[i * NT + y]! += stage.weights[f * NT + y]!;
      }
    }
    viterbi(em, n, stage.trans, out.subarray(t0, t0 + n), back, score);
  }
  return out;
}
