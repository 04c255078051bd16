// Binary file of the tagger, lemmatizer and parser: gzip( "NKGDEP01" | uint32 header length | JSON header |
// per classifier: its non-empty buckets (delta-coded), their (class, int16 weight) runs ). Quantised int16
// weights keep the file small; the layout is deterministic, so retraining reproduces the file byte for byte.
import { gunzipSync, gzipSync } from "node:zlib";
import type { LemmatizerData } from "./lemmatizer.js";
import { SparseLinearModel } from "./sparseLinearModel.js";

const MAGIC = "NKGDEP01";

export interface ParserModelHeader {
  modelName: string;
  /** Bumped when features change, so an old file is refused rather than misread. */
  featureVersion: number;
  labels: string[];
  /** Tag dictionary entries: lowercase form -> UPOS bit mask. */
  tagDictionary: [string, number][];
  lemmatizer: LemmatizerData;
  training: Record<string, unknown>;
}

export interface ParserModelData {
  header: ParserModelHeader;
  tagger: SparseLinearModel;
  moves: SparseLinearModel;
  labels: SparseLinearModel;
}

function encodeModel(m: SparseLinearModel): Buffer {
  const buckets = 1 << m.bits;
  let maxAbs = 0;
  for (const v of m.values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const bucketBytes: number[] = [];
  const runLengths: number[] = [];
  const classes: number[] = [];
  const weights: number[] = [];
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    const a = m.rowStart[b] ?? 0;
    const e = m.rowStart[b + 1] ?? 0;
    let kept = 0;
    for (let k = a; k < e; k++) {
      const q = Math.round((m.values[k] ?? 0) / scale);
      if (q === 0) continue;
      classes.push(m.classes[k] ?? 0);
      weights.push(q);
      kept++;
    }
    if (!kept) continue;
    // Varint of the gap to the previous non-empty bucket.
    let gap = b - last - 1;
    last = b;
    while (gap >= 0x80) {
      bucketBytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bucketBytes.push(gap);
    runLengths.push(kept);
  }
  const head = Buffer.alloc(4 * 5);
  head.writeUInt32LE(m.bits, 0);
  head.writeUInt32LE(m.classCount, 4);
  head.writeFloatLE(scale, 8);
  head.writeUInt32LE(runLengths.length, 12);
  head.writeUInt32LE(bucketBytes.length, 16);
  const w = Buffer.alloc(weights.length * 2);
  weights.forEach((q, i) => w.writeInt16LE(q, i * 2));
  const count = Buffer.alloc(4);
  count.writeUInt32LE(classes.length, 0);
  return Buffer.concat([head, Buffer.from(bucketBytes), Buffer.from(runLengths), count, Buffer.from(classes), w]);
}

function decodeModel(buf: Buffer, offset: number): [SparseLinearModel, number] {
  const bits = buf.readUInt32LE(offset);
  const classCount = buf.readUInt32LE(offset + 4);
  const scale = buf.readFloatLE(offset + 8);
  const runs = buf.readUInt32LE(offset + 12);
  const bucketByteCount = buf.readUInt32LE(offset + 16);
  let p = offset + 20;
  const bucketEnd = p + bucketByteCount;
  const runStart = bucketEnd;
  const nnz = buf.readUInt32LE(runStart + runs);
  const classStart = runStart + runs + 4;
  const weightStart = classStart + nnz;
  const buckets = 1 << bits;
  const rowStart = new Int32Array(buckets + 1);
  const classes = new Uint8Array(buf.subarray(classStart, classStart + nnz));
  const values = new Float32Array(nnz);
  for (let k = 0; k < nnz; k++) values[k] = buf.readInt16LE(weightStart + 2 * k) * scale;
  let bucket = -1;
  let filled = 0;
  let at = 0;
  for (let r = 0; r < runs; r++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[p++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    const b = bucket + gap + 1;
    for (let x = filled; x <= b; x++) rowStart[x] = at;
    at += buf[runStart + r] ?? 0;
    filled = b + 1;
    bucket = b;
  }
  for (let x = filled; x <= buckets; x++) rowStart[x] = at;
  if (p !== bucketEnd) throw new Error("parser model: bucket index is corrupt");
  return [new SparseLinearModel(bits, classCount, rowStart, classes, values), weightStart + 2 * nnz];
}

export function serializeParserModel(model: ParserModelData): Buffer {
  const header = Buffer.from(JSON.stringify(model.header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length, 0);
  const body = Buffer.concat([
    Buffer.from(MAGIC, "ascii"),
    len,
    header,
    encodeModel(model.tagger),
    encodeModel(model.moves),
    encodeModel(model.labels),
  ]);
  return gzipSync(body, { level: 9 });
}

export function deserializeParserModel(file: Buffer, featureVersion: number): ParserModelData {
  let buf: Buffer;
  try {
    buf = gunzipSync(file);
  } catch {
    throw new Error("parser model: not a gzip file");
  }
  if (buf.subarray(0, 8).toString("ascii") !== MAGIC) throw new Error("parser model: wrong file type");
  const len = buf.readUInt32LE(8);
  const header = JSON.parse(buf.subarray(12, 12 + len).toString("utf8")) as ParserModelHeader;
  if (header.featureVersion !== featureVersion)
    throw new Error(
      `parser model: feature version ${header.featureVersion}, this code needs ${featureVersion} (run pnpm kg train-parser)`,
    );
  let offset = 12 + len;
  const [tagger, a] = decodeModel(buf, offset);
  offset = a;
  const [moves, b] = decodeModel(buf, offset);
  offset = b;
  const [labels] = decodeModel(buf, offset);
  return { header, tagger, moves, labels };
}
