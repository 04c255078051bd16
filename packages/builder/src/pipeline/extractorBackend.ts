// The extractor and NER tagger are loaded by module URL so that worker threads can load the same code, and so
// that tests can substitute small doubles for them.
import { existsSync } from "node:fs";
import type { DependencyParser } from "../extract/parsedRelations.js";
import type { ArticleInput, CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import { loadNerModelSnapshot, type NerModelSnapshot } from "../ner/index.js";
import type { NerTagger } from "../ner/types.js";
import { defaultParserModelPath } from "../nlp/parserPaths.js";
import { loadSharedParserModel, type SharedParserModel } from "../nlp/sharedParserModel.js";
import { isSourceModule, siblingModule } from "./startWorker.js";

export interface ExtractorModule {
  EXTRACTOR_VERSION: string;
  extractDocument(article: ArticleInput, tagger: NerTagger, parser?: DependencyParser): DocumentExtraction;
  resolveAcrossDocuments(
    extractions: DocumentExtraction[],
    only?: (docKey: string, localId: string) => boolean,
  ): CrossDocumentResolution;
  /** Lets a build resolve only what changed (resolveIncrementally.ts); an extractor without it is resolved whole. */
  resolutionTokens?(extraction: DocumentExtraction): Map<string, string[]>;
}

export interface NerModule {
  loadNerTagger(modelPath?: string): NerTagger | Promise<NerTagger>;
  /** A tagger over a model another thread loaded (what `BackendSpec.sharedNer` carries). */
  nerTaggerFromSnapshot?(snapshot: NerModelSnapshot): NerTagger;
  /** Where loadNerTagger() reads its model without a path, when the module says. */
  defaultNerModelPath?: string;
}

export const DEFAULT_EXTRACTOR_MODULE = siblingModule(import.meta.url, "../extract/index").href;
export const DEFAULT_NER_MODULE = siblingModule(import.meta.url, "../ner/index").href;
export const DEFAULT_PARSER_MODULE = siblingModule(import.meta.url, "../nlp/index").href;

/** A module that loads the tagger/lemmatizer/parser pipeline (src/nlp). */
export interface ParserModule {
  loadNlpPipeline(modelPath?: string): Promise<DependencyParser> | DependencyParser;
  /** The pipeline over a model in shared memory (what `BackendSpec.sharedParser` carries). */
  nlpPipelineFromShared?(shared: SharedParserModel): DependencyParser;
  defaultParserModelPath?: string;
}

export interface BackendSpec {
  extractorModule: string;
  nerModule: string;
  nerModelPath?: string;
  /** Parser module URL; "" runs without a parser (relations from mentions only). */
  parserModule?: string;
  /** The default parser model decoded once into shared memory by the thread starting the workers. */
  sharedParser?: SharedParserModel;
  /** The default NER module's model, loaded once by that thread (its weight table in shared memory). */
  sharedNer?: NerModelSnapshot;
}

/**
 * The spec with the default parser and NER models in shared memory, for a pool of `workers` threads: one copy of
 * the weights in the cache the cores share instead of one per worker, decoded once (same output; see
 * sharedParserModel.ts). Other modules load their own models in each worker, as before.
 */
export function withSharedModels(spec: BackendSpec, workers: number): BackendSpec {
  if (workers < 2) return spec;
  const out = { ...spec };
  const parserModule = spec.parserModule ?? DEFAULT_PARSER_MODULE;
  if (!out.sharedParser && parserModule === DEFAULT_PARSER_MODULE && existsSync(defaultParserModelPath))
    out.sharedParser = loadSharedParserModel(defaultParserModelPath);
  if (!out.sharedNer && spec.nerModule === DEFAULT_NER_MODULE) {
    // A model that cannot be loaded here is left to the workers, which report it as before.
    try {
      out.sharedNer = loadNerModelSnapshot(spec.nerModelPath);
    } catch {
      // (each worker loads the model itself and fails with its own message)
    }
  }
  return out;
}

export interface ExtractorBackend {
  extractor: ExtractorModule;
  /** The model file the tagger reads, when known (part of the cache fingerprint). */
  modelPath?: string;
  /** The tagger, loaded on first call: a build that finds everything in the cache never needs the model. */
  tagger(): Promise<NerTagger>;
  /** The dependency parser, loaded on first call like the tagger; undefined when no model is installed. */
  parser(): Promise<DependencyParser | undefined>;
  /** The parser's model file (part of the cache fingerprint). */
  parserModelPath?: string;
}

let tsxRegistered = false;

/** Modules given as TypeScript (test doubles) load through tsx when the builder itself runs as built JavaScript. */
async function allowTypeScript(moduleUrls: string[]): Promise<void> {
  if (tsxRegistered || isSourceModule(import.meta.url) || !moduleUrls.some((url) => /\.[cm]?ts$/.test(url))) return;
  const { register } = await import("tsx/esm/api");
  register();
  tsxRegistered = true;
}

function warnNoParser(modelPath: string | undefined): undefined {
  if (modelPath !== undefined)
    process.stderr.write(
      `warning: no parser model at ${modelPath}: relations come from mentions only (run pnpm kg train-parser)\n`,
    );
  return undefined;
}

export async function loadExtractorBackend(spec: BackendSpec): Promise<ExtractorBackend> {
  const parserModule = spec.parserModule ?? DEFAULT_PARSER_MODULE;
  await allowTypeScript([spec.extractorModule, spec.nerModule, ...(parserModule ? [parserModule] : [])]);
  const extractor = (await import(spec.extractorModule)) as ExtractorModule;
  if (typeof extractor.extractDocument !== "function" || typeof extractor.resolveAcrossDocuments !== "function")
    throw new Error(`${spec.extractorModule} does not export extractDocument and resolveAcrossDocuments`);
  const ner = (await import(spec.nerModule)) as NerModule;
  if (typeof ner.loadNerTagger !== "function") throw new Error(`${spec.nerModule} does not export loadNerTagger`);
  let tagger: Promise<NerTagger> | null = null;
  let parser: Promise<DependencyParser | undefined> | null = null;
  const nlp = parserModule ? ((await import(parserModule)) as Partial<ParserModule>) : undefined;
  const parserModelPath =
    nlp?.defaultParserModelPath ?? (parserModule === DEFAULT_PARSER_MODULE ? defaultParserModelPath : undefined);
  const backend: ExtractorBackend = {
    extractor,
    tagger: () =>
      (tagger ??= Promise.resolve(
        spec.sharedNer && ner.nerTaggerFromSnapshot
          ? ner.nerTaggerFromSnapshot(spec.sharedNer)
          : ner.loadNerTagger(spec.nerModelPath),
      )),
    parser: () =>
      (parser ??= Promise.resolve(
        // Without a trained model (pnpm kg train-parser) the build still runs, with relations from mentions only;
        // it says so, since the graph it makes is much poorer than a user would expect.
        spec.sharedParser && nlp?.nlpPipelineFromShared
          ? nlp.nlpPipelineFromShared(spec.sharedParser)
          : nlp?.loadNlpPipeline && (!parserModelPath || existsSync(parserModelPath))
            ? nlp.loadNlpPipeline()
            : warnNoParser(parserModelPath),
      )),
  };
  if (parserModelPath !== undefined) backend.parserModelPath = parserModelPath;
  const modelPath = spec.nerModelPath ?? ner.defaultNerModelPath;
  if (modelPath !== undefined) backend.modelPath = modelPath;
  return backend;
}
