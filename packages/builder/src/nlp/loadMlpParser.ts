// Loads a feed-forward parser model file (once per path and thread) as a parser over the perceptron's tags.
import { readFileSync } from "node:fs";
import { MlpParser } from "./mlpParser.js";
import { deserializeMlpModel } from "./mlpParserModelFile.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

const loaded = new Map<string, MlpParser>();

export function loadMlpParser(path: string): MlpParser {
  const cached = loaded.get(path);
  if (cached) return cached;
  const model = deserializeMlpModel(readFileSync(path), PARSER_FEATURE_VERSION);
  const parser = new MlpParser(model.net, model.vocabulary);
  loaded.set(path, parser);
  return parser;
}
