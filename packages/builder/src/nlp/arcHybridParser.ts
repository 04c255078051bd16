// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with the artificial root at the end of the buffer
// (Ballesteros & Nivre 2013), trained with Goldberg & Nivre's (2013) dynamic oracle. Two averaged perceptrons over
// the same hashed features: one picks the move, the other the relation of the arc the move makes (direction mixed
// into its features). Linear time: every word is shifted once and reduced once.
import type { AveragedPerceptron } from "./averagedPerceptron.js";
import * as featureHash from "./featureHash.js";

// Local bindings: calls through a module namespace getter cost more than the hashing itself in the hot loop.
const bucketOf = featureHash.bucketOf;
const mix = featureHash.mix;
import type { WordAtoms } from "./wordFeatures.js";

export const MOVE_BITS = 22;
export const LABEL_BITS = 19;
export const SHIFT = 0;
export const RIGHT = 1; // s1 -> s0
export const LEFT = 2; // b0 -> s0
export const MOVES = 3;
const MAX_FEATURES = 128;
/** Zhang & Nivre (2011) non-local templates (label sets, word-pair distance, second children): prototype switch. */
const RICH = process.env.NKG_RICH === "1";
/**
 * Templates (ids as numbered in extract) the relation classifier reads: the head and dependent candidates, their
 * neighbours, distance, valency and the relations already attached. The move-only ones are left out for speed.
 */
const LABEL_TEMPLATES: readonly number[] = [
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  9,
  13,
  14,
  15,
  18,
  19,
  20,
  23,
  24,
  26,
  27,
  28,
  29,
  30,
  34,
  35,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  55,
  57,
  62,
  65,
  68,
  71,
  72,
  73,
  76,
  77,
  78,
  79,
  80,
  81,
  82,
  84,
  85,
  86,
  87,
  88,
  89,
  92,
  93,
  94,
  ...(RICH ? [96, 97, 98, 99, 100, 101] : []),
];
/** Templates read from the XPOS tags when the parser is given them (the last block of extract). */
const XPOS_TEMPLATES = 12;
const NONE = 0x4e0e;
const ROOT_WORD = 0x7007;
/** The root's tag atom for UPOS tag ids; models whose tags are (UPOS, XPOS) pair ids (up to 255) use 255. */
export const UPOS_ROOT_TAG = 31;
export const PAIR_ROOT_TAG = 255;
/** The root's atom among XPOS tags (up to 255 of them). */
const XTAG_ROOT = 255;

interface Scorer {
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

export interface ParseResult {
  /** Word index of each word's head, -1 for the root. */
  head: Int32Array;
  /** Relation id per word (index into the label list). */
  label: Uint8Array;
  /** Moves made: always 2n (each word shifted once and reduced once), which is what makes parsing linear. */
  transitions: number;
}

/** Parser state over one sentence of n words; position n is the root. */
export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly head: Int32Array;
  readonly label: Uint8Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly lval: Uint8Array;
  readonly rval: Uint8Array;
  readonly inStack: Uint8Array;
  /** Sets of relations of each word's left and right children so far (64-bit masks as two int32 halves). */
  readonly leftSetLo: Int32Array;
  readonly leftSetHi: Int32Array;
  readonly rightSetLo: Int32Array;
  readonly rightSetHi: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    this.head = new Int32Array(n).fill(-2);
    this.label = new Uint8Array(n);
    this.lc1 = new Int32Array(n + 1).fill(-1);
    this.lc2 = new Int32Array(n + 1).fill(-1);
    this.rc1 = new Int32Array(n + 1).fill(-1);
    this.rc2 = new Int32Array(n + 1).fill(-1);
    this.lval = new Uint8Array(n + 1);
    this.rval = new Uint8Array(n + 1);
    this.inStack = new Uint8Array(n + 1);
    this.leftSetLo = new Int32Array(n + 1);
    this.leftSetHi = new Int32Array(n + 1);
    this.rightSetLo = new Int32Array(n + 1);
    this.rightSetHi = new Int32Array(n + 1);
  }

  /** Becomes a copy of `o` (same sentence length): a beam hypothesis branching off its parent. */
  copyFrom(o: ParseState): void {
    this.stack.set(o.stack);
    this.sp = o.sp;
    this.b = o.b;
    this.head.set(o.head);
    this.label.set(o.label);
    this.lc1.set(o.lc1);
    this.lc2.set(o.lc2);
    this.rc1.set(o.rc1);
    this.rc2.set(o.rc2);
    this.lval.set(o.lval);
    this.rval.set(o.rval);
    this.inStack.set(o.inStack);
    this.leftSetLo.set(o.leftSetLo);
    this.leftSetHi.set(o.leftSetHi);
    this.rightSetLo.set(o.rightSetLo);
    this.rightSetHi.set(o.rightSetHi);
  }

  get done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  /** The one valid move when there is no choice (empty stack, or only the root left in the buffer), else -1. */
  forcedMove(): number {
    if (this.sp === 0) return SHIFT;
    if (this.b >= this.n) return this.sp === 1 ? LEFT : RIGHT;
    return -1;
  }

  s(k: number): number {
    return this.sp > k ? (this.stack[this.sp - 1 - k] ?? -1) : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.sp >= 2;
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b;
      this.inStack[this.b] = 1;
      this.b++;
      return;
    }
    const dep = this.stack[--this.sp] ?? 0;
    this.inStack[dep] = 0;
    const head = move === RIGHT ? (this.stack[this.sp - 1] ?? 0) : this.b;
    this.head[dep] = head >= this.n ? -1 : head;
    this.label[dep] = label;
    if (dep < head) {
      // Children are attached inward-out, so a new left child is the leftmost so far.
      this.lc2[head] = this.lc1[head] ?? -1;
      this.lc1[head] = dep;
      this.lval[head] = Math.min(255, (this.lval[head] ?? 0) + 1);
      if (label < 32) this.leftSetLo[head] = (this.leftSetLo[head] ?? 0) | (1 << label);
      else this.leftSetHi[head] = (this.leftSetHi[head] ?? 0) | (1 << (label - 32));
    } else {
      this.rc2[head] = this.rc1[head] ?? -1;
      this.rc1[head] = dep;
      this.rval[head] = Math.min(255, (this.rval[head] ?? 0) + 1);
      if (label < 32) this.rightSetLo[head] = (this.rightSetLo[head] ?? 0) | (1 << label);
      else this.rightSetHi[head] = (this.rightSetHi[head] ?? 0) | (1 << (label - 32));
    }
  }
}

function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

function wordOf(lower: Int32Array, n: number, i: number): number {
  return i < 0 ? NONE : i >= n ? ROOT_WORD : (lower[i] ?? 0);
}
function tagOf(tags: Uint8Array, n: number, i: number, rootTag: number): number {
  return i < 0 ? 0 : i >= n ? rootTag : (tags[i] ?? 0) + 1;
}
function labelOf(labels: Uint8Array, n: number, i: number): number {
  return i < 0 || i >= n ? 0 : (labels[i] ?? 0) + 1;
}
function clusterAt(codes: Int32Array, n: number, i: number): number {
  return i < 0 ? NONE : i >= n ? ROOT_WORD : (codes[i] ?? 0);
}
function childAt(children: Int32Array, i: number): number {
  return i < 0 ? -1 : (children[i] ?? -1);
}
function h1(id: number, x: number): number {
  return mix(Math.imul(id, 0x9e3779b1), x);
}
function h2(id: number, x: number, y: number): number {
  return mix(mix(Math.imul(id, 0x9e3779b1), x), y);
}
function h3(id: number, x: number, y: number, z: number): number {
  return mix(mix(mix(Math.imul(id, 0x9e3779b1), x), y), z);
}
function h4(id: number, x: number, y: number, z: number, v: number): number {
  return mix(mix(mix(mix(Math.imul(id, 0x9e3779b1), x), y), z), v);
}

/** Growable int32 array (the beam's training records). */
class IntPool {
  data = new Int32Array(4096);
  length = 0;
  push(x: number): number {
    if (this.length === this.data.length) this.grow(1);
    this.data[this.length] = x;
    return this.length++;
  }
  pushAll(xs: Int32Array, count: number): number {
    if (this.length + count > this.data.length) this.grow(count);
    const at = this.length;
    this.data.set(xs.subarray(0, count), at);
    this.length += count;
    return at;
  }
  private grow(more: number): void {
    const d = new Int32Array(Math.max(this.data.length * 2, this.length + more));
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }
}

/** One hypothesis of the beam: its state, summed move scores, last training record, and whether it is the gold prefix. */
interface BeamItem {
  st: ParseState;
  score: number;
  rec: number;
  gold: boolean;
}

/** What global (beam) training needs per sentence. */
interface BeamTraining {
  gh: Int32Array;
  goldLabel: Uint8Array;
  /** Gold move at each step. */
  goldMoves: number[];
  /** Move features of each scored step of every hypothesis, and per record: previous record, move, feature offset. */
  feats: IntPool;
  recPrev: IntPool;
  recMove: IntPool;
  recFeat: IntPool;
}

export class ArcHybridParser {
  private readonly raw = new Int32Array(MAX_FEATURES);
  private readonly moveFeatures = new Int32Array(MAX_FEATURES);
  private readonly labelFeatures = new Int32Array(MAX_FEATURES);
  private readonly moveScores = new Float32Array(MOVES);
  private readonly labelScores: Float32Array;
  private featureCount = 0;
  private labelFeatureCount = 0;

  constructor(
    private moveModel: Scorer,
    private readonly labelModel: Scorer,
    readonly labels: readonly string[],
    /** Tag atom of the artificial root: UPOS_ROOT_TAG, or PAIR_ROOT_TAG when the tags are pair ids. */
    private readonly rootTag = UPOS_ROOT_TAG,
  ) {
    this.labelScores = new Float32Array(labels.length);
  }

  /** Parses greedily (width 1) or with a beam of `width` hypotheses. */
  parse(atoms: WordAtoms, tags: Uint8Array, width = 1, xtags?: Uint8Array): ParseResult {
    this.xtags = xtags;
    if (width > 1) {
      const top = this.beamSearch(atoms, tags, width, undefined);
      return { head: top.st.head, label: top.st.label, transitions: 2 * tags.length };
    }
    const n = tags.length;
    const st = new ParseState(n);
    let transitions = 0;
    while (!st.done) {
      // Forced moves (a quarter of them) need no move scores, and a forced shift no features at all.
      let move = st.forcedMove();
      if (move !== SHIFT) {
        this.extract(st, atoms, tags);
        if (move < 0) {
          this.moveBuckets();
          move = this.bestMove(st);
        }
      }
      const label = move === SHIFT ? 0 : this.bestLabel(move);
      st.apply(move, label);
      transitions++;
    }
    return { head: st.head, label: st.label, transitions };
  }

  /**
   * The move scores of a state into `out` (SHIFT, RIGHT, LEFT), for decoding with this parser and another scorer
   * together; `labelAfterScores` then gives this parser's relation for a move from the same state.
   */
  scoreState(st: ParseState, atoms: WordAtoms, tags: Uint8Array, out: Float32Array): void {
    this.xtags = undefined;
    this.extract(st, atoms, tags);
    this.moveBuckets();
    out.fill(0);
    this.moveModel.score(this.moveFeatures, this.featureCount, out);
  }

  labelAfterScores(move: number): number {
    return this.bestLabel(move);
  }

  /** Finer tags (XPOS ids) of the sentence being parsed, read by extra templates beside the UPOS ones. */
  private xtags: Uint8Array | undefined;
  private candParent = new Int32Array(0);
  private candMove = new Int32Array(0);
  private candFeat = new Int32Array(0);
  private candScore = new Float64Array(0);
  private candOrder: number[] = [];
  private rawOfItem = new Int32Array(0);

  /**
   * Beam search over moves: each step expands every hypothesis by its valid moves and keeps the `width` best by
   * summed move score (forced moves add nothing, as in greedy parsing). An arc's relation is the relation
   * classifier's best for that hypothesis. With `train`, gold arcs take their gold relation and every scored step
   * is recorded for the structured update; `onStep` sees the beam after each step.
   */
  private beamSearch(
    atoms: WordAtoms,
    tags: Uint8Array,
    width: number,
    train: BeamTraining | undefined,
    onStep?: (t: number, beam: readonly BeamItem[]) => void,
  ): BeamItem {
    const n = tags.length;
    const spare: ParseState[] = [];
    for (let k = 0; k < 2 * width; k++) spare.push(new ParseState(n));
    const maxCand = 3 * width;
    if (this.candParent.length < maxCand) {
      this.candParent = new Int32Array(maxCand);
      this.candMove = new Int32Array(maxCand);
      this.candFeat = new Int32Array(maxCand);
      this.candScore = new Float64Array(maxCand);
      this.rawOfItem = new Int32Array(width * MAX_FEATURES);
    }
    let beam: BeamItem[] = [{ st: spare.pop() ?? new ParseState(n), score: 0, rec: -1, gold: true }];
    const scores = this.moveScores;
    for (let t = 0; !(beam[0]?.st.done ?? true); t++) {
      let cands = 0;
      for (let i = 0; i < beam.length; i++) {
        const it = beam[i];
        if (!it) continue;
        const st = it.st;
        const forced = st.forcedMove();
        let featAt = -1;
        if (forced !== SHIFT) {
          this.extract(st, atoms, tags);
          this.rawOfItem.set(this.raw.subarray(0, this.featureCount), i * MAX_FEATURES);
        }
        if (forced >= 0) {
          this.candParent[cands] = i;
          this.candMove[cands] = forced;
          this.candFeat[cands] = -1;
          this.candScore[cands++] = it.score;
          continue;
        }
        this.moveBuckets();
        scores.fill(0);
        this.moveModel.score(this.moveFeatures, this.featureCount, scores);
        if (train) featAt = train.feats.pushAll(this.moveFeatures, this.featureCount);
        for (let m = 0; m < MOVES; m++) {
          if (!st.valid(m)) continue;
          this.candParent[cands] = i;
          this.candMove[cands] = m;
          this.candFeat[cands] = featAt;
          this.candScore[cands++] = it.score + (scores[m] ?? 0);
        }
      }
      const order = this.candOrder;
      order.length = 0;
      for (let c = 0; c < cands; c++) order.push(c);
      const cs = this.candScore;
      order.sort((x, y) => (cs[y] ?? 0) - (cs[x] ?? 0) || x - y);
      const next: BeamItem[] = [];
      const keep = Math.min(width, cands);
      for (let k = 0; k < keep; k++) {
        const c = order[k] ?? 0;
        const pi = this.candParent[c] ?? 0;
        const move = this.candMove[c] ?? 0;
        const parent = beam[pi];
        if (!parent) continue;
        const st = spare.pop() ?? new ParseState(n);
        st.copyFrom(parent.st);
        let label = 0;
        if (move !== SHIFT) {
          const dep = st.s(0);
          const head = move === RIGHT ? st.s(1) : st.b;
          if (train && train.gh[dep] === head) label = train.goldLabel[dep] ?? 0;
          else {
            this.raw.set(this.rawOfItem.subarray(pi * MAX_FEATURES, pi * MAX_FEATURES + this.featureCount));
            label = this.bestLabel(move);
          }
        }
        st.apply(move, label);
        let rec = -1;
        if (train) {
          rec = train.recPrev.push(parent.rec);
          train.recMove.push(move);
          train.recFeat.push(this.candFeat[c] ?? -1);
        }
        next.push({ st, score: cs[c] ?? 0, rec, gold: parent.gold && train?.goldMoves[t] === move });
      }
      for (const it of beam) spare.push(it.st);
      beam = next;
      onStep?.(t, beam);
    }
    const top = beam[0];
    if (!top) throw new Error("beam search: empty beam");
    return top;
  }

  /**
   * One global training pass over a sentence with a beam (Zhang & Nivre 2011) and the max-violation update of
   * Huang et al. (2012): the beam runs to the end, and the perceptron update is made at the step where the best
   * hypothesis outscores the gold prefix by the most. The relation classifier trains locally along the gold path.
   * Returns [correct heads of the final best hypothesis, words].
   */
  trainSentenceBeam(
    atoms: WordAtoms,
    tags: Uint8Array,
    goldHead: Int32Array,
    goldLabel: Uint8Array,
    move: AveragedPerceptron,
    label: AveragedPerceptron,
    width: number,
    xtags?: Uint8Array,
  ): [number, number] {
    this.xtags = xtags;
    const n = tags.length;
    const [gh, goldChildren] = goldTree(goldHead, n);
    // The gold sequence (cheapest move, reductions first on ties), its move features and prefix scores.
    const goldMoves: number[] = [];
    const goldFeat: number[] = [];
    const goldScore: number[] = [];
    const goldFeats = new IntPool();
    const gst = new ParseState(n);
    const costs = [0, 0, 0];
    let running = 0;
    while (!gst.done) {
      const forced = gst.forcedMove();
      let m = forced;
      let at = -1;
      if (forced !== SHIFT) this.extract(gst, atoms, tags);
      if (forced < 0) {
        this.moveBuckets();
        this.moveScores.fill(0);
        this.moveModel.score(this.moveFeatures, this.featureCount, this.moveScores);
        at = goldFeats.pushAll(this.moveFeatures, this.featureCount);
        this.moveCosts(gst, gh, goldChildren, costs);
        m = -1;
        for (const c of [LEFT, RIGHT, SHIFT]) if (m < 0 || (costs[c] ?? 0) < (costs[m] ?? 0)) m = c;
        running += this.moveScores[m] ?? 0;
      }
      goldMoves.push(m);
      goldFeat.push(at);
      goldScore.push(running);
      this.applyTrained(gst, m, gh, goldLabel, label);
    }
    const train: BeamTraining = {
      gh,
      goldLabel,
      goldMoves,
      feats: new IntPool(),
      recPrev: new IntPool(),
      recMove: new IntPool(),
      recFeat: new IntPool(),
    };
    let worst = -Infinity;
    let worstStep = -1;
    let worstRec = -1;
    const top = this.beamSearch(atoms, tags, width, train, (t, beam) => {
      const best = beam[0];
      if (!best || best.gold) return;
      const violation = best.score - (goldScore[t] ?? 0);
      if (violation >= 0 && violation > worst) {
        worst = violation;
        worstStep = t;
        worstRec = best.rec;
      }
    });
    move.tick();
    if (worstStep >= 0) {
      const predMove: number[] = new Array(worstStep + 1);
      const predFeat: number[] = new Array(worstStep + 1);
      for (let t = worstStep, r = worstRec; t >= 0; t--) {
        predMove[t] = train.recMove.data[r] ?? 0;
        predFeat[t] = train.recFeat.data[r] ?? -1;
        r = train.recPrev.data[r] ?? -1;
      }
      // Steps before the first differing move share their states, so their updates cancel: skip them.
      let d = 0;
      while (d <= worstStep && predMove[d] === goldMoves[d]) d++;
      const fc = this.featureCount;
      for (let t = d; t <= worstStep; t++) {
        const pf = predFeat[t] ?? -1;
        if (pf >= 0) move.add(train.feats.data, pf, fc, predMove[t] ?? 0, -1);
        const gf = goldFeat[t] ?? -1;
        if (gf >= 0) move.add(goldFeats.data, gf, fc, goldMoves[t] ?? 0, 1);
      }
    }
    let right = 0;
    for (let i = 0; i < n; i++) if ((top.st.head[i] ?? -2) === ((goldHead[i] ?? -1) < 0 ? -1 : goldHead[i])) right++;
    return [right, n];
  }

  private bestMove(st: ParseState): number {
    const scores = this.moveScores;
    scores.fill(0);
    this.moveModel.score(this.moveFeatures, this.featureCount, scores);
    let best = -1;
    for (let m = 0; m < MOVES; m++) if (st.valid(m) && (best < 0 || (scores[m] ?? 0) > (scores[best] ?? 0))) best = m;
    return best;
  }

  private bestLabel(move: number): number {
    this.labelBuckets(move);
    const scores = this.labelScores;
    scores.fill(0);
    this.labelModel.score(this.labelFeatures, this.labelFeatureCount, scores);
    let best = 0;
    for (let k = 1; k < scores.length; k++) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
    return best;
  }

  private labelBuckets(move: number): void {
    const mask = (1 << LABEL_BITS) - 1;
    const use = LABEL_TEMPLATES;
    for (let k = 0; k < use.length; k++)
      this.labelFeatures[k] = bucketOf(mix(this.raw[(use[k] ?? 1) - 1] ?? 0, move), mask);
    let c = use.length;
    // The XPOS templates (the last block of raw) all inform the relation too.
    if (this.xtags)
      for (let k = this.featureCount - XPOS_TEMPLATES; k < this.featureCount; k++)
        this.labelFeatures[c++] = bucketOf(mix(this.raw[k] ?? 0, move), mask);
    this.labelFeatureCount = c;
  }

  private moveBuckets(): void {
    const c = this.featureCount;
    const raw = this.raw;
    const mask = (1 << MOVE_BITS) - 1;
    for (let k = 0; k < c; k++) this.moveFeatures[k] = bucketOf(raw[k] ?? 0, mask);
  }

  /** Fills the raw feature hashes for the state (the move buckets follow in moveBuckets). */
  private extract(st: ParseState, a: WordAtoms, tags: Uint8Array): void {
    const n = st.n;
    const raw = this.raw;
    const rt = this.rootTag;
    let c = 0;
    const lower = a.lower;
    const labels = st.label;
    const s0 = st.s(0);
    const s1 = st.s(1);
    const s2 = st.s(2);
    const n0 = st.b;
    const n1 = n0 + 1 <= n ? n0 + 1 : -1;
    const n2 = n0 + 2 <= n ? n0 + 2 : -1;
    const s0l = childAt(st.lc1, s0);
    const s0l2 = childAt(st.lc2, s0);
    const s0r = childAt(st.rc1, s0);
    const s0r2 = childAt(st.rc2, s0);
    const n0l = childAt(st.lc1, n0);
    const n0l2 = childAt(st.lc2, n0);
    const s1r = childAt(st.rc1, s1);
    const s1l = childAt(st.lc1, s1);
    const s0w = wordOf(lower, n, s0);
    const s0t = tagOf(tags, n, s0, rt);
    const s1w = wordOf(lower, n, s1);
    const s1t = tagOf(tags, n, s1, rt);
    const n0w = wordOf(lower, n, n0);
    const n0t = tagOf(tags, n, n0, rt);
    const n1w = n1 < 0 ? NONE : wordOf(lower, n, n1);
    const n1t = tagOf(tags, n, n1, rt);
    const n2t = tagOf(tags, n, n2, rt);
    const n2w = n2 < 0 ? NONE : wordOf(lower, n, n2);
    const d = s0 >= 0 ? distanceBucket(n0 - s0) : 0;
    const d2 = s0 >= 0 && s1 >= 0 ? distanceBucket(s0 - s1) : 0;
    const s0vl = s0 >= 0 ? (st.lval[s0] ?? 0) : 0;
    const s0vr = s0 >= 0 ? (st.rval[s0] ?? 0) : 0;
    const n0vl = st.lval[n0] ?? 0;
    const s1vr = s1 >= 0 ? (st.rval[s1] ?? 0) : 0;
    raw[c++] = h1(1, 0);
    raw[c++] = h1(2, s0w);
    raw[c++] = h1(3, s0t);
    raw[c++] = h2(4, s0w, s0t);
    raw[c++] = h1(5, n0w);
    raw[c++] = h1(6, n0t);
    raw[c++] = h2(7, n0w, n0t);
    raw[c++] = h1(8, n1w);
    raw[c++] = h1(9, n1t);
    raw[c++] = h2(10, n1w, n1t);
    raw[c++] = h1(11, n2w);
    raw[c++] = h1(12, n2t);
    raw[c++] = h1(13, s1w);
    raw[c++] = h1(14, s1t);
    raw[c++] = h2(15, s1w, s1t);
    raw[c++] = h1(16, tagOf(tags, n, s2, rt));
    raw[c++] = h1(17, wordOf(lower, n, s2));
    raw[c++] = h4(18, s0w, s0t, n0w, n0t);
    raw[c++] = h3(19, s0w, s0t, n0w);
    raw[c++] = h3(20, s0w, n0w, n0t);
    raw[c++] = h3(21, s0w, s0t, n0t);
    raw[c++] = h3(22, s0t, n0w, n0t);
    raw[c++] = h2(23, s0w, n0w);
    raw[c++] = h2(24, s0t, n0t);
    raw[c++] = h2(25, n0t, n1t);
    raw[c++] = h4(26, s1w, s1t, s0w, s0t);
    raw[c++] = h2(27, s1w, s0w);
    raw[c++] = h2(28, s1t, s0t);
    raw[c++] = h2(29, s1t, s0w);
    raw[c++] = h2(30, s1w, s0t);
    raw[c++] = h2(31, s1t, n0t);
    raw[c++] = h2(32, s1w, n0w);
    raw[c++] = h3(33, n0t, n1t, n2t);
    raw[c++] = h3(34, s0t, n0t, n1t);
    raw[c++] = h3(35, s1t, s0t, n0t);
    raw[c++] = h3(36, s0t, tagOf(tags, n, s0l, rt), n0t);
    raw[c++] = h3(37, s0t, tagOf(tags, n, s0r, rt), n0t);
    raw[c++] = h3(38, s1t, s0t, tagOf(tags, n, s0r, rt));
    raw[c++] = h3(39, s1t, tagOf(tags, n, s1r, rt), s0t);
    raw[c++] = h3(40, s0t, tagOf(tags, n, s0l, rt), tagOf(tags, n, s0l2, rt));
    raw[c++] = h3(41, s0t, tagOf(tags, n, s0r, rt), tagOf(tags, n, s0r2, rt));
    raw[c++] = h3(42, n0t, tagOf(tags, n, n0l, rt), tagOf(tags, n, n0l2, rt));
    raw[c++] = h3(43, s1t, s0t, tagOf(tags, n, s0l, rt));
    raw[c++] = h3(44, tagOf(tags, n, s2, rt), s1t, s0t);
    raw[c++] = h3(45, s0t, n0t, tagOf(tags, n, n0l, rt));
    raw[c++] = h2(46, s0w, d);
    raw[c++] = h2(47, s0t, d);
    raw[c++] = h2(48, n0w, d);
    raw[c++] = h2(49, n0t, d);
    raw[c++] = h3(50, s0t, n0t, d);
    raw[c++] = h3(51, s1t, s0t, d2);
    raw[c++] = h3(52, s1w, s0w, d2);
    raw[c++] = h2(53, s0w, s0vr);
    raw[c++] = h2(54, s0t, s0vr);
    raw[c++] = h2(55, s0w, s0vl);
    raw[c++] = h2(56, s0t, s0vl);
    raw[c++] = h2(57, n0w, n0vl);
    raw[c++] = h2(58, n0t, n0vl);
    raw[c++] = h2(59, s1t, s1vr);
    raw[c++] = h1(60, wordOf(lower, n, s0l));
    raw[c++] = h1(61, tagOf(tags, n, s0l, rt));
    raw[c++] = h1(62, labelOf(labels, n, s0l));
    raw[c++] = h1(63, wordOf(lower, n, s0r));
    raw[c++] = h1(64, tagOf(tags, n, s0r, rt));
    raw[c++] = h1(65, labelOf(labels, n, s0r));
    raw[c++] = h1(66, wordOf(lower, n, n0l));
    raw[c++] = h1(67, tagOf(tags, n, n0l, rt));
    raw[c++] = h1(68, labelOf(labels, n, n0l));
    raw[c++] = h2(69, labelOf(labels, n, s1r), s1t);
    raw[c++] = h2(70, tagOf(tags, n, s1r, rt), wordOf(lower, n, s1r));
    raw[c++] = h3(71, s0t, labelOf(labels, n, s0l), labelOf(labels, n, s0l2));
    raw[c++] = h3(72, s0t, labelOf(labels, n, s0r), labelOf(labels, n, s0r2));
    raw[c++] = h3(73, n0t, labelOf(labels, n, n0l), labelOf(labels, n, n0l2));
    raw[c++] = h3(74, s0t, labelOf(labels, n, s0l), labelOf(labels, n, s0r));
    raw[c++] = h2(75, labelOf(labels, n, s1l), s1t);
    raw[c++] = h3(76, s0w, s0t, labelOf(labels, n, s0r));
    raw[c++] = h3(77, n0w, n0t, labelOf(labels, n, n0l));
    raw[c++] = h2(78, s0w, a.suffix3[s0] ?? NONE);
    raw[c++] = h2(79, n0w, n0 < n ? (a.suffix3[n0] ?? NONE) : NONE);
    // Word-cluster prefixes (Koo et al. 2008) of the stack and buffer words and their children, alone and paired
    // with the tags and clusters of the other candidate: what a rare word's own weights cannot say.
    const cl = a.cluster;
    const c4 = a.cluster4;
    const c6 = a.cluster6;
    const s0c = clusterAt(cl, n, s0);
    const n0c = clusterAt(cl, n, n0);
    const s0c4 = clusterAt(c4, n, s0);
    const n0c4 = clusterAt(c4, n, n0);
    const s0c6 = clusterAt(c6, n, s0);
    const n0c6 = clusterAt(c6, n, n0);
    const s1c6 = clusterAt(c6, n, s1);
    raw[c++] = h2(80, s0c, s0t);
    raw[c++] = h2(81, n0c, n0t);
    raw[c++] = h2(82, clusterAt(cl, n, s1), s1t);
    raw[c++] = h2(83, clusterAt(c6, n, n1), n1t);
    raw[c++] = h1(84, s0c6);
    raw[c++] = h1(85, n0c6);
    raw[c++] = h2(86, s0c4, n0c4);
    raw[c++] = h2(87, s0c6, n0c6);
    raw[c++] = h2(88, s0c6, n0t);
    raw[c++] = h2(89, s0t, n0c6);
    raw[c++] = h3(90, s1c6, s0c6, n0t);
    raw[c++] = h3(91, s0c4, n0c4, d);
    raw[c++] = h3(92, s0c4, clusterAt(c4, n, s0l), s0t);
    raw[c++] = h3(93, s0c4, clusterAt(c4, n, s0r), s0t);
    raw[c++] = h3(94, n0c4, clusterAt(c4, n, n0l), n0t);
    if (RICH) {
      const s0sl = s0 >= 0 ? mix(st.leftSetLo[s0] ?? 0, st.leftSetHi[s0] ?? 0) : 0;
      const s0sr = s0 >= 0 ? mix(st.rightSetLo[s0] ?? 0, st.rightSetHi[s0] ?? 0) : 0;
      const n0sl = mix(st.leftSetLo[n0] ?? 0, st.leftSetHi[n0] ?? 0);
      raw[c++] = h3(95, s0w, n0w, d);
      raw[c++] = h2(96, s0w, s0sr);
      raw[c++] = h2(97, s0t, s0sr);
      raw[c++] = h2(98, s0w, s0sl);
      raw[c++] = h2(99, s0t, s0sl);
      raw[c++] = h2(100, n0w, n0sl);
      raw[c++] = h2(101, n0t, n0sl);
      raw[c++] = h2(102, wordOf(lower, n, s0l2), tagOf(tags, n, s0l2, rt));
      raw[c++] = h2(103, wordOf(lower, n, s0r2), tagOf(tags, n, s0r2, rt));
      raw[c++] = h2(104, wordOf(lower, n, n0l2), tagOf(tags, n, n0l2, rt));
    }
    const x = this.xtags;
    if (x) {
      // Penn Treebank tags of the candidates: VBD/VBN/VBG, NN/NNS/NNP, IN/RP/TO tell what UPOS cannot.
      const s0x = tagOf(x, n, s0, XTAG_ROOT);
      const n0x = tagOf(x, n, n0, XTAG_ROOT);
      const s1x = tagOf(x, n, s1, XTAG_ROOT);
      raw[c++] = h1(120, s0x);
      raw[c++] = h1(121, n0x);
      raw[c++] = h1(122, s1x);
      raw[c++] = h1(123, tagOf(x, n, n1, XTAG_ROOT));
      raw[c++] = h2(124, s0x, n0x);
      raw[c++] = h2(125, s1x, s0x);
      raw[c++] = h2(126, s0x, n0w);
      raw[c++] = h2(127, s0w, n0x);
      raw[c++] = h3(128, s1x, s0x, n0x);
      raw[c++] = h3(129, s0x, labelOf(labels, n, s0l), labelOf(labels, n, s0r));
      raw[c++] = h3(130, s0x, n0x, d);
      raw[c++] = h2(131, s0x, tagOf(x, n, s0l, XTAG_ROOT));
    }
    this.featureCount = c;
  }

  /**
   * One training pass over a sentence. `explore` follows the model's own (possibly wrong) moves, as the dynamic
   * oracle allows, so the model learns to recover from its mistakes. Returns [correct heads, words].
   */
  trainSentence(
    atoms: WordAtoms,
    tags: Uint8Array,
    goldHead: Int32Array,
    goldLabel: Uint8Array,
    move: AveragedPerceptron,
    label: AveragedPerceptron,
    explore: boolean,
    xtags?: Uint8Array,
  ): [number, number] {
    this.xtags = xtags;
    const n = tags.length;
    const [gh, goldChildren] = goldTree(goldHead, n);
    const st = new ParseState(n);
    const costs = [0, 0, 0];
    while (!st.done) {
      const forced = st.forcedMove();
      if (forced === SHIFT) {
        move.tick();
        st.apply(SHIFT, 0);
        continue;
      }
      this.extract(st, atoms, tags);
      if (forced >= 0) {
        move.tick();
        this.applyTrained(st, forced, gh, goldLabel, label);
        continue;
      }
      this.moveBuckets();
      const guess = this.bestMove(st);
      this.moveCosts(st, gh, goldChildren, costs);
      let best = -1;
      // The best-scoring move among the cheapest ones is the oracle's answer.
      for (let m = 0; m < MOVES; m++) {
        if (!st.valid(m)) continue;
        const cost = costs[m] ?? 0;
        const bestCost = best < 0 ? Infinity : (costs[best] ?? 0);
        if (cost < bestCost || (cost === bestCost && (this.moveScores[m] ?? 0) > (this.moveScores[best] ?? 0)))
          best = m;
      }
      move.tick();
      if ((costs[guess] ?? 0) > (costs[best] ?? 0)) move.update(this.moveFeatures, this.featureCount, best, guess);
      this.applyTrained(st, explore ? guess : best, gh, goldLabel, label);
    }
    let right = 0;
    for (let i = 0; i < n; i++) if ((st.head[i] ?? -2) === ((goldHead[i] ?? -1) < 0 ? -1 : goldHead[i])) right++;
    return [right, n];
  }

  /** Makes the move, training the relation classifier when the move attaches a word to its gold head. */
  private applyTrained(
    st: ParseState,
    chosen: number,
    gh: Int32Array,
    goldLabel: Uint8Array,
    label: AveragedPerceptron,
  ): void {
    let arcLabel = 0;
    if (chosen !== SHIFT) {
      const dep = st.s(0);
      const head = chosen === RIGHT ? st.s(1) : st.b;
      const predicted = this.bestLabel(chosen);
      arcLabel = predicted;
      if (gh[dep] === head) {
        const truth = goldLabel[dep] ?? 0;
        label.tick();
        label.update(this.labelFeatures, this.labelFeatureCount, truth, predicted);
        arcLabel = truth;
      }
    }
    st.apply(chosen, arcLabel);
  }

  private moveCosts(st: ParseState, gh: Int32Array, goldChildren: number[][], costs: number[]): void {
    arcHybridMoveCosts(st, gh, goldChildren, costs);
  }
}

/** Gold heads with the root at position n, and each position's gold children. */
export function goldTree(goldHead: Int32Array, n: number): [Int32Array, number[][]] {
  const gh = new Int32Array(n);
  for (let i = 0; i < n; i++) gh[i] = (goldHead[i] ?? -1) < 0 ? n : (goldHead[i] ?? n);
  const goldChildren: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 0; i < n; i++) goldChildren[gh[i] ?? n]?.push(i);
  return [gh, goldChildren];
}

/** Gold arcs each move makes unreachable (Goldberg & Nivre 2013, arc-hybrid). */
export function arcHybridMoveCosts(st: ParseState, gh: Int32Array, goldChildren: number[][], costs: number[]): void {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b = st.b;
  const childrenInBuffer = (x: number): number => {
    let k = 0;
    for (const d of goldChildren[x] ?? []) if (d >= b) k++;
    return k;
  };
  // SHIFT: b0's gold children on the stack, and its gold head deeper in the stack than s0.
  if (st.valid(SHIFT)) {
    let cost = 0;
    for (const d of goldChildren[b] ?? []) if (st.inStack[d]) cost++;
    const h = gh[b] ?? -1;
    if (h < b && h !== s0 && st.inStack[h]) cost++;
    costs[SHIFT] = cost;
  } else costs[SHIFT] = 1e9;
  if (s0 >= 0) {
    const lost = childrenInBuffer(s0);
    const h = gh[s0] ?? -1;
    costs[LEFT] = st.valid(LEFT) ? lost + (h !== b && (h === s1 || h >= b) ? 1 : 0) : 1e9;
    costs[RIGHT] = st.valid(RIGHT) ? lost + (h !== s1 && h >= b ? 1 : 0) : 1e9;
  } else {
    costs[LEFT] = 1e9;
    costs[RIGHT] = 1e9;
  }
}
