// The NLP layer's public surface: the document model, CoNLL-U I/O and the trained tagger/lemmatizer/parser.
export { Doc, Span, Token, UPOS_TAGS } from "./doc.js";
export type { DocInit, EntitySpanInit, Upos } from "./doc.js";
export { readConllu, writeConlluSentence } from "./conllu.js";
export type { ConlluError, ConlluReadResult, ConlluSentence } from "./conllu.js";
export { docFromConllu } from "./docFromConllu.js";
export { DependencyParser };
export type { SentenceAnalysis } from "./dependencyParser.js";
export { ParserModelError, loadDependencyParser } from "./loadDependencyParser.js";
export { loadSharedParserModel } from "./sharedParserModel.js";
export type { SharedParserModel } from "./sharedParserModel.js";
import { DependencyParser } from "./dependencyParser.js";
import { loadDependencyParser } from "./loadDependencyParser.js";
import { parserModelOf, type SharedParserModel } from "./sharedParserModel.js";
import type { Doc } from "./doc.js";

/** A pipeline component: reads and writes the Doc in place. */
export interface NlpPipeline {
  readonly modelName: string;
  annotate(doc: Doc): void;
}

/** The shipped tagger, lemmatizer and parser as one pipeline component (loaded once per thread). */
export async function loadNlpPipeline(modelPath?: string): Promise<NlpPipeline> {
  return loadDependencyParser(modelPath);
}

/** The same pipeline over a model another thread decoded into shared memory (`loadSharedParserModel`). */
export function nlpPipelineFromShared(shared: SharedParserModel): NlpPipeline {
  return new DependencyParser(parserModelOf(shared));
}
