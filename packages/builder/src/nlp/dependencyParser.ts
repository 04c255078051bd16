// The trained NLP pipeline: UPOS tagger, lemmatizer and dependency parser over one model file, annotating a Doc
// sentence by sentence in place (the pipeline component the builder runs before mention and relation finding).
import { readFileSync } from "node:fs";
import { appositiveName } from "./appositiveName.js";
import { ArcHybridParser } from "./arcHybridParser.js";
import { passiveAgent } from "./passiveAgent.js";
import { type Doc, type Upos, UPOS_TAGS } from "./doc.js";
import { Lemmatizer } from "./lemmatizer.js";
import { deserializeParserModel, type ParserModelData } from "./parserModelFile.js";
import { PosTagger } from "./posTagger.js";
import { promoteMainVerb } from "./promoteMainVerb.js";
import { promoteRootRelative } from "./promoteRootRelative.js";
import { type ClusterTable, clusterTableOf } from "./wordClusters.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";
import { wordAtomsOf } from "./wordFeatures.js";
import { XposTagger } from "./xposTagger.js";

export { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

export interface SentenceAnalysis {
  upos: Upos[];
  lemma: string[];
  /** 0-based word index of the head, -1 for the root. */
  head: Int32Array;
  deprel: string[];
  transitions: number;
  /** Penn Treebank tags, when the model has an XPOS tagger. */
  xpos?: string[];
}

/** Inference switches; each repair is on by default and off only to measure what it buys. */
export interface DependencyParserOptions {
  /** Overrides the beam width the model was trained for (e.g. to measure greedy decoding of it). */
  beam?: number;
  promoteRootRelative?: boolean;
  /** The tagger's predicate step for full-stop sentences left without a finite verb. */
  predicateRepair?: boolean;
  /** The tagger's progressive step: an "-ing" word after auxiliary "be" is a verb. */
  progressiveRepair?: boolean;
  /** The tagger's noun-phrase head step: an adjective closing a determined phrase is its noun. */
  nominalRepair?: boolean;
  /** A comma-enclosed name after a verb's object attached to that object (`appositiveName`). */
  appositiveName?: boolean;
  /** `obl:agent` set from the "by" marker and the passive (`passiveAgent`). */
  passiveAgent?: boolean;
  /** The main verb taken back from a modifier clause inside the subject (`promoteMainVerb`). */
  promoteMainVerb?: boolean;
}

export class DependencyParser {
  readonly modelName: string;
  private readonly tagger: PosTagger;
  private readonly lemmatizer: Lemmatizer;
  private readonly parser: ArcHybridParser;
  private readonly clusters: ClusterTable | undefined;
  private readonly xpos: XposTagger | undefined;
  /** Beam width used when parsing (1: greedy). */
  readonly beam: number;

  /** Whether `promoteRootRelative` repairs noun-rooted parses (default; off only to measure what it buys). */
  private readonly promoteRoot: boolean;
  /** Whether `appositiveName` repairs names read as the verb's dependents (default; off only to measure). */
  private readonly appositive: boolean;
  /** Whether `passiveAgent` sets the agent label from the structure (default; off only to measure). */
  private readonly agent: boolean;
  /** Whether `promoteMainVerb` repairs subject-internal clauses rooted over the main verb (default). */
  private readonly mainVerb: boolean;

  /** `options.beam` overrides the width the model was trained for (e.g. to measure greedy decoding of it). */
  constructor(
    readonly model: ParserModelData,
    options: DependencyParserOptions = {},
  ) {
    this.promoteRoot = options.promoteRootRelative ?? true;
    this.appositive = options.appositiveName ?? true;
    this.agent = options.passiveAgent ?? true;
    this.mainVerb = options.promoteMainVerb ?? true;
    this.beam = Math.max(1, Math.floor(options.beam ?? model.header.beam ?? 1));
    this.modelName = model.header.modelName;
    this.tagger = new PosTagger(
      model.tagger,
      new Map(model.header.tagDictionary),
      model.tagger2,
      options.predicateRepair ?? true,
      options.progressiveRepair ?? true,
      options.nominalRepair ?? true,
    );
    this.lemmatizer = new Lemmatizer(model.header.lemmatizer);
    this.xpos =
      model.header.xpos && model.xpos
        ? new XposTagger(model.xpos, model.header.xpos, new Map(model.header.tagDictionary), UPOS_TAGS.length)
        : undefined;
    this.clusters = model.header.clusters ? clusterTableOf(model.header.clusters) : undefined;
    // Three moves fit one dense int16 row: a single memory read per feature on the hottest path.
    this.parser = new ArcHybridParser(model.moves.toDense4(), model.labels, model.header.labels);
  }

  static load(path: string, options: DependencyParserOptions = {}): DependencyParser {
    return new DependencyParser(deserializeParserModel(readFileSync(path), PARSER_FEATURE_VERSION), options);
  }

  /** Tags, lemmatizes and parses one sentence of words. */
  analyze(words: readonly string[]): SentenceAnalysis {
    const n = words.length;
    if (n === 0) return { upos: [], lemma: [], head: new Int32Array(0), deprel: [], transitions: 0 };
    const atoms = wordAtomsOf(words, this.clusters);
    const amb = this.tagger.ambiguityOf(words);
    const tags = this.tagger.tag(words, atoms, amb);
    const upos = Array.from(tags, (t) => UPOS_TAGS[t] ?? "X");
    const lemma = upos.map((tag, i) => this.lemmatizer.lemmatize(words[i] ?? "", tag));
    let xtags: Uint8Array | undefined;
    let xpos: string[] | undefined;
    if (this.xpos) {
      xtags = this.xpos.tag(atoms, amb, tags);
      const names = this.xpos.tagSet.xpos;
      xpos = Array.from(xtags, (t) => names[t] ?? "_");
    }
    const { head, label, transitions } = this.parser.parse(atoms, tags, this.beam, xtags);
    const names = this.parser.labels;
    const deprel = Array.from(label, (l, i) => ((head[i] ?? -1) < 0 ? "root" : (names[l] ?? "dep")));
    const analysis: SentenceAnalysis = { upos, lemma, head, deprel, transitions, ...(xpos ? { xpos } : {}) };
    if (this.promoteRoot) promoteRootRelative(words, analysis);
    if (this.mainVerb) promoteMainVerb(words, analysis);
    if (this.appositive) appositiveName(words, analysis);
    if (this.agent) passiveAgent(words, analysis);
    return analysis;
  }

  /** Pipeline component: fills upos, lemma, head and deprel of every sentence of the Doc. */
  annotate(doc: Doc): void {
    for (let s = 0; s < doc.sentenceCount; s++) {
      const a = doc.sentStart[s] ?? 0;
      const b = doc.sentEnd[s] ?? 0;
      const r = this.analyze(doc.words.slice(a, b));
      for (let i = 0; i < b - a; i++) {
        doc.upos[a + i] = r.upos[i] ?? "X";
        doc.lemma[a + i] = r.lemma[i] ?? "";
        const h = r.head[i] ?? -1;
        doc.head[a + i] = h < 0 ? -1 : a + h;
        doc.deprel[a + i] = r.deprel[i] ?? "dep";
      }
    }
    doc.invalidate();
  }
}
