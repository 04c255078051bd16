// File format of the feed-forward parser: gzip of a 4-byte header length, a JSON header (shape, vocabulary,
// training settings) and the float32 weights in a fixed order (embeddings per kind, W1, b1, W2, b2), little-endian.
// Serialization is deterministic, so retraining with the same seed reproduces the file byte for byte.
import { gunzipSync, gzipSync } from "node:zlib";
import { FeedForwardNetwork, type NetworkShape } from "./feedForwardNetwork.js";
import type { MlpVocabulary } from "./mlpParser.js";
import type { MlpModel } from "./trainMlpParser.js";

export const MLP_FORMAT = "newskg-mlp-parser";

export interface MlpModelHeader {
  format: string;
  modelName: string;
  featureVersion: number;
  shape: NetworkShape;
  vocabulary: MlpVocabulary;
  training?: Record<string, unknown>;
}

export function serializeMlpModel(
  model: MlpModel,
  header: Omit<MlpModelHeader, "format" | "shape" | "vocabulary">,
): Buffer {
  const head: MlpModelHeader = { format: MLP_FORMAT, ...header, shape: model.net.shape, vocabulary: model.vocabulary };
  const json = Buffer.from(JSON.stringify(head), "utf8");
  const net = model.net;
  const arrays = [...net.embeddings, net.w1, net.b1, net.w2, net.b2];
  const parts: Buffer[] = [Buffer.alloc(4), json];
  parts[0]?.writeUInt32LE(json.length, 0);
  for (const a of arrays) {
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i++) b.writeFloatLE(a[i] ?? 0, i * 4);
    parts.push(b);
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function deserializeMlpModel(file: Buffer, featureVersion: number): MlpModel & { header: MlpModelHeader } {
  const raw = gunzipSync(file);
  const length = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + length).toString("utf8")) as MlpModelHeader;
  if (header.format !== MLP_FORMAT)
    throw new Error(`not a feed-forward parser model (format ${String(header.format)})`);
  if (header.featureVersion !== featureVersion)
    throw new Error(
      `feed-forward parser model has feature version ${header.featureVersion}, this code reads ${featureVersion}`,
    );
  const shape = header.shape;
  let at = 4 + length;
  const take = (n: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = raw.readFloatLE(at + i * 4);
    at += n * 4;
    return a;
  };
  const embeddings = shape.vocab.map((v, k) => take(v * (shape.dims[k] ?? 0)));
  let inputs = 0;
  for (const kind of shape.positions) inputs += shape.dims[kind] ?? 0;
  const w1 = take(inputs * shape.hidden);
  const b1 = take(shape.hidden);
  const w2 = take(shape.outputs * shape.hidden);
  const b2 = take(shape.outputs);
  if (at !== raw.length) throw new Error("feed-forward parser model: file size does not match its header");
  const net = new FeedForwardNetwork(shape, { embeddings, w1, b1, w2, b2 });
  return { net, vocabulary: header.vocabulary, header };
}
