// Contract of the named-entity tagger used by the extractor and by `kg ner`.

/** IOB2 tag: "O", or "B-"/"I-" followed by PER, ORG, LOC or MISC. */
export type IobTag = string;

export interface NerTagger {
  /** Model identifier recorded in the graph, e.g. "newskg-ner-perceptron-v1". */
  readonly modelName: string;
  /**
   * Tags one document given as sentences of tokens (CoNLL-style tokenisation: punctuation and possessive "'s"
   * split off). The whole document is seen at once so that names are tagged consistently across it.
   */
  tagDocument(sentences: readonly (readonly string[])[]): IobTag[][];
}
