// Where the feed-forward parser's model lives: named, like the perceptron's, after the feature version.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

const here = fileURLToPath(new URL(".", import.meta.url));
export const mlpParserModelName = `newskg-ud-ewt-mlp-v${PARSER_FEATURE_VERSION}`;
export const mlpParserModelFileName = `parser-mlp-v${PARSER_FEATURE_VERSION}.bin.gz`;
export const defaultMlpParserModelPath = resolve(here, "../../models", mlpParserModelFileName);
