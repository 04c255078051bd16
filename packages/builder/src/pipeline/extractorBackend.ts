// The extractor and NER tagger are loaded by module URL so that worker threads can load the same code, and so
// that tests can substitute small doubles for them.
import type { ArticleInput, CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import type { NerTagger } from "../ner/types.js";

export interface ExtractorModule {
  EXTRACTOR_VERSION: string;
  extractDocument(article: ArticleInput, tagger: NerTagger): DocumentExtraction;
  resolveAcrossDocuments(extractions: DocumentExtraction[]): CrossDocumentResolution;
}

export interface NerModule {
  loadNerTagger(modelPath?: string): NerTagger | Promise<NerTagger>;
  /** Where loadNerTagger() reads its model without a path, when the module says. */
  defaultNerModelPath?: string;
}

export const DEFAULT_EXTRACTOR_MODULE = new URL("../extract/index.ts", import.meta.url).href;
export const DEFAULT_NER_MODULE = new URL("../ner/index.ts", import.meta.url).href;

export interface BackendSpec {
  extractorModule: string;
  nerModule: string;
  nerModelPath?: string;
}

export interface ExtractorBackend {
  extractor: ExtractorModule;
  /** The model file the tagger reads, when known (part of the cache fingerprint). */
  modelPath?: string;
  /** The tagger, loaded on first call: a build that finds everything in the cache never needs the model. */
  tagger(): Promise<NerTagger>;
}

export async function loadExtractorBackend(spec: BackendSpec): Promise<ExtractorBackend> {
  const extractor = (await import(spec.extractorModule)) as ExtractorModule;
  if (typeof extractor.extractDocument !== "function" || typeof extractor.resolveAcrossDocuments !== "function")
    throw new Error(`${spec.extractorModule} does not export extractDocument and resolveAcrossDocuments`);
  const ner = (await import(spec.nerModule)) as NerModule;
  if (typeof ner.loadNerTagger !== "function") throw new Error(`${spec.nerModule} does not export loadNerTagger`);
  let tagger: Promise<NerTagger> | null = null;
  const backend: ExtractorBackend = {
    extractor,
    tagger: () => (tagger ??= Promise.resolve(ner.loadNerTagger(spec.nerModelPath))),
  };
  const modelPath = spec.nerModelPath ?? ner.defaultNerModelPath;
  if (modelPath !== undefined) backend.modelPath = modelPath;
  return backend;
}
