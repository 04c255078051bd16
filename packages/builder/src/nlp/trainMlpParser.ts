// Trains the feed-forward transition classifier (`mlpParser.ts`) on the static arc-hybrid oracle: every
// configuration of every gold derivation is one example (its 54 feature ids, its valid moves, the gold output),
// shuffled across sentences each epoch and learned in mini-batches (Chen & Manning 2014). The oracle picks the
// cheapest move by the dynamic oracle's costs (reductions first on ties), so non-projective trees train as their
// nearest projective derivation. Deterministic: one seed orders the examples and draws dropout and word dropout.
import { seededRandom } from "../graph/seededRandom.js";
import { LEFT, MOVES, ParseState, RIGHT, SHIFT, arcHybridMoveCosts, goldTree } from "./arcHybridParser.js";
import { DEFAULT_ADAM, FeedForwardNetwork, NetworkTrainer } from "./feedForwardNetwork.js";
import {
  ID_ROOT,
  ID_UNKNOWN,
  KIND_WORD,
  MLP_FEATURES,
  MLP_POSITIONS,
  MlpParser,
  type MlpSentence,
  type MlpVocabulary,
  mlpFeaturesOf,
  mlpWordKey,
  outputOf,
} from "./mlpParser.js";
import { shuffledOrder } from "./trainDependencyParser.js";

export interface MlpTrainingSentence {
  words: readonly string[];
  /** Tags the parser will see (jackknifed predictions for real training), UPOS ids. */
  tags: Uint8Array;
  /** Cluster codes per word (`WordAtoms.cluster`; 0 none). */
  clusters: Int32Array;
  head: Int32Array;
  deprel: readonly string[];
}

export interface MlpTrainingOptions {
  epochs: number;
  hidden: number;
  /** Embedding widths: word, tag, relation, cluster. */
  dims: [number, number, number, number];
  dropout: number;
  batch: number;
  rate: number;
  seed: number;
  /** Words seen fewer times are unknown. */
  minWordCount: number;
  /** Word dropout: a word seen c times is read as unknown with probability alpha / (alpha + c). */
  wordDropout: number;
  log?: (message: string) => void;
  afterEpoch?: (epoch: number, parser: MlpParser) => void;
}

export const DEFAULT_MLP_TRAINING: Omit<MlpTrainingOptions, "log" | "afterEpoch"> = {
  epochs: 10,
  hidden: 128,
  dims: [32, 16, 16, 16],
  dropout: 0.1,
  batch: 32,
  rate: 0.001,
  seed: 20261202,
  minWordCount: 2,
  wordDropout: 0.25,
};

export interface MlpModel {
  net: FeedForwardNetwork;
  vocabulary: MlpVocabulary;
}

/** Static-oracle examples: feature ids, valid moves (bit per move) and gold output per configuration. */
interface Examples {
  feats: Int32Array;
  valid: Uint8Array;
  target: Int32Array;
  count: number;
}

function vocabularyOf(
  sentences: readonly MlpTrainingSentence[],
  minCount: number,
): MlpVocabulary & { counts: number[] } {
  const counts = new Map<string, number>();
  const codes = new Set<number>();
  const labels = new Set<string>();
  for (const s of sentences) {
    for (const w of s.words) {
      const k = mlpWordKey(w);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const c of s.clusters) if (c !== 0) codes.add(c);
    for (const d of s.deprel) labels.add(d);
  }
  const words = [...counts]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    words: words.map(([w]) => w),
    counts: words.map(([, c]) => c),
    clusterCodes: [...codes].sort((a, b) => a - b),
    labels: [...labels].sort(),
  };
}

function examplesOf(
  parser: MlpParser,
  sentences: readonly MlpTrainingSentence[],
  labelId: Map<string, number>,
): Examples {
  let cap = 1 << 16;
  let feats = new Int32Array(cap * MLP_FEATURES);
  let valid = new Uint8Array(cap);
  let target = new Int32Array(cap);
  let count = 0;
  const L = labelId.size;
  const costs = [0, 0, 0];
  for (const s of sentences) {
    const n = s.words.length;
    const ids: MlpSentence = parser.sentenceOf(s.words, s.tags, s.clusters);
    const goldLabel = Uint8Array.from(s.deprel, (d) => labelId.get(d) ?? 0);
    const [gh, goldChildren] = goldTree(s.head, n);
    const st = new ParseState(n);
    while (!st.done) {
      let move = st.forcedMove();
      if (move === SHIFT) {
        st.apply(SHIFT, 0);
        continue;
      }
      if (move < 0) {
        arcHybridMoveCosts(st, gh, goldChildren, costs);
        for (const m of [LEFT, RIGHT, SHIFT]) if (move < 0 || (costs[m] ?? 0) < (costs[move] ?? 0)) move = m;
      }
      const label = move === SHIFT ? 0 : (goldLabel[st.s(0)] ?? 0);
      if (count === cap) {
        cap *= 2;
        const f = new Int32Array(cap * MLP_FEATURES);
        f.set(feats);
        feats = f;
        const v = new Uint8Array(cap);
        v.set(valid);
        valid = v;
        const t = new Int32Array(cap);
        t.set(target);
        target = t;
      }
      mlpFeaturesOf(st, ids, feats, count * MLP_FEATURES);
      let bits = 0;
      for (let m = 0; m < MOVES; m++) if (st.valid(m)) bits |= 1 << m;
      // A forced reduction still chooses its relation, but not its move.
      if (st.forcedMove() >= 0) bits = 1 << move;
      valid[count] = bits;
      target[count] = outputOf(move, label, L);
      count++;
      st.apply(move, label);
    }
  }
  return { feats, valid, target, count };
}

export function trainMlpParser(sentences: readonly MlpTrainingSentence[], options: MlpTrainingOptions): MlpModel {
  const log = options.log ?? (() => {});
  const vocab = vocabularyOf(sentences, options.minWordCount);
  const vocabulary: MlpVocabulary = { words: vocab.words, clusterCodes: vocab.clusterCodes, labels: vocab.labels };
  const L = vocabulary.labels.length;
  const labelId = new Map(vocabulary.labels.map((l, i) => [l, i]));
  const shape = {
    dims: [...options.dims],
    vocab: [ID_ROOT + 1 + vocab.words.length, 3 + 17, 1 + L, ID_ROOT + 1 + vocab.clusterCodes.length],
    positions: [...MLP_POSITIONS],
    hidden: options.hidden,
    outputs: 1 + 2 * L,
  };
  const net = FeedForwardNetwork.initialised(shape, options.seed);
  const parser = (): MlpParser => new MlpParser(net, vocabulary);
  const ex = examplesOf(parser(), sentences, labelId);
  log(`${ex.count} training configurations, ${vocab.words.length} words, ${L} relations`);
  const trainer = new NetworkTrainer(net, options.dropout, options.seed + 1, { ...DEFAULT_ADAM, rate: options.rate });
  const random = seededRandom(options.seed + 2);
  const dropProbability = Float32Array.from({ length: shape.vocab[KIND_WORD] ?? 0 }, (_, id) => {
    const c = id > ID_ROOT ? (vocab.counts[id - ID_ROOT - 1] ?? 0) : 0;
    return c > 0 ? options.wordDropout / (options.wordDropout + c) : 0;
  });
  const buffer = new Int32Array(MLP_FEATURES);
  const mask = new Uint8Array(shape.outputs);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let right = 0;
    let inBatch = 0;
    for (const e of shuffledOrder(ex.count, random)) {
      buffer.set(ex.feats.subarray(e * MLP_FEATURES, (e + 1) * MLP_FEATURES));
      if (options.wordDropout > 0)
        for (let p = 0; p < MLP_FEATURES; p++) {
          if (MLP_POSITIONS[p] !== KIND_WORD) continue;
          const id = buffer[p] ?? 0;
          if ((dropProbability[id] ?? 0) > 0 && trainer.draw() < (dropProbability[id] ?? 0)) buffer[p] = ID_UNKNOWN;
        }
      const bits = ex.valid[e] ?? 0;
      mask.fill(0);
      if (bits & (1 << SHIFT)) mask[0] = 1;
      if (bits & (1 << RIGHT)) mask.fill(1, 1, 1 + L);
      if (bits & (1 << LEFT)) mask.fill(1, 1 + L, 1 + 2 * L);
      if (trainer.accumulate(buffer, 0, mask, ex.target[e] ?? 0)) right++;
      if (++inBatch === options.batch) {
        trainer.update(inBatch);
        inBatch = 0;
      }
    }
    if (inBatch > 0) trainer.update(inBatch);
    log(`epoch ${epoch + 1}/${options.epochs}: train accuracy ${(right / Math.max(1, ex.count)).toFixed(4)}`);
    options.afterEpoch?.(epoch + 1, parser());
  }
  return { net, vocabulary };
}
