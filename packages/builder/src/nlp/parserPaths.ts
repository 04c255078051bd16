// Where the shipped parser model and its training data live, relative to this package (never absolute paths).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root (packages/builder/src/nlp -> ../../../..). */
export const repoRoot = resolve(here, "../../../..");
/** The shipped model, named after its feature version. */
export const parserModelFileName = `parser-model-v${PARSER_FEATURE_VERSION}.bin.gz`;
export const defaultParserModelPath = resolve(here, "../../models", parserModelFileName);
export const defaultUdDir = resolve(repoRoot, "../shared/data/ud");
