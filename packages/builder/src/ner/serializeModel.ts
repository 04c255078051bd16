// Binary model file: gzip( "NKGNER01" | uint32 header length | JSON header | per stage: keysA, keysB (uint32),
// quantised int16 weights, float32 transitions ). Weights are pruned and quantised so the shipped file stays small.
import { gzipSync, gunzipSync } from "node:zlib";
import { SUPPORTED_FEATURE_VERSIONS } from "./featureExtractor.js";
import type { Lexicon } from "./featureExtractor.js";
import { FeatureTable } from "./featureTable.js";
import { NT } from "./viterbi.js";

const MAGIC = "NKGNER01";

export interface LinearStage {
  table: FeatureTable;
  /** weights[id*NT + tag] */
  weights: Float32Array;
  /** trans[(prev+1)*NT + cur] */
  trans: Float32Array;
  /** As stored in a model file (set by deserializeModel): the tagger loads these without hashing every key twice. */
  stored?: StoredStage;
}

/** A stage as the file stores it: keys, int16 weights tag-major (q[tag*n + j]) and their scale. */
export interface StoredStage {
  keysA: Uint32Array;
  keysB: Uint32Array;
  q: Int16Array;
  scale: number;
}

/** A stage read from a file: the feature table and float weights (for training code) are built on first use. */
class LoadedStage implements LinearStage {
  private built?: { table: FeatureTable; weights: Float32Array };
  constructor(
    readonly stored: StoredStage,
    readonly trans: Float32Array,
  ) {}

  private build(): { table: FeatureTable; weights: Float32Array } {
    if (this.built) return this.built;
    const { keysA, keysB, q, scale } = this.stored;
    const n = keysA.length;
    const table = new FeatureTable(n);
    const weights = new Float32Array(n * NT);
    for (let j = 0; j < n; j++) {
      const id = table.add(keysA[j]!, keysB[j]!);
      for (let t = 0; t < NT; t++) weights[id * NT + t] = q[t * n + j]! * scale;
    }
    this.built = { table, weights };
    return this.built;
  }

  get table(): FeatureTable {
    return this.build().table;
  }

  get weights(): Float32Array {
    return this.build().weights;
  }
}

export interface ModelHeader {
  modelName: string;
  featureVersion: number;
  training: Record<string, unknown>;
}

export interface NerModelData {
  header: ModelHeader;
  stages: LinearStage[];
  /** Learned word lists (hashes) used by the feature extractor. */
  lexicon: Lexicon;
}

interface StageHeader {
  features: number;
  scale: number;
}

/** Drops features whose weights are all below `minAbs`, quantises the rest to int16, gzips. */
export function serializeModel(model: NerModelData, minAbs: number): Buffer {
  const parts: Buffer[] = [];
  const stageHeaders: StageHeader[] = [];
  for (const stage of model.stages) {
    const { a, b } = stage.table.keysById();
    const n = stage.table.size;
    let maxAbs = 0;
    for (let i = 0; i < stage.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(stage.weights[i]!));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keep: number[] = [];
    for (let id = 0; id < n; id++) {
      let big = false;
      for (let t = 0; t < NT; t++) {
        const w = stage.weights[id * NT + t]!;
        if (Math.abs(w) >= minAbs && Math.round(w / scale) !== 0) big = true;
      }
      if (big) keep.push(id);
    }
    const ka = new Uint32Array(keep.length);
    const kb = new Uint32Array(keep.length);
    // Tag-major layout compresses better than feature-major.
    const q = new Int16Array(keep.length * NT + ((keep.length * NT) % 2));
    keep.forEach((id, j) => {
      ka[j] = a[id]!;
      kb[j] = b[id]!;
      for (let t = 0; t < NT; t++) {
        const w = stage.weights[id * NT + t]!;
        q[t * keep.length + j] = Math.abs(w) >= minAbs ? Math.round(w / scale) : 0;
      }
    });
    stageHeaders.push({ features: keep.length, scale });
    parts.push(Buffer.from(ka.buffer), Buffer.from(kb.buffer), Buffer.from(q.buffer), Buffer.from(stage.trans.buffer));
  }
  const lower = Uint32Array.from(model.lexicon.lower).sort();
  const vocab = Uint32Array.from(model.lexicon.vocab).sort();
  const clusterKeys = Uint32Array.from(model.lexicon.clusters.keys()).sort();
  const clusterCodes = clusterKeys.map((k) => model.lexicon.clusters.get(k)!);
  parts.push(Buffer.from(lower.buffer), Buffer.from(vocab.buffer));
  parts.push(Buffer.from(clusterKeys.buffer), Buffer.from(clusterCodes.buffer));
  const lexiconCounts = { lower: lower.length, vocab: vocab.length, clusters: clusterKeys.length };
  const header = Buffer.from(JSON.stringify({ ...model.header, stages: stageHeaders, lexicon: lexiconCounts }), "utf8");
  const pad = (4 - ((MAGIC.length + 4 + header.length) % 4)) % 4;
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length + pad);
  const body = Buffer.concat([Buffer.from(MAGIC, "latin1"), len, header, Buffer.alloc(pad, 0x20), ...parts]);
  return gzipSync(body, { level: 9 });
}

function slice32(buf: Buffer, off: number, count: number): ArrayBuffer {
  return new Uint8Array(buf.buffer, buf.byteOffset + off, count * 4).slice().buffer;
}

/** Parses a model file; throws Error with a plain message on anything unexpected. */
export function deserializeModel(gz: Buffer): NerModelData {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch {
    throw new Error("not a gzip file");
  }
  if (buf.length < 12 || buf.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a newskg NER model");
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + hlen)) as ModelHeader & {
    stages: StageHeader[];
    lexicon: { lower: number; vocab: number; clusters?: number };
  };
  if (!Array.isArray(header.stages) || !header.lexicon) throw new Error("model header is incomplete");
  if (!SUPPORTED_FEATURE_VERSIONS.includes(header.featureVersion)) {
    throw new Error(
      `trained for feature version ${header.featureVersion}, this code reads ${SUPPORTED_FEATURE_VERSIONS.join(", ")}: retrain it`,
    );
  }
  let off = 12 + hlen;
  const stages: LinearStage[] = [];
  for (const sh of header.stages) {
    const n = sh.features;
    const qlen = n * NT + ((n * NT) % 2);
    const need = off + n * 8 + qlen * 2 + (NT + 1) * NT * 4;
    if (need > buf.length) throw new Error("model file is truncated");
    const ka = new Uint32Array(slice32(buf, off, n));
    off += n * 4;
    const kb = new Uint32Array(slice32(buf, off, n));
    off += n * 4;
    const q = new Int16Array(new Uint8Array(buf.buffer, buf.byteOffset + off, qlen * 2).slice().buffer);
    off += qlen * 2;
    const trans = new Float32Array(slice32(buf, off, (NT + 1) * NT));
    off += (NT + 1) * NT * 4;
    stages.push(new LoadedStage({ keysA: ka, keysB: kb, q, scale: sh.scale }, trans));
  }
  const { lower: nLower, vocab: nVocab, clusters: nClusters = 0 } = header.lexicon;
  if (off + (nLower + nVocab + 2 * nClusters) * 4 > buf.length) throw new Error("model file is truncated");
  const lower = new Uint32Array(slice32(buf, off, nLower));
  off += nLower * 4;
  const vocab = new Uint32Array(slice32(buf, off, nVocab));
  off += nVocab * 4;
  const clusterKeys = new Uint32Array(slice32(buf, off, nClusters));
  off += nClusters * 4;
  const clusterCodes = new Uint32Array(slice32(buf, off, nClusters));
  const clusters = new Map<number, number>();
  clusterKeys.forEach((k, j) => clusters.set(k, clusterCodes[j]!));
  const { stages: _stages, lexicon: _lexicon, ...rest } = header;
  void _stages;
  void _lexicon;
  return { header: rest, stages, lexicon: { lower: new Set(lower), vocab: new Set(vocab), clusters } };
}
