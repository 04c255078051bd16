import { describe, expect, it } from "vitest";
import { deserializeMlpModel, serializeMlpModel } from "./mlpParserModelFile.js";
import { MlpParser } from "./mlpParser.js";
import { uposIdOf } from "./posTagger.js";
import { DEFAULT_MLP_TRAINING, type MlpTrainingSentence, trainMlpParser } from "./trainMlpParser.js";
import { toyTreebank } from "./toyTreebank.js";

const SMALL = {
  ...DEFAULT_MLP_TRAINING,
  epochs: 4,
  hidden: 32,
  dims: [12, 6, 6, 4] as [number, number, number, number],
  rate: 0.005,
};

function attachment(parser: MlpParser, sentences: MlpTrainingSentence[]): { uas: number; las: number } {
  let words = 0;
  let uas = 0;
  let las = 0;
  for (const s of sentences) {
    const r = parser.parse(parser.sentenceOf(s.words, s.tags, s.clusters));
    expect(r.transitions).toBe(2 * s.words.length);
    s.words.forEach((_, i) => {
      words++;
      if (r.head[i] === s.head[i]) {
        uas++;
        const label = (s.head[i] ?? -1) < 0 ? "root" : (parser.labels[r.label[i] ?? 0] ?? "");
        if (label === s.deprel[i]) las++;
      }
    });
  }
  return { uas: uas / words, las: las / words };
}

describe("feed-forward transition parser", () => {
  const train = toyTreebank(300, 11);
  const heldOut = toyTreebank(100, 12);
  const model = trainMlpParser(train, SMALL);

  it("learns a toy grammar, lexical attachment included", () => {
    const { uas, las } = attachment(new MlpParser(model.net, model.vocabulary), heldOut);
    expect(uas).toBeGreaterThan(0.97);
    expect(las).toBeGreaterThan(0.95);
  });

  it("is no better than chance before training", () => {
    const untrained = trainMlpParser(train, { ...SMALL, epochs: 0 });
    expect(attachment(new MlpParser(untrained.net, untrained.vocabulary), heldOut).las).toBeLessThan(0.5);
  });

  it("reproduces the same weights from the same seed, other weights from another", () => {
    const header = { modelName: "toy", featureVersion: 2 };
    const again = trainMlpParser(train, SMALL);
    expect(serializeMlpModel(again, header).equals(serializeMlpModel(model, header))).toBe(true);
    const other = trainMlpParser(train, { ...SMALL, seed: SMALL.seed + 7 });
    expect(serializeMlpModel(other, header).equals(serializeMlpModel(model, header))).toBe(false);
  });

  it("parses the same after a model file round trip and without the precomputed cache", () => {
    const file = serializeMlpModel(model, { modelName: "toy", featureVersion: 2 });
    const loaded = deserializeMlpModel(file, 2);
    expect(loaded.header.modelName).toBe("toy");
    expect(() => deserializeMlpModel(file, 3)).toThrow(/feature version/);
    const cached = new MlpParser(model.net, model.vocabulary);
    const uncached = new MlpParser(loaded.net, loaded.vocabulary, 0);
    for (const s of heldOut.slice(0, 30)) {
      const a = cached.parse(cached.sentenceOf(s.words, s.tags, s.clusters));
      const b = uncached.parse(uncached.sentenceOf(s.words, s.tags, s.clusters));
      expect(Array.from(b.head)).toEqual(Array.from(a.head));
      expect(Array.from(b.label)).toEqual(Array.from(a.label));
    }
  });

  it("parses sentences of one word and of unknown words into a single-rooted tree", () => {
    const parser = new MlpParser(model.net, model.vocabulary);
    const one = parser.parse(parser.sentenceOf(["blicks"], Uint8Array.of(uposIdOf("VERB")), new Int32Array(1)));
    expect(Array.from(one.head)).toEqual([-1]);
    const words = Array.from({ length: 40 }, (_, i) => `unseen${i}`);
    const r = parser.parse(parser.sentenceOf(words, new Uint8Array(40).fill(uposIdOf("NOUN")), new Int32Array(40)));
    expect(Array.from(r.head).filter((h) => h === -1)).toHaveLength(1);
    expect(r.transitions).toBe(80);
  });
});
