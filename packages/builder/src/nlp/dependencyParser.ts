// The trained NLP pipeline: UPOS tagger, lemmatizer and dependency parser over one model file, annotating a Doc
// sentence by sentence in place (the pipeline component the builder runs before mention and relation finding).
import { readFileSync } from "node:fs";
import { appositiveName } from "./appositiveName.js";
import { commaNounAppositive } from "./commaNounAppositive.js";
import { nameLedPredicate } from "./nameLedPredicate.js";
import { copularAppositive } from "./copularAppositive.js";
import { punctuationHeads } from "./punctuationHeads.js";
import { nameSubjectAppositive } from "./nameSubjectAppositive.js";
import { headlineForms, isHeadlineCased } from "./headlineForms.js";
import { ArcHybridParser } from "./arcHybridParser.js";
import { DenseLinearModel4 } from "./sparseLinearModel.js";
import { passiveVoice } from "./passiveVoice.js";
import { parseAroundParentheticals, topLevelParentheticals } from "./parentheticals.js";
import { type Doc, type Upos, UPOS_TAGS } from "./doc.js";
import { Lemmatizer, regularVerbStems } from "./lemmatizer.js";
import { loadMlpParser } from "./loadMlpParser.js";
import type { MlpParser } from "./mlpParser.js";
import { deserializeParserModel, type ParserModelData } from "./parserModelFile.js";
import { PosTagger } from "./posTagger.js";
import { frontedParticiple } from "./frontedParticiple.js";
import { promoteMainVerb } from "./promoteMainVerb.js";
import { promoteRootRelative } from "./promoteRootRelative.js";
import { type ClusterTable, clusterTableOf } from "./wordClusters.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";
import { type WordAtoms, wordAtomsOf } from "./wordFeatures.js";
import { WordMemo } from "./wordMemo.js";
import { XposTagger } from "./xposTagger.js";

export { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

const VERB_ID = UPOS_TAGS.indexOf("VERB");
const AUX_ID = UPOS_TAGS.indexOf("AUX");
const PROPN_ID = UPOS_TAGS.indexOf("PROPN");
/** Candidate verbs a noun-rooted sentence is parsed again with, at most. */
const MAX_VERB_TRIES = 3;
const OWN_PREDICATE = new Set(["nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "csubj", "expl"]);

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
  /** `promoteRootRelative`'s wider reach ("of" phrases, obliques, appositives); off by default. */
  promoteRootRelativeWide?: boolean;
  /** The tagger's predicate step for full-stop sentences left without a finite verb. */
  predicateRepair?: boolean;
  /** The tagger's progressive step: an "-ing" word after auxiliary "be" is a verb. */
  progressiveRepair?: boolean;
  /** The tagger's noun-phrase head step: an adjective closing a determined phrase is its noun. */
  nominalRepair?: boolean;
  /** The tagger's hyphen step: "<Name>-<participle>" before a noun is an adjective. */
  hyphenRepair?: boolean;
  /** The tagger's step that reads a bare verb form between two names as a noun ("<Network> affiliate <Station>"). */
  betweenNamesRepair?: boolean;
  /** The tagger's step that reads an "-ed" word coordinated after a past verb, before its object, as a verb. */
  coordinatedPastRepair?: boolean;
  /** The tagger's step that reads a verb-able adjective after "to", before its object, as the infinitive. */
  infinitiveRepair?: boolean;
  /** A comma-enclosed name after a verb's object attached to that object (`appositiveName`). */
  appositiveName?: boolean;
  /** Voice labels set from the "by" marker and the passive auxiliary (`passiveVoice`; on by default). */
  passiveVoice?: boolean;
  /** The main verb taken back from a modifier clause inside the subject (`promoteMainVerb`). */
  promoteMainVerb?: boolean;
  /** The main verb taken back from an opening participle clause ("Born in Y, X moved ...": `frontedParticiple`). */
  frontedParticiple?: boolean;
  /** A headline-cased sentence left without a verb is read again from case-normalised forms (`headlineForms`). */
  headlineForms?: boolean;
  /** A predicate nominal with a copula read as an appositive of the root becomes the root (`copularAppositive`). */
  copularAppositive?: boolean;
  /** A word the parser hung on a punctuation mark takes the mark's head (`punctuationHeads`). */
  punctuationHeads?: boolean;
  /** A sentence rooted on its opening name with the predicate hung on it (`nameSubjectAppositive`). */
  nameSubjectAppositive?: boolean;
  /** A full-stop sentence left rooted on a bare noun is parsed again with its likeliest verb (`verblessRoot`; on). */
  verblessRoot?: boolean;
  /**
   * A feed-forward parser model file (`parser-mlp-v*.bin.gz`) that chooses the moves and relations instead of the
   * perceptron (same tagger, lemmatizer and repairs). Off by default; `NKG_PARSER_MLP` names one for a whole build.
   */
  mlpModel?: string;
  /** Parentheses inside a sentence are parsed apart from it and hung on the word before them (`parentheticals`). */
  parentheticals?: boolean;
}

export class DependencyParser {
  readonly modelName: string;
  private readonly tagger: PosTagger;
  private readonly lemmatizer: Lemmatizer;
  private readonly parser: ArcHybridParser;
  private readonly mlp: MlpParser | undefined;
  private readonly clusters: ClusterTable | undefined;
  private readonly xpos: XposTagger | undefined;
  /** Feature atoms of the words seen lately (for this model's cluster table). */
  private readonly atomMemo = new WordMemo<Int32Array>();
  /** Beam width used when parsing (1: greedy). */
  readonly beam: number;

  /** Whether `promoteRootRelative` repairs noun-rooted parses (default; off only to measure what it buys). */
  private readonly promoteRoot: boolean;
  /** Whether `appositiveName` repairs names read as the verb's dependents (default; off only to measure). */
  /** Whether `frontedParticiple` repairs opening participle clauses rooted over the main verb (default). */
  private readonly fronted: boolean;
  private readonly appositive: boolean;
  /** Whether `passiveVoice` sets the voice labels from the structure (default; `NKG_PASSIVE_VOICE=0` turns it off). */
  private readonly agent: boolean;
  /** Whether `promoteMainVerb` repairs subject-internal clauses rooted over the main verb (default). */
  private readonly mainVerb: boolean;
  /** Whether `promoteRootRelative` runs with its wider reach (off unless asked for). */
  private readonly wideRelative: boolean;
  /** Whether headline-cased sentences without a verb are read again from case-normalised forms (default). */
  private readonly headline: boolean;
  /** Whether `copularAppositive` repairs predicate nominals read as appositives (default). */
  private readonly copular: boolean;
  /** Whether `punctuationHeads` re-heads dependents of punctuation (default). */
  private readonly punctuation: boolean;
  /** Whether `nameSubjectAppositive` repairs predicates hung on an opening name (default). */
  private readonly nameSubject: boolean;
  /** Whether noun-rooted full-stop sentences get a second parse with a verb (off unless asked for). */
  private readonly verbless: boolean;
  /** Whether parentheses inside a sentence are parsed apart from it (default). */
  private readonly asides: boolean;

  /** `options.beam` overrides the width the model was trained for (e.g. to measure greedy decoding of it). */
  constructor(
    readonly model: ParserModelData,
    options: DependencyParserOptions = {},
  ) {
    this.promoteRoot = options.promoteRootRelative ?? true;
    this.appositive = options.appositiveName ?? true;
    // On since the relation layer reads an unmarked "by" agent itself: the development references come out the
    // same with it and without it (extract-0.39.23), and EWT dev LAS with subtypes rises 80.06 -> 80.15.
    this.agent = options.passiveVoice ?? process.env.NKG_PASSIVE_VOICE !== "0";
    // On since the merged extractor was measured with the pair classifier retrained on its parses: `cnn` R 0.429 ->
    // 0.433 (P 0.738 -> 0.735), `cnn2` R 0.361 -> 0.370 (P 0.721 -> 0.725).
    this.mainVerb = options.promoteMainVerb ?? true;
    this.fronted = options.frontedParticiple ?? true;
    this.wideRelative = options.promoteRootRelativeWide ?? false;
    this.headline = options.headlineForms ?? true;
    this.copular = options.copularAppositive ?? true;
    this.punctuation = options.punctuationHeads ?? true;
    this.nameSubject = options.nameSubjectAppositive ?? true;
    // On since extract-0.39.53: "The killing of X by Y shocked Z" (the verb tagged ADJ) is read; EWT dev UAS 84.09 ->
    // 84.11, LAS 80.47 -> 80.49; `cnn`, `cnn2` and Re-DocRED dev came out the same.
    this.verbless = options.verblessRoot ?? true;
    this.asides = options.parentheticals ?? true;
    this.beam = Math.max(1, Math.floor(options.beam ?? model.header.beam ?? 1));
    this.modelName = model.header.modelName;
    this.tagger = new PosTagger(model.tagger, new Map(model.header.tagDictionary), model.tagger2, {
      predicate: options.predicateRepair,
      progressive: options.progressiveRepair,
      nominal: options.nominalRepair,
      hyphen: options.hyphenRepair,
      between: options.betweenNamesRepair,
      coordinated: options.coordinatedPastRepair,
      infinitive: options.infinitiveRepair,
    });
    this.lemmatizer = new Lemmatizer(model.header.lemmatizer);
    this.xpos =
      model.header.xpos && model.xpos
        ? new XposTagger(model.xpos, model.header.xpos, new Map(model.header.tagDictionary), UPOS_TAGS.length)
        : undefined;
    this.clusters = model.header.clusters ? clusterTableOf(model.header.clusters) : undefined;
    // Three moves fit one dense int16 row: a single memory read per feature on the hottest path.
    const moves = model.denseMoves ? new DenseLinearModel4(model.denseMoves) : model.moves.toDense4();
    this.parser = new ArcHybridParser(moves, model.labels, model.header.labels);
    const mlpPath = options.mlpModel ?? process.env.NKG_PARSER_MLP;
    this.mlp = mlpPath ? loadMlpParser(mlpPath) : undefined;
  }

  static load(path: string, options: DependencyParserOptions = {}): DependencyParser {
    return new DependencyParser(deserializeParserModel(readFileSync(path), PARSER_FEATURE_VERSION), options);
  }

  /** Tags, lemmatizes and parses one sentence of words. */
  analyze(words: readonly string[]): SentenceAnalysis {
    const asides = this.asides ? topLevelParentheticals(words) : [];
    if (asides.length > 0) return parseAroundParentheticals(words, asides, (w) => this.analyze(w));
    return this.analyzeWhole(words);
  }

  /** `analyze` of a sentence read as one piece. */
  private analyzeWhole(words: readonly string[]): SentenceAnalysis {
    const n = words.length;
    if (n === 0) return { upos: [], lemma: [], head: new Int32Array(0), deprel: [], transitions: 0 };
    let forms = words;
    let atoms = wordAtomsOf(words, this.clusters, this.atomMemo);
    let amb = this.tagger.ambiguityOf(words);
    let tags = this.tagger.tag(words, atoms, amb);
    if (this.headline && finiteVerbs(words, tags).length === 0 && isHeadlineCased(words)) {
      const normal = headlineForms(words, (w) => (this.tagger.ambiguityOfWord(w) & (1 << PROPN_ID)) !== 0);
      const normalAtoms = wordAtomsOf(normal, this.clusters, this.atomMemo);
      const normalAmb = this.tagger.ambiguityOf(normal);
      const normalTags = this.tagger.tag(normal, normalAtoms, normalAmb);
      // Only a verb the training data knows makes the reading: an unknown name lowercased is no verb.
      const verb = finiteVerbs(normal, normalTags).some((i) =>
        this.lemmatizer.isVerbLemma(this.lemmatizer.lemmatize(normal[i] ?? "", "VERB")),
      );
      if (verb) {
        forms = normal;
        atoms = normalAtoms;
        amb = normalAmb;
        tags = normalTags;
      }
    }
    const analysis = this.parseTagged(words, forms, atoms, amb, tags);
    if (this.verbless && this.tagger.singlePass) {
      const retry = this.verblessRoot(words, forms, atoms, amb, tags, analysis);
      if (retry) return retry;
    }
    return analysis;
  }

  /** Lemmatizes and parses tagged words (`forms`: what the features read), then applies the repairs. */
  private parseTagged(
    words: readonly string[],
    forms: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
  ): SentenceAnalysis {
    const upos = Array.from(tags, (t) => UPOS_TAGS[t] ?? "X");
    // Lemmas of the forms read (a lowercased headline word), proper nouns keep the original spelling.
    const lemma = upos.map((tag, i) => this.lemmatizer.lemmatize((tag === "PROPN" ? words : forms)[i] ?? "", tag));
    let xtags: Uint8Array | undefined;
    let xpos: string[] | undefined;
    if (this.xpos) {
      xtags = this.xpos.tag(atoms, amb, tags);
      const names = this.xpos.tagSet.xpos;
      xpos = Array.from(xtags, (t) => names[t] ?? "_");
    }
    const { head, label, transitions } = this.mlp
      ? this.mlp.parse(this.mlp.sentenceOf(forms, tags, atoms.cluster))
      : this.parser.parse(atoms, tags, this.beam, xtags);
    const names = this.mlp ? this.mlp.labels : this.parser.labels;
    const deprel = Array.from(label, (l, i) => ((head[i] ?? -1) < 0 ? "root" : (names[l] ?? "dep")));
    const analysis: SentenceAnalysis = { upos, lemma, head, deprel, transitions, ...(xpos ? { xpos } : {}) };
    if (this.punctuation) punctuationHeads(forms, analysis);
    if (this.promoteRoot) promoteRootRelative(forms, analysis, this.wideRelative);
    if (this.mainVerb) promoteMainVerb(forms, analysis);
    if (this.mainVerb) nameLedPredicate(forms, analysis);
    if (this.fronted) frontedParticiple(forms, analysis);
    if (this.copular) copularAppositive(forms, analysis);
    if (this.nameSubject) nameSubjectAppositive(forms, analysis);
    if (this.appositive) appositiveName(forms, analysis);
    if (this.appositive) commaNounAppositive(forms, analysis);
    if (this.agent) passiveVoice(forms, analysis);
    return analysis;
  }

  /**
   * A full-stop sentence rooted on a noun with no subject, copula or auxiliary has lost its predicate, most often
   * to a verb form EWT knows only as an adjective or a noun ("advanced" ADJ 6 of 7 in train, "-s" verbs read as
   * plural nouns after a noun phrase). Each "-ed" adjective or "-s" noun after the root (the first three) with a
   * verb reading (a verb lemma the lemmatizer knows, or a regular stem of an "-ed" form) is tried as VERB (the words
   * after it tagged again) and the sentence parsed again; a new parse is kept only when that verb is its root.
   */
  private verblessRoot(
    words: readonly string[],
    forms: readonly string[],
    atoms: WordAtoms,
    amb: Int32Array,
    tags: Uint8Array,
    a: SentenceAnalysis,
  ): SentenceAnalysis | undefined {
    const n = forms.length;
    if (n < 5 || forms[n - 1] !== ".") return undefined;
    const root = a.head.indexOf(-1);
    if (root < 0 || (a.upos[root] !== "NOUN" && a.upos[root] !== "PROPN")) return undefined;
    for (let i = 0; i < n; i++) if (a.head[i] === root && OWN_PREDICATE.has(a.deprel[i] ?? "")) return undefined;
    let tries = 0;
    for (let i = root + 1; i < n - 1; i++) {
      const w = (forms[i] ?? "").toLowerCase();
      const participle = a.upos[i] === "ADJ" && /[a-z]ed$/.test(w);
      const plural = a.upos[i] === "NOUN" && /[a-z]s$/.test(w);
      if (!participle && !plural) continue;
      const lemma = this.lemmatizer.lemmatize(w, "VERB");
      if (!this.lemmatizer.isVerbLemma(lemma) && !(participle && regularVerbStems(w).includes(lemma))) continue;
      const retagged = this.tagger.retagAsVerb(atoms, amb, tags.slice(), i);
      const again = this.parseTagged(words, forms, atoms, amb, retagged);
      if (again.head[i] === -1) return again;
      if (++tries === MAX_VERB_TRIES) return undefined;
    }
    return undefined;
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

/** Verbs and auxiliaries that are neither "-ing" forms nor infinitives after "to". */
function finiteVerbs(words: readonly string[], tags: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== VERB_ID && tags[i] !== AUX_ID) continue;
    if (/ing$/i.test(words[i] ?? "") || (words[i - 1] ?? "").toLowerCase() === "to") continue;
    out.push(i);
  }
  return out;
}
