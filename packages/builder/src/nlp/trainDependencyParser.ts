// Trains the tagger, lemmatizer and parser from UD CoNLL-U training data. Deterministic: a fixed seed orders the
// sentences each epoch and picks when the parser explores its own moves, so the same data gives the same bytes.
import { seededRandom } from "../graph/seededRandom.js";
import { ArcHybridParser, LABEL_BITS, MOVE_BITS } from "./arcHybridParser.js";
import { AveragedPerceptron } from "./averagedPerceptron.js";
import type { ConlluSentence } from "./conllu.js";
import { UPOS_TAGS } from "./doc.js";
import { trainLemmatizer } from "./lemmatizer.js";
import type { ParserModelData } from "./parserModelFile.js";
import type { SparseLinearModel } from "./sparseLinearModel.js";
import {
  NO_TAGGER_REPAIRS,
  PosTagger,
  buildTagDictionary,
  trainPosTagger,
  uposIdOf,
  type TaggerTrainingSentence,
} from "./posTagger.js";
import { clusterTableOf } from "./wordClusters.js";
import { buildXposTagSet, trainXposTagger, XposTagger, type XposTrainingSentence } from "./xposTagger.js";
import { wordAtomsOf, type WordAtoms } from "./wordFeatures.js";
import { PARSER_FEATURE_VERSION } from "./parserFeatureVersion.js";

export interface ParserTrainingOptions {
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed tags: the parser trains on tags predicted by a tagger that did not see the sentence. */
  folds: number;
  seed: number;
  modelName: string;
  /**
   * Beam width: 1 trains the greedy parser with the dynamic oracle; more trains globally with a beam of that width
   * (max-violation updates) and makes the model decode with the same beam.
   */
  beam: number;
  /** A second tagger pass that reads the first pass's tags of the right context. */
  twoPassTagger: boolean;
  /**
   * A Penn Treebank (XPOS) tagger after the UPOS tagger, jackknifed like it; the parser then reads the
   * XPOS tags in extra templates beside the UPOS ones.
   */
  xposTagger?: boolean;
  /** Word clusters (word, bit path) the tagger and parser read as features; the model carries them. */
  clusters?: readonly [string, string][];
  /** Train on the first N sentences only (prototyping); 0 for all. */
  limit?: number;
  log?: (message: string) => void;
  /** Called after each parser epoch with the model averaged so far (to measure dev scores while tuning). */
  afterEpoch?: (epoch: number, model: () => ParserModelData) => void;
}

export const DEFAULT_TRAINING: Omit<ParserTrainingOptions, "log"> = {
  taggerEpochs: 10,
  parserEpochs: 12,
  folds: 4,
  seed: 20261201,
  modelName: `newskg-ud-ewt-arc-hybrid-v${PARSER_FEATURE_VERSION}`,
  beam: 1,
  twoPassTagger: false,
  xposTagger: false,
};

export function shuffledOrder(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

interface Prepared {
  words: string[];
  atoms: WordAtoms;
  gold: Uint8Array;
  head: Int32Array;
  label: Uint8Array;
}

export function trainDependencyParser(train: ConlluSentence[], options: ParserTrainingOptions): ParserModelData {
  const log = options.log ?? (() => {});
  const usable = train.filter((s) => s.head !== undefined).slice(0, options.limit ? options.limit : undefined);
  const labelSet = new Set<string>();
  for (const s of usable) for (const d of s.deprel) labelSet.add(d);
  const labels = [...labelSet].sort();
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const clusterTable = options.clusters ? clusterTableOf(options.clusters) : undefined;
  const prepared: Prepared[] = usable.map((s) => ({
    words: s.words,
    atoms: wordAtomsOf(s.words, clusterTable),
    gold: Uint8Array.from(s.upos, uposIdOf),
    head: Int32Array.from(s.head ?? []),
    label: Uint8Array.from(s.deprel, (d) => labelId.get(d) ?? 0),
  }));
  const dictionary = buildTagDictionary(usable);
  const taggerData: TaggerTrainingSentence[] = prepared.map((p) => ({ words: p.words, atoms: p.atoms, gold: p.gold }));
  const random = seededRandom(options.seed);
  const orderFor = (items: number[]) => (): number[] => shuffledOrder(items.length, random).map((k) => items[k] ?? 0);

  // Jackknifed tags for parser training: each fold tagged by taggers that did not see it.
  const all = prepared.map((_, i) => i);
  const foldsOf = (fold: number): [number[], number[]] => [
    all.filter((i) => i % options.folds !== fold),
    all.filter((i) => i % options.folds === fold),
  ];
  const heldOut = (tagger: PosTagger, idx: number[], out: Uint8Array[], label: string): void => {
    let right = 0;
    let total = 0;
    for (const i of idx) {
      const p = prepared[i];
      if (!p) continue;
      const tags = tagger.tag(p.words, p.atoms);
      out[i] = tags;
      tags.forEach((t, k) => {
        if (t === p.gold[k]) right++;
        total++;
      });
    }
    log(`${label}: held-out UPOS ${(right / total).toFixed(4)}`);
  };
  // The parser trains on the tagger's own output, without the repair steps that run after tagging at parse time
  // (predicate, progressive, nominal head): the shipped weights were trained so, and a repair added later must not
  // change what `kg train-parser` reproduces.
  const rawTagger = (model: SparseLinearModel, second?: SparseLinearModel): PosTagger =>
    new PosTagger(model, dictionary, second, NO_TAGGER_REPAIRS);
  const firstPass: Uint8Array[] = new Array(prepared.length);
  const foldModels: SparseLinearModel[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const [trainIdx, testIdx] = foldsOf(fold);
    const model = trainPosTagger(taggerData, dictionary, options.taggerEpochs, orderFor(trainIdx));
    foldModels.push(model);
    heldOut(rawTagger(model), testIdx, firstPass, `tagger fold ${fold + 1}/${options.folds}`);
  }
  let predicted = firstPass;
  if (options.twoPassTagger) {
    // The second pass trains on jackknifed first-pass tags, so it learns how far to trust them.
    predicted = new Array(prepared.length);
    for (let fold = 0; fold < options.folds; fold++) {
      const [trainIdx, testIdx] = foldsOf(fold);
      const second = trainPosTagger(
        taggerData,
        dictionary,
        options.taggerEpochs,
        orderFor(trainIdx),
        undefined,
        firstPass,
      );
      const first = foldModels[fold];
      if (!first) throw new Error("tagger: missing fold model");
      heldOut(rawTagger(first, second), testIdx, predicted, `two-pass tagger fold ${fold + 1}/${options.folds}`);
    }
  }
  const tagger = trainPosTagger(taggerData, dictionary, options.taggerEpochs, orderFor(all), (e, acc) =>
    log(`tagger epoch ${e + 1}: train accuracy ${acc.toFixed(4)}`),
  );
  const tagger2 = options.twoPassTagger
    ? trainPosTagger(
        taggerData,
        dictionary,
        options.taggerEpochs,
        orderFor(all),
        (e, acc) => log(`second-pass tagger epoch ${e + 1}: train accuracy ${acc.toFixed(4)}`),
        firstPass,
      )
    : undefined;
  const lemmatizer = trainLemmatizer(usable);

  // The XPOS tagger trains on gold UPOS; the parser trains on the XPOS that a fold model which did not see the
  // sentence predicts from that fold's (jackknifed) UPOS.
  const tagSet = options.xposTagger
    ? buildXposTagSet(prepared.map((p, i) => ({ upos: p.gold, xpos: usable[i]?.xpos ?? [] })))
    : undefined;
  let xposModel: SparseLinearModel | undefined;
  const parserXtags: (Uint8Array | undefined)[] = new Array(prepared.length);
  if (tagSet) {
    const xposId = new Map(tagSet.xpos.map((x, i) => [x, i]));
    const xposData: XposTrainingSentence[] = prepared.map((p, i) => ({
      words: p.words,
      atoms: p.atoms,
      upos: p.gold,
      xpos: Uint8Array.from(usable[i]?.xpos ?? [], (x) => xposId.get(x) ?? 0),
    }));
    const train = (idx: number[]): SparseLinearModel =>
      trainXposTagger(xposData, tagSet, dictionary, UPOS_TAGS.length, options.taggerEpochs, orderFor(idx));
    for (let fold = 0; fold < options.folds; fold++) {
      const [trainIdx, testIdx] = foldsOf(fold);
      const x = new XposTagger(train(trainIdx), tagSet, dictionary, UPOS_TAGS.length);
      let right = 0;
      let total = 0;
      for (const i of testIdx) {
        const p = prepared[i];
        const upos = predicted[i];
        const gold = xposData[i];
        if (!p || !upos || !gold) continue;
        const amb = x.ambiguityOf(p.words);
        const xp = x.tag(p.atoms, amb, upos);
        xp.forEach((t, k) => {
          if (t === gold.xpos[k]) right++;
          total++;
        });
        parserXtags[i] = xp;
      }
      log(`XPOS tagger fold ${fold + 1}/${options.folds}: held-out XPOS ${(right / Math.max(1, total)).toFixed(4)}`);
    }
    xposModel = train(all);
  }

  const moves = new AveragedPerceptron(MOVE_BITS, 3);
  const labelModel = new AveragedPerceptron(LABEL_BITS, labels.length);
  const parser = new ArcHybridParser(moves, labelModel, labels);
  const modelOf = (): ParserModelData => ({
    header: {
      modelName: options.modelName,
      featureVersion: PARSER_FEATURE_VERSION,
      labels,
      // Greedy models keep the header they had before beams existed, so retraining one reproduces its file.
      ...(options.beam > 1 ? { beam: options.beam } : {}),
      tagDictionary: [...dictionary],
      ...(options.clusters ? { clusters: [...options.clusters] } : {}),
      ...(tagSet ? { xpos: tagSet } : {}),
      lemmatizer,
      training: {
        data: "UD English EWT train (en_ewt-ud-train.conllu)",
        sentences: usable.length,
        taggerEpochs: options.taggerEpochs,
        parserEpochs: options.parserEpochs,
        folds: options.folds,
        ...(options.beam > 1 ? { beam: options.beam, update: "max-violation" } : {}),
        ...(options.twoPassTagger ? { twoPassTagger: true } : {}),
        ...(tagSet ? { xposTagger: true } : {}),
        seed: options.seed,
        upos: UPOS_TAGS.length,
      },
    },
    tagger,
    ...(tagger2 ? { tagger2 } : {}),
    ...(xposModel ? { xpos: xposModel } : {}),
    moves: moves.toSparse(),
    labels: labelModel.toSparse(),
  });
  for (let epoch = 0; epoch < options.parserEpochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const i of shuffledOrder(prepared.length, random)) {
      const p = prepared[i];
      if (!p) continue;
      // Exploration of the model's own errors starts after a first pass on the static oracle.
      const explore = epoch > 0 && random() < 0.9;
      const tags = predicted[i] ?? p.gold;
      const [r, n] =
        options.beam > 1
          ? parser.trainSentenceBeam(p.atoms, tags, p.head, p.label, moves, labelModel, options.beam, parserXtags[i])
          : parser.trainSentence(p.atoms, tags, p.head, p.label, moves, labelModel, explore, parserXtags[i]);
      right += r;
      total += n;
    }
    log(`parser epoch ${epoch + 1}/${options.parserEpochs}: train UAS ${(right / total).toFixed(4)}`);
    options.afterEpoch?.(epoch + 1, () => modelOf());
  }
  return modelOf();
}
