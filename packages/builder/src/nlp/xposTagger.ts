// Penn Treebank tags (EWT's XPOS column) for the parser: UPOS VERB does not tell a past tense (VBD) from a past
// participle (VBN) or a gerund (VBG), which is what separates a predicate from a reduced relative clause. A
// left-to-right averaged perceptron over the UPOS tagger's features plus the predicted UPOS of the word and its
// right neighbours (the UPOS tagger's second-pass templates), choosing only among the XPOS tags the training data
// pairs with the word's UPOS, so UPOS and XPOS never disagree. The parser reads XPOS beside UPOS.
import { AveragedPerceptron } from "./averagedPerceptron.js";
import { PosTagger, type TagDictionary } from "./posTagger.js";
import type { SparseLinearModel } from "./sparseLinearModel.js";
import type { WordAtoms } from "./wordFeatures.js";

/**
 * The XPOS classifier's hash table: the UPOS tagger's feature buckets folded into 2^18 (its dense training tables
 * hold 49 classes per bucket; at the UPOS tagger's 2^20 buckets they took ~800 MB while training).
 */
export const XPOS_BITS = 18;
const XPOS_MASK = (1 << XPOS_BITS) - 1;

interface Scorer {
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** The tag inventory: XPOS names, the (UPOS id, XPOS id) pairs seen in training, and each UPOS's XPOS ids. */
export interface XposTagSet {
  xpos: string[];
  /** Seen pairs as [uposId, xposId], sorted: the XPOS tags a UPOS can take. */
  pairs: [number, number][];
}

export function buildXposTagSet(sentences: readonly { upos: Uint8Array; xpos: readonly string[] }[]): XposTagSet {
  const names = new Set<string>();
  for (const s of sentences) for (const x of s.xpos) names.add(x);
  const xpos = [...names].sort();
  const id = new Map(xpos.map((x, i) => [x, i]));
  const seen = new Set<number>();
  for (const s of sentences) s.upos.forEach((u, i) => seen.add(u * 256 + (id.get(s.xpos[i] ?? "") ?? 0)));
  const pairs = [...seen].sort((a, b) => a - b).map((k): [number, number] => [k >> 8, k & 255]);
  return { xpos, pairs };
}

export class XposTagger {
  private readonly extractor: PosTagger;
  private readonly scores: Float32Array;
  /** XPOS ids allowed per UPOS id. */
  readonly candidates: Uint8Array[];

  constructor(
    private readonly model: Scorer,
    readonly tagSet: XposTagSet,
    dictionary: TagDictionary,
    uposCount: number,
  ) {
    this.extractor = new PosTagger(model, dictionary);
    this.scores = new Float32Array(tagSet.xpos.length);
    const lists: number[][] = Array.from({ length: uposCount }, () => []);
    tagSet.pairs.forEach(([u, x]) => {
      lists[u]?.push(x);
    });
    this.candidates = lists.map((l) => Uint8Array.from(l));
  }

  /** The UPOS tagger's ambiguity classes of the words (from the same tag dictionary). */
  ambiguityOf(words: readonly string[]): Int32Array {
    return this.extractor.ambiguityOf(words);
  }

  /** XPOS ids for a sentence given its UPOS ids (`amb`: the UPOS tagger's ambiguity classes). */
  tag(atoms: WordAtoms, amb: Int32Array, upos: Uint8Array): Uint8Array {
    const out = new Uint8Array(upos.length);
    for (let i = 0; i < upos.length; i++) out[i] = this.predict(atoms, amb, out, upos, i);
    return out;
  }

  predict(atoms: WordAtoms, amb: Int32Array, prev: Uint8Array, upos: Uint8Array, i: number, model?: Scorer): number {
    const cands = this.candidates[upos[i] ?? 0];
    if (!cands || cands.length === 0) return 0;
    if (cands.length === 1) return cands[0] ?? 0;
    const n = this.extractor.extract(atoms, amb, prev, i, upos);
    const f = this.extractor.featureBuffer;
    for (let k = 0; k < n; k++) f[k] = (f[k] ?? 0) & XPOS_MASK;
    this.lastCount = n;
    const scores = this.scores;
    for (let j = 0; j < cands.length; j++) scores[cands[j] ?? 0] = 0;
    const m = model ?? this.model;
    if (m instanceof AveragedPerceptron) m.scoreClasses(this.extractor.featureBuffer, n, scores, cands);
    else m.score(this.extractor.featureBuffer, n, scores);
    let best = cands[0] ?? 0;
    for (let j = 1; j < cands.length; j++) {
      const k = cands[j] ?? 0;
      if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
    }
    return best;
  }

  /** Feature count of the last scored `predict` (its features are in `lastFeatures`, for the training update). */
  lastCount = 0;

  get lastFeatures(): Int32Array {
    return this.extractor.featureBuffer;
  }
}

export interface XposTrainingSentence {
  words: string[];
  atoms: WordAtoms;
  upos: Uint8Array;
  xpos: Uint8Array;
}

/** Trains on gold UPOS (the run-time input is the UPOS tagger's output), sentences in the order `shuffle` gives. */
export function trainXposTagger(
  sentences: readonly XposTrainingSentence[],
  tagSet: XposTagSet,
  dictionary: TagDictionary,
  uposCount: number,
  epochs: number,
  shuffle: (epoch: number) => number[],
): SparseLinearModel {
  const perceptron = new AveragedPerceptron(XPOS_BITS, tagSet.xpos.length);
  const tagger = new XposTagger(perceptron, tagSet, dictionary, uposCount);
  for (let epoch = 0; epoch < epochs; epoch++)
    for (const index of shuffle(epoch)) {
      const s = sentences[index];
      if (!s) continue;
      const amb = tagger.ambiguityOf(s.words);
      const out = new Uint8Array(s.words.length);
      for (let i = 0; i < s.words.length; i++) {
        const cands = tagger.candidates[s.upos[i] ?? 0];
        const truth = s.xpos[i] ?? 0;
        if (!cands || cands.length < 2) {
          out[i] = truth;
          continue;
        }
        const guess = tagger.predict(s.atoms, amb, out, s.upos, i);
        perceptron.tick();
        if (guess !== truth) perceptron.update(tagger.lastFeatures, tagger.lastCount, truth, guess);
        out[i] = guess;
      }
    }
  return perceptron.toSparse();
}
