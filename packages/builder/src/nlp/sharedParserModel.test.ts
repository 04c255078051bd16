// The model decoded into shared memory parses exactly as the one each thread decodes for itself, and its weights
// really are in SharedArrayBuffers (so a worker receives them without a copy), also when sent to a worker thread.
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { DependencyParser } from "./dependencyParser.js";
import { nlpPipelineFromShared } from "./index.js";
import { deserializeParserModel } from "./parserModelFile.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";
import { defaultParserModelPath } from "./parserPaths.js";
import { loadSharedParserModel, parserModelOf } from "./sharedParserModel.js";

const SENTENCES = [
  "The mayor of Westbrook said on Tuesday that the council would close two bridges .",
  "Police detained three men after a fire at a warehouse owned by Harlow Freight , officials said .",
  "Marta Ilves , who founded the company in 1998 , will step down next year .",
  "Talks between the two unions broke down late on Friday .",
];

describe("shared parser model", () => {
  const shared = loadSharedParserModel(defaultParserModelPath);

  it("keeps every weight array in shared memory and the move rows prebuilt", () => {
    for (const m of [shared.tagger, shared.moves, shared.labels]) {
      expect(m.rowStart.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(m.entries.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    expect(shared.denseMoves.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.denseMoves.length).toBe(2 << shared.moves.bits);
    expect(loadSharedParserModel(defaultParserModelPath)).toBe(shared);
  });

  it("parses as the model decoded in this thread", () => {
    const own = new DependencyParser(
      deserializeParserModel(readFileSync(defaultParserModelPath), PARSER_FEATURE_VERSION),
    );
    const fromShared = new DependencyParser(parserModelOf(shared));
    for (const s of SENTENCES) expect(fromShared.analyze(s.split(" "))).toEqual(own.analyze(s.split(" ")));
    expect(nlpPipelineFromShared(shared).modelName).toBe(own.modelName);
  });

  it("reaches a worker thread as the same memory", async () => {
    const code = `const { parentPort, workerData } = require("node:worker_threads");
      workerData.denseMoves[0] = 12345;
      parentPort.postMessage(workerData.denseMoves.buffer instanceof SharedArrayBuffer);`;
    const before = shared.denseMoves[0] ?? 0;
    const worker = new Worker(code, { eval: true, workerData: { denseMoves: shared.denseMoves } });
    const isShared = await new Promise((resolve, reject) => worker.once("message", resolve).once("error", reject));
    await worker.terminate();
    expect(isShared).toBe(true);
    expect(shared.denseMoves[0]).toBe(12345);
    shared.denseMoves[0] = before;
  });
});
