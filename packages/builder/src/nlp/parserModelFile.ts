// Binary file of the tagger, lemmatizer and parser: gzip( "NKGDEP01" | uint32 header length | JSON header |
// per classifier: its non-empty buckets (delta-coded), their (class, int16 weight) runs ). Quantised int16
// weights keep the file small; the layout is deterministic, so retraining reproduces the file byte for byte.
import { gunzipSync, gzipSync } from "node:zlib";
import type { LemmatizerData } from "./lemmatizer.js";
import { SparseLinearModel } from "./sparseLinearModel.js";
import type { XposTagSet } from "./xposTagger.js";

const MAGIC = "NKGDEP01";

export interface ParserModelHeader {
  modelName: string;
  /** Bumped when features change, so an old file is refused rather than misread. */
  featureVersion: number;
  labels: string[];
  /** Beam width the parser was trained for and decodes with by default (absent: 1, greedy). */
  beam?: number;
  /** Tag dictionary entries: lowercase form -> UPOS bit mask. */
  tagDictionary: [string, number][];
  /** Word clusters (word, bit path) the features read, when the model was trained with them. */
  clusters?: [string, string][];
  /** The XPOS tagger's tag set, when the model has one (the parser then reads (UPOS, XPOS) pair ids). */
  xpos?: XposTagSet;
  lemmatizer: LemmatizerData;
  training: Record<string, unknown>;
}

export interface ParserModelData {
  header: ParserModelHeader;
  tagger: SparseLinearModel;
  /** The tagger's second pass (reads the first pass's right-context tags), when the model has one. */
  tagger2?: SparseLinearModel;
  /** The XPOS tagger, present exactly when the header has `xpos`. */
  xpos?: SparseLinearModel;
  moves: SparseLinearModel;
  labels: SparseLinearModel;
  /** The move model as dense rows (`toDense4`), when already built (in memory shared by build workers); not stored. */
  denseMoves?: Int32Array;
}

function encodeModel(m: SparseLinearModel): Buffer {
  const buckets = 1 << m.bits;
  const bucketBytes: number[] = [];
  const runLengths: number[] = [];
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    const kept = (m.rowStart[b + 1] ?? 0) - (m.rowStart[b] ?? 0);
    if (!kept) continue;
    // Varint of the gap to the previous non-empty bucket.
    let gap = b - last - 1;
    last = b;
    while (gap >= 0x80) {
      bucketBytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bucketBytes.push(gap);
    for (let r = kept; r > 0; r -= 255) runLengths.push(Math.min(255, r), r > 255 ? 1 : 0);
  }
  const head = Buffer.alloc(4 * 6);
  head.writeUInt32LE(m.bits, 0);
  head.writeUInt32LE(m.classCount, 4);
  head.writeFloatLE(m.scale, 8);
  head.writeUInt32LE(bucketBytes.length, 12);
  head.writeUInt32LE(runLengths.length, 16);
  head.writeUInt32LE(m.entries.length, 20);
  // Classes and weights as separate planes: each compresses better on its own.
  const classes = Buffer.alloc(m.entries.length * 2);
  const weights = Buffer.alloc(m.entries.length * 2);
  m.entries.forEach((e, i) => {
    classes.writeUInt16LE(e >>> 16, i * 2);
    weights.writeInt16LE((e << 16) >> 16, i * 2);
  });
  return Buffer.concat([head, Buffer.from(bucketBytes), Buffer.from(runLengths), classes, weights]);
}

function decodeModel(buf: Buffer, offset: number): [SparseLinearModel, number] {
  const bits = buf.readUInt32LE(offset);
  const classCount = buf.readUInt32LE(offset + 4);
  const scale = buf.readFloatLE(offset + 8);
  const bucketByteCount = buf.readUInt32LE(offset + 12);
  const runByteCount = buf.readUInt32LE(offset + 16);
  const nnz = buf.readUInt32LE(offset + 20);
  let p = offset + 24;
  const bucketEnd = p + bucketByteCount;
  let r = bucketEnd;
  const runEnd = r + runByteCount;
  const classStart = runEnd;
  const weightStart = classStart + 2 * nnz;
  if (weightStart + 2 * nnz > buf.length) throw new Error("parser model: file is truncated");
  const buckets = 1 << bits;
  const rowStart = new Int32Array(buckets + 1);
  const entries = new Int32Array(nnz);
  // Aligned copies of the two planes (the file is little-endian, as is every platform Node.js runs on).
  const classPlane = new Uint16Array(Uint8Array.from(buf.subarray(classStart, classStart + 2 * nnz)).buffer);
  const weightPlane = new Uint16Array(Uint8Array.from(buf.subarray(weightStart, weightStart + 2 * nnz)).buffer);
  for (let k = 0; k < nnz; k++) entries[k] = ((classPlane[k] ?? 0) << 16) | (weightPlane[k] ?? 0);
  let bucket = -1;
  let filled = 0;
  let at = 0;
  while (p < bucketEnd) {
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
    for (let more = 1; more; r += 2) {
      at += buf[r] ?? 0;
      more = buf[r + 1] ?? 0;
    }
    filled = b + 1;
    bucket = b;
  }
  for (let x = filled; x <= buckets; x++) rowStart[x] = at;
  if (r !== runEnd || at !== nnz) throw new Error("parser model: bucket index is corrupt");
  return [new SparseLinearModel(bits, classCount, rowStart, entries, scale), weightStart + 2 * nnz];
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
    ...(model.header.xpos ? [encodeModel(requireXpos(model.xpos))] : []),
    ...(model.tagger2 ? [encodeModel(model.tagger2)] : []),
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
  const [labels, c] = decodeModel(buf, offset);
  offset = c;
  let xpos: SparseLinearModel | undefined;
  if (header.xpos) [xpos, offset] = decodeModel(buf, offset);
  const extra = xpos ? { xpos } : {};
  if (offset >= buf.length) return { header, tagger, moves, labels, ...extra };
  const [tagger2] = decodeModel(buf, offset);
  return { header, tagger, tagger2, moves, labels, ...extra };
}

function requireXpos(m: SparseLinearModel | undefined): SparseLinearModel {
  if (!m) throw new Error("parser model: the header names an XPOS tag set but there is no XPOS tagger");
  return m;
}
