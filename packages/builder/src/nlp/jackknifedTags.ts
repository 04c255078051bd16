// Jackknifed UPOS tags: each fold of the training sentences tagged by a tagger trained on the other folds, so a
// parser trained on them sees tagging errors like those at run time (the perceptron trainer does the same inline).
import { seededRandom } from "../graph/seededRandom.js";
import type { ConlluSentence } from "./conllu.js";
import { NO_TAGGER_REPAIRS, PosTagger, buildTagDictionary, trainPosTagger, uposIdOf } from "./posTagger.js";
import { shuffledOrder } from "./trainDependencyParser.js";
import { clusterTableOf } from "./wordClusters.js";
import { wordAtomsOf } from "./wordFeatures.js";

export interface JackknifeOptions {
  folds: number;
  epochs: number;
  seed: number;
  clusters?: readonly [string, string][];
  log?: (message: string) => void;
}

export function jackknifedTags(sentences: readonly ConlluSentence[], options: JackknifeOptions): Uint8Array[] {
  const table = options.clusters ? clusterTableOf(options.clusters) : undefined;
  const data = sentences.map((s) => ({
    words: s.words,
    atoms: wordAtomsOf(s.words, table),
    gold: Uint8Array.from(s.upos, uposIdOf),
  }));
  const dictionary = buildTagDictionary([...sentences]);
  const random = seededRandom(options.seed);
  const out: Uint8Array[] = new Array(sentences.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const trainIdx = data.map((_, i) => i).filter((i) => i % options.folds !== fold);
    const model = trainPosTagger(data, dictionary, options.epochs, () =>
      shuffledOrder(trainIdx.length, random).map((k) => trainIdx[k] ?? 0),
    );
    const tagger = new PosTagger(model, dictionary, undefined, NO_TAGGER_REPAIRS);
    let right = 0;
    let total = 0;
    for (let i = fold; i < data.length; i += options.folds) {
      const d = data[i];
      if (!d) continue;
      const tags = tagger.tag(d.words, d.atoms);
      out[i] = tags;
      tags.forEach((t, k) => {
        if (t === d.gold[k]) right++;
        total++;
      });
    }
    options.log?.(`fold ${fold + 1}/${options.folds}: held-out UPOS ${(right / Math.max(1, total)).toFixed(4)}`);
  }
  return out;
}
