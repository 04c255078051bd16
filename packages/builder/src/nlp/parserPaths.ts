// Where the shipped parser model and its training data live, relative to this package (never absolute paths).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root (packages/builder/src/nlp -> ../../../..). */
export const repoRoot = resolve(here, "../../../..");
export const defaultParserModelPath = resolve(here, "../../models/parser-model.bin.gz");
export const defaultUdDir = resolve(repoRoot, "../shared/data/ud");
