import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArcHybridParser } from "./arcHybridParser.js";
import { parseCombined } from "./combinedParse.js";
import { MlpParser } from "./mlpParser.js";
import { deserializeParserModel } from "./parserModelFile.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";
import { defaultParserModelPath } from "./parserPaths.js";
import { PosTagger } from "./posTagger.js";
import { DenseLinearModel4 } from "./sparseLinearModel.js";
import { toyTreebank } from "./toyTreebank.js";
import { DEFAULT_MLP_TRAINING, trainMlpParser } from "./trainMlpParser.js";
import { clusterTableOf } from "./wordClusters.js";
import { wordAtomsOf } from "./wordFeatures.js";

const SENTENCES = [
  "The council of Varnholt approved the new budget on Tuesday .",
  "Police said two men were detained after the protest in Ostrel .",
  "Mira Kovan , who leads the Tessel Group , met the minister .",
];

describe("combined decoding of the perceptron and the feed-forward parser", () => {
  const model = deserializeParserModel(readFileSync(defaultParserModelPath), PARSER_FEATURE_VERSION);
  const table = clusterTableOf(model.header.clusters ?? []);
  const perceptron = new ArcHybridParser(
    model.denseMoves ? new DenseLinearModel4(model.denseMoves) : model.moves.toDense4(),
    model.labels,
    model.header.labels,
  );
  const tagger = new PosTagger(model.tagger, new Map(model.header.tagDictionary));
  const toy = trainMlpParser(toyTreebank(200, 5), {
    ...DEFAULT_MLP_TRAINING,
    epochs: 2,
    hidden: 16,
    dims: [8, 4, 4, 4],
  });
  const mlp = new MlpParser(toy.net, toy.vocabulary);
  const inputs = SENTENCES.map((text) => {
    const words = text.split(" ");
    const atoms = wordAtomsOf(words, table);
    const tags = tagger.tag(words, atoms);
    return { atoms, tags, ids: mlp.sentenceOf(words, tags, atoms.cluster) };
  });

  it("follows the perceptron alone at weight 0", () => {
    for (const { atoms, tags, ids } of inputs) {
      const alone = perceptron.parse(atoms, tags);
      const zero = parseCombined(perceptron, mlp, atoms, tags, ids, 1000, 0);
      expect(Array.from(zero.head)).toEqual(Array.from(alone.head));
      expect(Array.from(zero.label)).toEqual(Array.from(alone.label));
    }
  });

  it("lets a dominant feed-forward weight choose the moves, still one rooted tree", () => {
    // The toy network knows no English, so where it decides, the trees differ from the perceptron's.
    let differing = 0;
    for (const { atoms, tags, ids } of inputs) {
      const alone = perceptron.parse(atoms, tags);
      const dominant = parseCombined(perceptron, mlp, atoms, tags, ids, 1000, 1e9);
      expect(dominant.transitions).toBe(2 * tags.length);
      expect(Array.from(dominant.head).filter((h) => h === -1)).toHaveLength(1);
      expect(Array.from(dominant.head).every((h) => h >= -1 && h < tags.length)).toBe(true);
      if (Array.from(dominant.head).some((h, i) => h !== alone.head[i])) differing++;
    }
    expect(differing).toBeGreaterThan(0);
  });
});
