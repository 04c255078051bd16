import { existsSync } from "node:fs";
import { join } from "node:path";
import { codeFingerprint, moduleDirectory } from "./codeFingerprint.js";
import type { BackendSpec, ExtractorBackend } from "./extractorBackend.js";

/** Fingerprint of the extractor's sources (and the text utilities next to it), the tagger's, and the model file. */
export function backendFingerprint(spec: BackendSpec, backend: ExtractorBackend): string {
  const extractorDir = moduleDirectory(spec.extractorModule);
  const nerDir = moduleDirectory(spec.nerModule);
  const parserDir = spec.parserModule === "" ? undefined : extractorDir && join(extractorDir, "..", "nlp");
  const relationsDir = extractorDir && join(extractorDir, "..", "relations");
  // The builder's data files (title lexicon, CAMEO lexicon) change what is extracted as much as the code does.
  const dataDir = extractorDir && join(extractorDir, "..", "..", "data");
  const dirs = [
    extractorDir,
    extractorDir && join(extractorDir, "..", "text"),
    nerDir,
    parserDir,
    relationsDir,
    dataDir,
  ];
  const parserModel =
    backend.parserModelPath && existsSync(backend.parserModelPath) ? backend.parserModelPath : undefined;
  return codeFingerprint(
    [...new Set(dirs)].filter((dir): dir is string => dir !== undefined && existsSync(dir)),
    [backend.modelPath, parserModel],
  );
}
