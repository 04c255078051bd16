// The parser model in shared memory, for build workers: each worker decoding its own copy puts two 32 MB move
// tables and the tagger and relation runs in the one L3 cache the cores share, and the parser is bound by the
// latency of those random weight reads. Decoded once by the thread that starts the workers, its typed arrays in
// SharedArrayBuffers (structured clone passes them by reference), it is one copy in memory and in cache.
import { readFileSync } from "node:fs";
import { deserializeParserModel, type ParserModelData, type ParserModelHeader } from "./parserModelFile.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";
import { SparseLinearModel } from "./sparseLinearModel.js";

/** A SparseLinearModel as plain data (class instances lose their prototype crossing threads). */
export interface SharedSparseModel {
  bits: number;
  classCount: number;
  scale: number;
  rowStart: Int32Array;
  entries: Int32Array;
}

/** What a worker receives: the model's classifiers in shared memory, and the move model already as dense rows. */
export interface SharedParserModel {
  header: ParserModelHeader;
  tagger: SharedSparseModel;
  tagger2?: SharedSparseModel;
  xpos?: SharedSparseModel;
  moves: SharedSparseModel;
  labels: SharedSparseModel;
  denseMoves: Int32Array;
}

function sharedCopy(a: Int32Array): Int32Array {
  const out = new Int32Array(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

function share(m: SparseLinearModel): SharedSparseModel {
  const { bits, classCount, scale } = m;
  return { bits, classCount, scale, rowStart: sharedCopy(m.rowStart), entries: sharedCopy(m.entries) };
}

function unshare(m: SharedSparseModel): SparseLinearModel {
  return new SparseLinearModel(m.bits, m.classCount, m.rowStart, m.entries, m.scale);
}

export function shareParserModel(model: ParserModelData): SharedParserModel {
  const out: SharedParserModel = {
    header: model.header,
    tagger: share(model.tagger),
    moves: share(model.moves),
    labels: share(model.labels),
    denseMoves: model.moves.toDense4(new Int32Array(new SharedArrayBuffer(model.moves.dense4Bytes))).pairs,
  };
  if (model.tagger2) out.tagger2 = share(model.tagger2);
  if (model.xpos) out.xpos = share(model.xpos);
  return out;
}

/** The model data of a shared model (no copy: the arrays stay in shared memory), with its dense move rows. */
export function parserModelOf(shared: SharedParserModel): ParserModelData {
  const model: ParserModelData = {
    header: shared.header,
    tagger: unshare(shared.tagger),
    moves: unshare(shared.moves),
    labels: unshare(shared.labels),
    denseMoves: shared.denseMoves,
  };
  if (shared.tagger2) model.tagger2 = unshare(shared.tagger2);
  if (shared.xpos) model.xpos = unshare(shared.xpos);
  return model;
}

const loaded = new Map<string, SharedParserModel>();

/** The model file decoded into shared memory, once per path in this thread. */
export function loadSharedParserModel(path: string): SharedParserModel {
  let shared = loaded.get(path);
  if (!shared) {
    shared = shareParserModel(deserializeParserModel(readFileSync(path), PARSER_FEATURE_VERSION));
    loaded.set(path, shared);
  }
  return shared;
}
