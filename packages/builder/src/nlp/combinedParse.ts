// Greedy decoding with two transition classifiers at once, a product of experts: at each state the move with the
// highest sum of the perceptron's log-probability (its move scores through a softmax at `temperature`) and the
// feed-forward parser's (weighted by `weight`). The relation is the perceptron's: its relation classifier is the
// stronger of the two. The temperature is fitted on training configurations (`fitTemperature`), never on dev.
import { type ArcHybridParser, LEFT, MOVES, type ParseResult, ParseState, RIGHT, SHIFT } from "./arcHybridParser.js";
import type { MlpParser, MlpSentence } from "./mlpParser.js";
import type { WordAtoms } from "./wordFeatures.js";

export function parseCombined(
  perceptron: ArcHybridParser,
  mlp: MlpParser,
  atoms: WordAtoms,
  tags: Uint8Array,
  ids: MlpSentence,
  temperature: number,
  weight: number,
): ParseResult {
  const n = tags.length;
  const st = new ParseState(n);
  const scores = new Float32Array(MOVES);
  const logp = new Float64Array(MOVES);
  const labels = new Int32Array(MOVES);
  let transitions = 0;
  while (!st.done) {
    let move = st.forcedMove();
    if (move === SHIFT) {
      st.apply(SHIFT, 0);
      transitions++;
      continue;
    }
    perceptron.scoreState(st, atoms, tags, scores);
    if (move < 0) {
      mlp.moveLogProbs(st, ids, logp, labels);
      const own = logSoftmax(scores, st, temperature);
      let best = -Infinity;
      for (const m of [SHIFT, RIGHT, LEFT]) {
        if (!st.valid(m)) continue;
        const v = (own[m] ?? 0) + weight * (logp[m] ?? 0);
        if (v > best) {
          best = v;
          move = m;
        }
      }
    }
    st.apply(move, move === SHIFT ? 0 : perceptron.labelAfterScores(move));
    transitions++;
  }
  return { head: st.head, label: st.label, transitions };
}

function logSoftmax(scores: Float32Array, st: ParseState, temperature: number): number[] {
  const out = [-Infinity, -Infinity, -Infinity];
  let max = -Infinity;
  for (let m = 0; m < MOVES; m++) if (st.valid(m)) max = Math.max(max, (scores[m] ?? 0) / temperature);
  let z = 0;
  for (let m = 0; m < MOVES; m++) if (st.valid(m)) z += Math.exp((scores[m] ?? 0) / temperature - max);
  for (let m = 0; m < MOVES; m++) if (st.valid(m)) out[m] = (scores[m] ?? 0) / temperature - max - Math.log(z);
  return out;
}

/**
 * The softmax temperature that makes the perceptron's move scores most likely to give the oracle's move, over
 * states of (training) sentences: a one-dimensional search on a log grid.
 */
export function fitTemperature(
  perceptron: ArcHybridParser,
  states: { st: ParseState; atoms: WordAtoms; tags: Uint8Array; gold: number }[],
): number {
  const scores = states.map(({ st, atoms, tags }) => {
    const s = new Float32Array(MOVES);
    perceptron.scoreState(st, atoms, tags, s);
    return s;
  });
  let best = 1;
  let bestLl = -Infinity;
  for (let k = -10; k <= 30; k++) {
    const t = Math.pow(2, k / 2);
    let ll = 0;
    states.forEach(({ st, gold }, i) => {
      ll += logSoftmax(scores[i] ?? new Float32Array(MOVES), st, t)[gold] ?? 0;
    });
    if (ll > bestLl) {
      bestLl = ll;
      best = t;
    }
  }
  return best;
}
