// Feature extraction for the tagger. Features are never materialised as strings: each token's word, shape, prefixes
// and suffixes are hashed once into two independent 32-bit hashes, and every feature key is an integer mix of a
// template id with those hashes. The model maps 64-bit keys to dense feature ids, which keeps tagging allocation-light.
import { loadGazetteer } from "./loadGazetteer.js";
import type { Gazetteer } from "./loadGazetteer.js";
import { loadTrainingConventions } from "./trainingConventions.js";
import { loadOrgHeads } from "./loadOrgHeads.js";

/**
 * Version of the feature templates new models are trained with. A model file records its version and is tagged with
 * that version's templates, so older shipped models keep their exact output; other versions are refused at load time.
 * 5: the templates of open v3, open-permissive v1 and research v4. 6: without the four neighbour-cluster templates
 * (an ablation found they buy nothing) and with the shape of digits and symbols inside capitalised tokens. 7: version
 * 6 with two internal bits moved off the feature flags they shared (in 5 and 6 every lowercase word also fired
 * "title word" and every dash "first name"). 8: version 5's templates (those of the shipped open v3: the version-7
 * retrain lost demo entities and robustness cases) plus organisation cues: every word of a capitalised name learns
 * whether the name ends in an organisation head word of data/ner-org-heads.json ("... Holdings", "... Brigade") or
 * starts with one before "of", whether it holds "&", and whether an acronym in parentheses follows it. 9: version 8
 * whose organisation cues start after a sentence-initial word that is common in lowercase ("Shares of X Holdings":
 * in 8 "Shares" got the cues of the name and the tagger took it into the organisation). 10: version 9 with only the
 * head-word cues of a name's last word (the cue that bought the most alone on the dev sets; stage-1 ablation).
 */
export const FEATURE_VERSION = 9;
export const SUPPORTED_FEATURE_VERSIONS: readonly number[] = [5, 6, 7, 8, 9, 10];

/** Growable buffer of feature keys for a document: token t owns keys [start[t], start[t+1]). */
export class KeyBuffer {
  a = new Uint32Array(4096);
  b = new Uint32Array(4096);
  len = 0;
  start = new Int32Array(256);
  tokens = 0;

  reset(): void {
    this.len = 0;
    this.tokens = 0;
  }

  beginToken(): void {
    if (this.tokens + 2 > this.start.length) {
      const s = new Int32Array(this.start.length * 2);
      s.set(this.start);
      this.start = s;
    }
    this.start[this.tokens++] = this.len;
    this.start[this.tokens] = this.len;
  }

  push(a: number, b: number): void {
    if (this.len === this.a.length) {
      const na = new Uint32Array(this.a.length * 2);
      na.set(this.a);
      this.a = na;
      const nb = new Uint32Array(this.b.length * 2);
      nb.set(this.b);
      this.b = nb;
    }
    this.a[this.len] = a;
    this.b[this.len] = b;
    this.len++;
    this.start[this.tokens] = this.len;
  }
}

// Per-token hash slots.
const S_LOWER = 0; // lowercased, digits mapped to 0
const S_EXACT = 1;
const S_SHAPE = 2; // character classes, runs capped at 3
const S_SHORT = 3; // character classes, runs collapsed
const S_PRE = 4; // 4..7: lowercased prefixes of length 1..4
const S_SUF = 8; // 8..11: lowercased suffixes of length 1..4
const S_HYTAIL = 12; // lowercased part after the last hyphen ("-led", "-based"), for hyphenated words only
const NSLOT = 13;
/** Slots that are features of the token by themselves (the hyphen tail is emitted only for hyphenated words). */
const NWORD_SLOTS = 12;

// Token flags (bit positions).
const F_TITLE = 0;
const F_ALLCAPS = 1;
const F_DIGIT = 2;
const F_HYPHEN = 3;
const F_PERIOD = 4;
const F_SENTSTART = 5;
const F_HEADLINE = 6;
const F_GAZ_PLACE = 7;
const F_GAZ_PLACE_BEGIN = 8;
const F_GAZ_DEMONYM = 9;
const F_SEEN_LOWER = 10;
const F_SEEN_TITLE = 11;
const F_PUNCT = 12;
const F_SINGLE_UPPER = 13;
const F_AFTER_QUOTE = 14;
const F_LONG = 15;
const F_KNOWN_LOWER = 16; // the word is common in lowercase in the training text ("However", "The")
const F_RARE = 17; // the word is rare or unseen in the training text
const F_AMP = 18; // "&" or a word containing it ("AT&T", "Procter & Gamble")
const F_MIXED = 19; // a capital after a lowercase letter ("iPhone", "YouTube")
const F_DATELINE = 20; // in the ALL-CAPS words opening a sentence before a dash or "(" ("CITY NAME --")
const F_PARTICLE = 21; // short lowercase word between capitalised words ("Rio de Janeiro", "Bank of X")
const F_BEFORE_COMMA = 22; // the next token is a comma
const F_TITLE_WORD = 23; // a title or role word that stands before names ("President", "Gen.", "spokesman")
const F_FIRST_NAME = 24; // a common first name (gazetteer; some are also common words)
const NFLAGS = 25;

/** Word lists learned from the training text (hashes of lowercased words), shipped inside the model. */
export interface Lexicon {
  /** Words seen at least twice written all lowercase. */
  readonly lower: ReadonlySet<number>;
  /** Words seen at least twice in any case. */
  readonly vocab: ReadonlySet<number>;
  /** Word clusters learned from unlabeled text (loadWordClusters): word hash -> bit path behind a leading 1. */
  readonly clusters: ReadonlyMap<number, number>;
}

/** Hash of a lowercased word as used by the lexicon (same as the LOWER slot of the extractor). */
export function lowerWordHash(lower: string): number {
  let l1 = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    let lc = lower.charCodeAt(i);
    if (lc >= 48 && lc <= 57) lc = 48;
    l1 = Math.imul(l1 ^ lc, M1);
  }
  return fmix(l1 ^ 0x1234567);
}

/** Builds the lexicon from training sentences (the clusters come from unlabeled text, see loadWordClusters). */
export function buildLexicon(
  sentences: Iterable<readonly string[]>,
  clusters: ReadonlyMap<number, number> = new Map(),
): Lexicon {
  const any = new Map<number, number>();
  const low = new Map<number, number>();
  for (const s of sentences) {
    for (const w of s) {
      const lo = w.toLowerCase();
      const h = lowerWordHash(lo);
      any.set(h, (any.get(h) ?? 0) + 1);
      if (lo === w && /^\p{L}/u.test(w)) low.set(h, (low.get(h) ?? 0) + 1);
    }
  }
  const atLeast2 = (m: Map<number, number>): Set<number> => new Set([...m].filter(([, c]) => c >= 2).map(([h]) => h));
  return { lower: atLeast2(low), vocab: atLeast2(any), clusters };
}

const M1 = 0x01000193; // FNV prime
const M2 = 0x5bd1e995;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashConst(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, M1);
    h2 = Math.imul(h2 ^ c, M2);
  }
  return [fmix(h1), fmix(h2)];
}

// Character classes: 88 'X' upper, 120 'x' lower, 100 'd' digit, otherwise the code itself. Non-ASCII classes are
// computed once per code point and cached (bit 16 marks a letter or number of any script).
const ALNUM = 1 << 16;
const classCache = new Int32Array(65536).fill(-1);
function charInfo(c: number): number {
  let v = classCache[c]!;
  if (v >= 0) return v;
  const s = String.fromCharCode(c);
  if (c >= 65 && c <= 90) v = 88 | ALNUM;
  else if (c >= 97 && c <= 122) v = 120 | ALNUM;
  else if (c >= 48 && c <= 57) v = 100 | ALNUM;
  else {
    const lo = s.toLowerCase();
    const up = s.toUpperCase();
    v = lo !== up ? (s === up ? 88 : 120) : c;
    if (/[\p{L}\p{N}]/u.test(s)) v |= ALNUM;
  }
  classCache[c] = v;
  return v;
}

function charClass(c: number): number {
  return charInfo(c) & 0xffff;
}

/** Reusable per-document scratch arrays (4 extra rows hold the sentence padding hashes). */
class Scratch {
  ha = new Uint32Array(NSLOT * 256);
  hb = new Uint32Array(NSLOT * 256);
  flags = new Int32Array(256);
  /** Capitalised-run position: run length * 16 + index in the run, 0 outside runs. */
  runs = new Int32Array(256);
  /** First and last token (document index) of the loose capitalised run holding the token, -1 outside runs. */
  runFirst = new Int32Array(256);
  runLast = new Int32Array(256);
  /** Cluster path code of each token (0: no cluster), and of the padding rows. */
  clus = new Int32Array(256);
  /** Digits and symbols inside a capitalised token (innerShapeOf), 0 for other tokens. */
  inner = new Int32Array(256);
  ensure(n: number): void {
    if (this.flags.length >= n) return;
    let m = this.flags.length;
    while (m < n) m *= 2;
    this.ha = new Uint32Array(NSLOT * m);
    this.hb = new Uint32Array(NSLOT * m);
    this.flags = new Int32Array(m);
    this.runs = new Int32Array(m);
    this.runFirst = new Int32Array(m);
    this.runLast = new Int32Array(m);
    this.clus = new Int32Array(m);
    this.inner = new Int32Array(m);
  }
}

/** Neighbour roles of neighbourKeys. */
export const NB_LEFT = 0;
export const NB_RIGHT = 1;
export const NB_LEFT2 = 2;
export const NB_RIGHT2 = 3;

const PAD: [number, number][] = ["<s-2>", "<s-1>", "</s+1>", "</s+2>"].map(hashConst);

// Internal per-token bits beyond the feature flags.
const X_FIRST_LETTER = 1 << 27;
const X_QUOTE = 1 << 28;
// The lowercase-word and dash bits: versions 5 and 6 put them on the bits of F_TITLE_WORD and F_FIRST_NAME (a bug
// their models learned with, so they keep it); version 7 on bits of their own.
const X_LOWER_WORD_V5 = 1 << 23; // the token is entirely lowercase and starts with a letter
const X_DASH_V5 = 1 << 24; // a dash-like token ("-", "--", "\u2013", "\u2014") or "("
const X_LOWER_WORD_V7 = 1 << 29;
const X_DASH_V7 = 1 << 30;
const X_DIGIT_FIRST = 1 << 25;
const X_COMMA = 1 << 26;
const FEATURE_FLAG_MASK = (1 << NFLAGS) - 1;
/** Flags that depend on the word alone (its characters, the lexicon, the word lists), not on its context. */
const WORD_FLAG_MASK =
  (1 << F_TITLE) |
  (1 << F_ALLCAPS) |
  (1 << F_DIGIT) |
  (1 << F_HYPHEN) |
  (1 << F_PERIOD) |
  (1 << F_GAZ_DEMONYM) |
  (1 << F_PUNCT) |
  (1 << F_SINGLE_UPPER) |
  (1 << F_LONG) |
  (1 << F_KNOWN_LOWER) |
  (1 << F_RARE) |
  (1 << F_AMP) |
  (1 << F_MIXED) |
  (1 << F_TITLE_WORD) |
  (1 << F_FIRST_NAME);
const CAP_MASK = (1 << F_TITLE) | (1 << F_ALLCAPS);

export class FeatureExtractor {
  private readonly scratch = new Scratch();
  private readonly gaz: Gazetteer;
  private readonly titleWords: ReadonlySet<string>;
  private out!: KeyBuffer;
  /** Whether tokenKeys writes the word-only keys too (false: the tagger adds them from its per-word cache). */
  private withWordKeys = true;
  /** Whether tokenKeys writes the keys that read one neighbour word alone (false: see neighbourKeys). */
  private withNeighbourKeys = true;
  private readonly wordHa = new Uint32Array(NSLOT);
  private readonly wordHb = new Uint32Array(NSLOT);
  /** Lowercased tokens of the last extracted document (reused by the stacked stage). */
  lowers: string[] = [];
  /** The version's lowercase-word and dash bits (X_LOWER_WORD_V5 ...). */
  private readonly xLowerWord: number;
  private readonly xDash: number;
  /** Versions 6 and 7: inner shapes instead of the four neighbour-cluster templates. */
  private readonly innerShapes: boolean;
  /** Version 8: the organisation cues of capitalised names. */
  private readonly orgCues: boolean;
  /** Version 9: no organisation cues for a sentence-initial common word before a particle (orgCuesOfRun). */
  private readonly orgCuesAfterOpener: boolean;
  /** Version 10: of the organisation cues, only those of the name's last word. */
  private readonly lastHeadCueOnly: boolean;
  private readonly orgKindOf: ReadonlyMap<string, number>;
  // What a token's features take from the word alone (hashes, flags, cluster, inner shape, place-name candidates),
  // computed once per distinct word: a token then costs one map lookup instead of hashing and five set lookups.
  private readonly wordSlot = new Map<string, number>();
  private wHa = new Uint32Array(NSLOT * 1024);
  private wHb = new Uint32Array(NSLOT * 1024);
  /** hashToken's flags with the lexicon's (the first pass's flags). */
  private wFlags = new Int32Array(1024);
  /** Title word, first name, and demonym when capitalised (added in the second pass). */
  private wListFlags = new Int32Array(1024);
  private wFirstUpper = new Uint8Array(1024);
  private wInner = new Int32Array(1024);
  private wClus = new Int32Array(1024);
  /** Organisation head kind of the word (loadOrgHeads; version 8), 0 for other words. */
  private wOrgHead = new Uint8Array(1024);
  private wLower: string[] = [];
  private wPlaces: (readonly (readonly string[])[] | undefined)[] = [];
  /** Slot of every token of the last extracted document in the word cache (see wordGeneration). */
  tokenWords = new Int32Array(256);
  /** Changes whenever the word cache is emptied (slots are then reused for other words). */
  wordGeneration = 0;
  /** Distinct words the cache keeps (about 200 bytes each) before it starts again. */
  wordCacheMax = 100_000;

  constructor(
    private readonly lexicon?: Lexicon,
    gaz?: Gazetteer,
    /** Template version (FEATURE_VERSION for new models; a loaded model's own version). */
    version: number = FEATURE_VERSION,
  ) {
    if (!SUPPORTED_FEATURE_VERSIONS.includes(version)) throw new Error(`unsupported NER feature version ${version}`);
    this.xLowerWord = version === 7 ? X_LOWER_WORD_V7 : X_LOWER_WORD_V5;
    this.xDash = version === 7 ? X_DASH_V7 : X_DASH_V5;
    this.innerShapes = version === 6 || version === 7;
    this.orgCues = version >= 8;
    this.orgCuesAfterOpener = version >= 9;
    this.lastHeadCueOnly = version === 10;
    this.orgKindOf = this.orgCues ? loadOrgHeads().kindOf : new Map();
    this.gaz = gaz ?? loadGazetteer();
    this.titleWords = loadTrainingConventions(this.gaz).titleWords;
  }

  /** The word's slot in the word cache, filled on first sight. */
  private slotOf(w: string): number {
    const hit = this.wordSlot.get(w);
    if (hit !== undefined) return hit;
    const id = this.wordSlot.size;
    if (id === this.wFlags.length) this.growWords();
    const lo = w.toLowerCase();
    let f = this.hashToken(w, lo, id, this.wHa, this.wHb);
    const h = this.wHa[id * NSLOT + S_LOWER]!;
    if (this.lexicon && !(f & (1 << F_PUNCT))) {
      if (this.lexicon.lower.has(h)) f |= 1 << F_KNOWN_LOWER;
      if (!this.lexicon.vocab.has(h)) f |= 1 << F_RARE;
    }
    this.wFlags[id] = f;
    const firstUpper = charClass(w.charCodeAt(0)) === 88;
    const cap = (f & ((1 << F_TITLE) | (1 << F_ALLCAPS))) !== 0 && firstUpper;
    let g = 0;
    if (this.titleWords.has(lo)) g |= 1 << F_TITLE_WORD;
    if (this.gaz.firstNames.has(lo)) g |= 1 << F_FIRST_NAME;
    if (cap && this.gaz.demonyms.has(lo)) g |= 1 << F_GAZ_DEMONYM;
    this.wListFlags[id] = g;
    this.wFirstUpper[id] = firstUpper ? 1 : 0;
    this.wInner[id] = this.innerShapes ? innerShapeOf(w) : 0;
    this.wOrgHead[id] = this.orgKindOf.get(lo) ?? 0;
    this.wClus[id] = this.lexicon?.clusters.get(h) ?? 0;
    this.wLower[id] = lo;
    this.wPlaces[id] = this.gaz.places.get(lo);
    this.wordSlot.set(w, id);
    return id;
  }

  private growWords(): void {
    const m = this.wFlags.length * 2;
    const grow = <T extends Uint32Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T, per = 1): T => {
      const b = make(m * per);
      b.set(a);
      return b;
    };
    this.wHa = grow(this.wHa, (n) => new Uint32Array(n), NSLOT);
    this.wHb = grow(this.wHb, (n) => new Uint32Array(n), NSLOT);
    this.wFlags = grow(this.wFlags, (n) => new Int32Array(n));
    this.wListFlags = grow(this.wListFlags, (n) => new Int32Array(n));
    this.wFirstUpper = grow(this.wFirstUpper, (n) => new Uint8Array(n));
    this.wInner = grow(this.wInner, (n) => new Int32Array(n));
    this.wClus = grow(this.wClus, (n) => new Int32Array(n));
    this.wOrgHead = grow(this.wOrgHead, (n) => new Uint8Array(n));
  }

  /** Hashes one token into the scratch slots at position p; returns its character-derived flags. */
  private hashToken(w: string, lower: string, p: number, ha = this.scratch.ha, hb = this.scratch.hb): number {
    const o = p * NSLOT;
    let l1 = 0x811c9dc5,
      l2 = 0x9747b28c,
      e1 = 0x3c6ef372,
      e2 = 0xa54ff53a;
    let s1 = 0x510e527f,
      s2 = 0x9b05688c,
      t1 = 0x1f83d9ab,
      t2 = 0x5be0cd19;
    let h1 = 0x2f6b8c3d,
      h2 = 0x73a1e5b9;
    let sawLowerLetter = false;
    let prevClass = -1;
    let run = 0;
    let uppers = 0;
    let lowersN = 0;
    let alnum = 0;
    let quotes = 0;
    let f = 0;
    const n = w.length;
    const sameLen = lower.length === n;
    for (let i = 0; i < n; i++) {
      const c = w.charCodeAt(i);
      let lc = sameLen ? lower.charCodeAt(i) : c;
      if (lc >= 48 && lc <= 57) {
        lc = 48;
        f |= 1 << F_DIGIT;
      }
      l1 = Math.imul(l1 ^ lc, M1);
      l2 = Math.imul(l2 ^ lc, M2);
      if (c === 45) {
        h1 = 0x2f6b8c3d;
        h2 = 0x73a1e5b9;
      } else {
        h1 = Math.imul(h1 ^ lc, M1);
        h2 = Math.imul(h2 ^ lc, M2);
      }
      e1 = Math.imul(e1 ^ c, M1);
      e2 = Math.imul(e2 ^ c, M2);
      const info = charInfo(c);
      const k = info & 0xffff;
      if (k === 88) {
        uppers++;
        if (sawLowerLetter) f |= 1 << F_MIXED;
      } else if (k === 120) {
        lowersN++;
        sawLowerLetter = true;
      }
      if (c === 38) f |= 1 << F_AMP;
      if (info & ALNUM) alnum++;
      else if (c === 45) f |= 1 << F_HYPHEN;
      else if (c === 46) f |= 1 << F_PERIOD;
      else if (c === 34 || c === 39 || c === 96) quotes++;
      if (k === prevClass) run++;
      else run = 1;
      if (run <= 3) {
        s1 = Math.imul(s1 ^ k, M1);
        s2 = Math.imul(s2 ^ k, M2);
      }
      if (run === 1) {
        t1 = Math.imul(t1 ^ k, M1);
        t2 = Math.imul(t2 ^ k, M2);
      }
      prevClass = k;
      if (i < 4) {
        ha[o + S_PRE + i] = fmix(l1);
        hb[o + S_PRE + i] = fmix(l2);
      }
    }
    for (let i = n; i < 4; i++) {
      ha[o + S_PRE + i] = fmix(l1);
      hb[o + S_PRE + i] = fmix(l2);
    }
    ha[o + S_LOWER] = fmix(l1 ^ 0x1234567);
    hb[o + S_LOWER] = fmix(l2 ^ 0x1234567);
    ha[o + S_EXACT] = fmix(e1);
    hb[o + S_EXACT] = fmix(e2);
    ha[o + S_SHAPE] = fmix(s1);
    hb[o + S_SHAPE] = fmix(s2);
    ha[o + S_SHORT] = fmix(t1);
    hb[o + S_SHORT] = fmix(t2);
    ha[o + S_HYTAIL] = fmix(h1 ^ 0x51ed270b);
    hb[o + S_HYTAIL] = fmix(h2 ^ 0x51ed270b);
    // Suffixes: hash the lowercased word backwards.
    let r1 = 0x6a09e667,
      r2 = 0xbb67ae85;
    const ln = lower.length;
    for (let i = 0; i < 4; i++) {
      if (i < ln) {
        let lc = lower.charCodeAt(ln - 1 - i);
        if (lc >= 48 && lc <= 57) lc = 48;
        r1 = Math.imul(r1 ^ lc, M1);
        r2 = Math.imul(r2 ^ lc, M2);
      }
      ha[o + S_SUF + i] = fmix(r1);
      hb[o + S_SUF + i] = fmix(r2);
    }
    if (n < 2) f &= ~((1 << F_HYPHEN) | (1 << F_PERIOD));
    const first = n > 0 ? charInfo(w.charCodeAt(0)) : 0;
    const cap = (first & 0xffff) === 88;
    const allUpper = uppers > 0 && lowersN === 0;
    if (cap && !allUpper) f |= 1 << F_TITLE;
    if (allUpper) f |= 1 << F_ALLCAPS;
    if (n > 0 && alnum === 0) f |= 1 << F_PUNCT;
    if (n === 1 && cap) f |= 1 << F_SINGLE_UPPER;
    if (n > 12) f |= 1 << F_LONG;
    const firstLetter =
      (first & ALNUM) !== 0 &&
      (first & 0xffff) !== 100 &&
      (n === 0 || !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57));
    if (firstLetter) f |= X_FIRST_LETTER;
    if (n > 0 && quotes === n) f |= X_QUOTE;
    if (firstLetter && uppers === 0 && lower === w) f |= this.xLowerWord;
    if (n > 0 && alnum === 0) {
      const c0 = w.charCodeAt(0);
      if (w === "(" || ((c0 === 45 || c0 === 0x2013 || c0 === 0x2014) && n <= 3)) f |= this.xDash;
      if (w === ",") f |= X_COMMA;
    }
    if (n > 0 && (first & 0xffff) === 100) f |= X_DIGIT_FIRST;
    return f;
  }

  /**
   * Writes the feature keys of every token of a document into `out` (token order: sentence by sentence).
   * `extra`, when given, adds document-level stacked features per token (see makeStackedFeatures).
   */
  extract(
    sentences: readonly (readonly string[])[],
    out: KeyBuffer,
    extra?: (token: number, out: KeyBuffer) => void,
    contextOnly = false,
    /** Leave out the keys that read one neighbour word alone too (the tagger adds them from its per-word cache). */
    withoutNeighbourKeys = false,
  ): void {
    out.reset();
    this.out = out;
    this.withWordKeys = !contextOnly;
    this.withNeighbourKeys = !withoutNeighbourKeys;
    let total = 0;
    for (const s of sentences) total += s.length;
    this.scratch.ensure(total + 4);
    const { ha, hb, flags } = this.scratch;
    for (let k = 0; k < 4; k++) {
      for (let s = 0; s < NSLOT; s++) {
        ha[(total + k) * NSLOT + s] = PAD[k]![0];
        hb[(total + k) * NSLOT + s] = PAD[k]![1];
      }
    }
    // Document-level word statistics: lowercase uses and title-case uses not at sentence start.
    const lowerSeen = new Set<string>();
    const titleSeen = new Set<string>();
    const lowers: string[] = new Array(total);
    this.lowers = lowers;
    const headline = new Uint8Array(sentences.length);
    // Bounded memory on long runs: the word cache starts again between documents once it is large.
    if (this.wordSlot.size + total > this.wordCacheMax) {
      this.wordSlot.clear();
      this.wLower = [];
      this.wPlaces = [];
      this.wordGeneration++;
    }
    if (this.tokenWords.length < total) this.tokenWords = new Int32Array(total * 2);
    const tokenWords = this.tokenWords;
    const { inner, clus } = this.scratch;
    let p = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      let letterTokens = 0;
      let upperTokens = 0;
      for (let i = 0; i < s.length; i++) {
        const id = this.slotOf(s[i]!);
        tokenWords[p + i] = id;
        lowers[p + i] = this.wLower[id]!;
        const from = id * NSLOT;
        const to = (p + i) * NSLOT;
        const { wHa, wHb } = this;
        for (let k = 0; k < NSLOT; k++) {
          ha[to + k] = wHa[from + k]!;
          hb[to + k] = wHb[from + k]!;
        }
        const f = this.wFlags[id]!;
        flags[p + i] = f;
        inner[p + i] = this.wInner[id]!;
        clus[p + i] = this.wClus[id]!;
        if (f & X_FIRST_LETTER) {
          letterTokens++;
          if (f & (1 << F_ALLCAPS)) upperTokens++;
        }
      }
      const isHead = letterTokens >= 2 && upperTokens === letterTokens;
      headline[si] = isHead ? 1 : 0;
      for (let i = 1; i < s.length; i++) {
        const f = flags[p + i]!;
        if (f & this.xLowerWord) {
          if (s[i]!.length > 1) lowerSeen.add(lowers[p + i]!);
        } else if (!isHead && f & (1 << F_TITLE)) titleSeen.add(lowers[p + i]!);
      }
      p += s.length;
    }
    p = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const n = s.length;
      const base = p;
      for (let i = 0; i < n; i++) {
        const lo = lowers[base + i]!;
        const id = tokenWords[base + i]!;
        let f = flags[base + i]!;
        const cap = (f & ((1 << F_TITLE) | (1 << F_ALLCAPS))) !== 0 && this.wFirstUpper[id] === 1;
        if (i === 0) f |= 1 << F_SENTSTART;
        // Title word, first name, and demonym when capitalised.
        f |= this.wListFlags[id]!;
        if (headline[si]) f |= 1 << F_HEADLINE;
        if (cap) {
          if (lowerSeen.has(lo)) f |= 1 << F_SEEN_LOWER;
          if ((i === 0 || f & (1 << F_ALLCAPS)) && titleSeen.has(lo)) f |= 1 << F_SEEN_TITLE;
        }
        if (i > 0 && flags[base + i - 1]! & X_QUOTE) f |= 1 << F_AFTER_QUOTE;
        if (i + 1 < n && flags[base + i + 1]! & X_COMMA) f |= 1 << F_BEFORE_COMMA;
        flags[base + i] = f;
      }
      const capMask = CAP_MASK;
      // Dateline: the ALL-CAPS words opening a body sentence, ended by a dash, "(" or a date ("CITY NAME --").
      if (!headline[si]) {
        let j = 0;
        while (j < n && flags[base + j]! & (1 << F_ALLCAPS) && flags[base + j]! & X_FIRST_LETTER) j++;
        const end = j < n ? flags[base + j]! : 0;
        if (j > 0 && (end & this.xDash || end & X_DIGIT_FIRST || (end & X_COMMA && j < 4))) {
          for (let k = 0; k < j; k++) flags[base + k] = flags[base + k]! | (1 << F_DATELINE);
        }
      }
      // Particles inside names: a short lowercase word (or "&") with capitalised words on both sides.
      for (let i = 1; i + 1 < n; i++) {
        const f = flags[base + i]!;
        const short = (f & this.xLowerWord && s[i]!.length <= 3) || s[i] === "&";
        if (short && flags[base + i - 1]! & capMask && flags[base + i + 1]! & capMask) {
          flags[base + i] = f | (1 << F_PARTICLE);
        }
      }
      // Place names: longest capitalised match starting at each token.
      for (let i = 0; i < n; i++) {
        const id = tokenWords[base + i]!;
        const cands = this.wPlaces[id];
        if (!cands || this.wFirstUpper[id] !== 1) continue;
        for (const cand of cands) {
          if (i + cand.length > n) continue;
          let ok = true;
          for (let k = 1; k < cand.length; k++) {
            if (lowers[base + i + k] !== cand[k]) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          flags[base + i] = flags[base + i]! | (1 << F_GAZ_PLACE_BEGIN);
          for (let k = 0; k < cand.length; k++) flags[base + i + k] = flags[base + i + k]! | (1 << F_GAZ_PLACE);
          i += cand.length - 1;
          break;
        }
      }
      // Runs of capitalised tokens ("Kloof Gold Mining Co"): length and position help entity boundaries.
      const runs = this.scratch.runs;
      const { runFirst, runLast } = this.scratch;
      for (let i = 0; i < n;) {
        const loose = capMask | (1 << F_PARTICLE);
        if (!(flags[base + i]! & capMask)) {
          runFirst[base + i] = -1;
          runLast[base + i] = -1;
          i++;
          continue;
        }
        let j = i;
        while (j < n && flags[base + j]! & loose) j++;
        while (j > i + 1 && !(flags[base + j - 1]! & capMask)) j--;
        for (let k = i; k < j; k++) {
          runFirst[base + k] = j - i > 1 ? base + i : -1;
          runLast[base + k] = j - i > 1 ? base + j - 1 : -1;
        }
        i = j;
      }
      for (let i = 0; i < n;) {
        if (!(flags[base + i]! & capMask)) {
          runs[base + i] = 0;
          i++;
          continue;
        }
        let j = i;
        while (j < n && flags[base + j]! & capMask) j++;
        for (let k = i; k < j; k++) runs[base + k] = Math.min(j - i, 6) * 16 + Math.min(k - i, 5);
        i = j;
      }
      for (let i = 0; i < n; i++) {
        out.beginToken();
        this.tokenKeys(base, i, n, total);
        if (extra) extra(base + i, out);
      }
      p += n;
    }
  }

  /**
   * The keys that extract(..., contextOnly) leaves out for a token `w`: those of the templates that read the word
   * alone (its hashes, word flags, cluster, inner shape), whichever context it stands in. Written to `out` as one
   * token, so a tagger can sum their weights once per distinct word.
   */
  wordKeys(w: string, out: KeyBuffer): void {
    out.reset();
    out.beginToken();
    this.out = out;
    const ha = this.wordHa;
    const hb = this.wordHb;
    const lo = w.toLowerCase();
    let f = this.hashToken(w, lo, 0, ha, hb);
    if (this.lexicon && !(f & (1 << F_PUNCT))) {
      if (this.lexicon.lower.has(ha[S_LOWER]!)) f |= 1 << F_KNOWN_LOWER;
      if (!this.lexicon.vocab.has(ha[S_LOWER]!)) f |= 1 << F_RARE;
    }
    if (this.titleWords.has(lo)) f |= 1 << F_TITLE_WORD;
    if (this.gaz.firstNames.has(lo)) f |= 1 << F_FIRST_NAME;
    const cap = (f & CAP_MASK) !== 0 && w.length > 0 && charClass(w.charCodeAt(0)) === 88;
    if (cap && this.gaz.demonyms.has(lo)) f |= 1 << F_GAZ_DEMONYM;
    this.unary(1, 0, 0);
    for (let s = 0; s < NWORD_SLOTS; s++) this.unary(2 + s, ha[s]!, hb[s]!);
    const c0 = this.lexicon?.clusters.get(ha[S_LOWER]!) ?? 0;
    if (c0) {
      this.unary(40, clusterPrefix(c0, 4), 0);
      this.unary(41, clusterPrefix(c0, 6), 0);
      this.unary(42, clusterPrefix(c0, 9), 0);
      this.unary(43, c0, 0);
      this.unary(44, clusterPrefix(c0, 6), (f & CAP_MASK) !== 0 ? 1 : 0);
    }
    if (this.innerShapes) {
      const in0 = innerShapeOf(w);
      if (in0) this.unary(50, in0, Math.min(lo.length, 5));
    }
    const wf = f & FEATURE_FLAG_MASK & WORD_FLAG_MASK;
    for (let b = 0; b < NFLAGS; b++) if (wf & (1 << b)) this.unary(120 + b, 1, 1);
    if (wf & (1 << F_HYPHEN)) this.unary(108, ha[S_HYTAIL]!, hb[S_HYTAIL]!);
  }

  /**
   * The keys that extract(..., withoutNeighbourKeys) leaves out for a token, of the templates that read one neighbour
   * alone, for the neighbour `w` in role `role` (NB_LEFT: the previous word, NB_RIGHT: the next, NB_LEFT2 and
   * NB_RIGHT2: two away); `w` undefined stands for the sentence padding there. Written to `out` as one token.
   */
  neighbourKeys(w: string | undefined, role: number, out: KeyBuffer): void {
    out.reset();
    out.beginToken();
    this.out = out;
    const ha = this.wordHa;
    const hb = this.wordHb;
    let c = 1;
    if (w === undefined) {
      const pad = PAD[role === NB_LEFT2 ? 0 : role === NB_LEFT ? 1 : role === NB_RIGHT ? 2 : 3]!;
      ha.fill(pad[0]);
      hb.fill(pad[1]);
    } else {
      this.hashToken(w, w.toLowerCase(), 0, ha, hb);
      c = this.lexicon?.clusters.get(ha[S_LOWER]!) ?? 0;
    }
    const left = role === NB_LEFT;
    if (role === NB_LEFT2 || role === NB_RIGHT2) {
      this.unary(role === NB_LEFT2 ? 22 : 23, ha[S_LOWER]!, hb[S_LOWER]!);
      return;
    }
    this.unary(left ? 20 : 21, ha[S_LOWER]!, hb[S_LOWER]!);
    this.unary(left ? 24 : 25, ha[S_SHORT]!, hb[S_SHORT]!);
    this.unary(left ? 34 : 35, ha[S_SUF + 2]!, hb[S_SUF + 2]!);
    if (!this.innerShapes) {
      this.unary(left ? 45 : 46, clusterPrefix(c, 6), 0);
      this.unary(left ? 47 : 48, c, 0);
    }
  }

  private unary(t: number, x1: number, x2: number): void {
    const m = Math.imul(t, 0x9e3779b1);
    this.out.push(fmix(m ^ x1), fmix(m ^ x2 ^ 0x7f4a7c15));
  }

  private binary(t: number, x1: number, x2: number, y1: number, y2: number): void {
    const m = Math.imul(t, 0x9e3779b1);
    this.out.push(
      fmix(fmix(m ^ x1) ^ Math.imul(y1, 0x27d4eb2d)),
      fmix(fmix(m ^ x2 ^ 0x7f4a7c15) ^ Math.imul(y2, 0x165667b1)),
    );
  }

  private tokenKeys(base: number, i: number, n: number, total: number): void {
    const { ha, hb, flags } = this.scratch;
    const o = (base + i) * NSLOT;
    // Out-of-sentence neighbours point at the padding rows after the document's tokens.
    const om2 = (i > 1 ? base + i - 2 : total) * NSLOT;
    const om1 = (i > 0 ? base + i - 1 : total + 1) * NSLOT;
    const op1 = (i + 1 < n ? base + i + 1 : total + 2) * NSLOT;
    const op2 = (i + 2 < n ? base + i + 2 : total + 3) * NSLOT;
    const all = this.withWordKeys;
    if (all) {
      this.unary(1, 0, 0);
      for (let s = 0; s < NWORD_SLOTS; s++) this.unary(2 + s, ha[o + s]!, hb[o + s]!);
    }
    const lm1a = ha[om1 + S_LOWER]!,
      lm1b = hb[om1 + S_LOWER]!;
    const lp1a = ha[op1 + S_LOWER]!,
      lp1b = hb[op1 + S_LOWER]!;
    const lm2a = ha[om2 + S_LOWER]!,
      lm2b = hb[om2 + S_LOWER]!;
    const lp2a = ha[op2 + S_LOWER]!,
      lp2b = hb[op2 + S_LOWER]!;
    const sm1a = ha[om1 + S_SHORT]!,
      sm1b = hb[om1 + S_SHORT]!;
    const sp1a = ha[op1 + S_SHORT]!,
      sp1b = hb[op1 + S_SHORT]!;
    const nbKeys = this.withNeighbourKeys;
    if (nbKeys) {
      this.unary(20, lm1a, lm1b);
      this.unary(21, lp1a, lp1b);
      this.unary(22, lm2a, lm2b);
      this.unary(23, lp2a, lp2b);
      this.unary(24, sm1a, sm1b);
      this.unary(25, sp1a, sp1b);
    }
    const s0a = ha[o + S_SHORT]!;
    const s0b = hb[o + S_SHORT]!;
    const l0a = ha[o + S_LOWER]!;
    const l0b = hb[o + S_LOWER]!;
    this.binary(26, sm1a, sm1b, s0a, s0b);
    this.binary(27, s0a, s0b, sp1a, sp1b);
    this.binary(28, lm1a, lm1b, l0a, l0b);
    this.binary(29, l0a, l0b, lp1a, lp1b);
    this.binary(30, lm1a, lm1b, s0a, s0b);
    this.binary(31, s0a, s0b, lp1a, lp1b);
    this.binary(32, lm2a, lm2b, lm1a, lm1b);
    this.binary(33, lp1a, lp1b, lp2a, lp2b);
    // Neighbours' 3-letter suffixes ("-ov said", "Mr. X-son").
    if (nbKeys) {
      this.unary(34, ha[om1 + S_SUF + 2]!, hb[om1 + S_SUF + 2]!);
      this.unary(35, ha[op1 + S_SUF + 2]!, hb[op1 + S_SUF + 2]!);
    }
    const run = this.scratch.runs[base + i]!;
    this.unary(36, run, run);
    // Unknown capitalised words: whether they are names depends on the next word ("Mwangi dismissed").
    const fl = flags[base + i]!;
    const rareCap = (fl >> F_RARE) & 1 && (fl & ((1 << F_TITLE) | (1 << F_ALLCAPS))) !== 0;
    if (rareCap) {
      this.unary(37, (fl >> F_SENTSTART) & 3, 0);
      this.unary(38, lp1a, lp1b);
      this.unary(39, lm1a, lm1b);
    }
    // First names by case: capitalised they are usually names, lowercase often ordinary words ("will", "mark").
    if (fl & (1 << F_FIRST_NAME)) this.unary(49, (fl >> F_TITLE) & 3, (fl >> F_SENTSTART) & 1);
    // Word clusters (bit-path prefixes, coarse to fine) of the token and its neighbours.
    const clus = this.scratch.clus;
    const c0 = clus[base + i]!;
    if (c0 && all) {
      this.unary(40, clusterPrefix(c0, 4), 0);
      this.unary(41, clusterPrefix(c0, 6), 0);
      this.unary(42, clusterPrefix(c0, 9), 0);
      this.unary(43, c0, 0);
      this.unary(44, clusterPrefix(c0, 6), (fl & CAP_MASK) !== 0 ? 1 : 0);
    }
    if (!this.innerShapes) {
      if (nbKeys) {
        const cm1 = i > 0 ? clus[base + i - 1]! : 1;
        const cp1 = i + 1 < n ? clus[base + i + 1]! : 1;
        this.unary(45, clusterPrefix(cm1, 6), 0);
        this.unary(46, clusterPrefix(cp1, 6), 0);
        this.unary(47, cm1, 0);
        this.unary(48, cp1, 0);
      }
    } else {
      // Digits and symbols inside capitalised tokens ("G7", "F-16", "X5+1" tokenised "X5 + 1"): the token's own
      // inner shape with its length, and for any token the inner shapes of its neighbours with its own short shape
      // (the "+" and the "1" after "X5").
      const inner = this.scratch.inner;
      const in0 = inner[base + i]!;
      if (in0 && all) this.unary(50, in0, Math.min(this.lowers[base + i]!.length, 5));
      const nb = (i > 0 ? inner[base + i - 1]! : 0) * 8 + (i + 1 < n ? inner[base + i + 1]! : 0);
      if (nb) this.unary(51, nb ^ ha[o + S_SHORT]!, nb ^ hb[o + S_SHORT]!);
      if (in0) this.unary(52, in0 ^ lp1a, in0 ^ lp1b);
    }
    const f = flags[base + i]! & FEATURE_FLAG_MASK;
    const emitted = all ? f : f & ~WORD_FLAG_MASK;
    for (let b = 0; b < NFLAGS; b++) if (emitted & (1 << b)) this.unary(120 + b, 1, 1);
    // Neighbour flags that matter for names: capitalised / place / demonym neighbours.
    const fm1 = i > 0 ? flags[base + i - 1]! : 0;
    const fp1 = i + 1 < n ? flags[base + i + 1]! : 0;
    const NB =
      (1 << F_TITLE) |
      (1 << F_ALLCAPS) |
      (1 << F_GAZ_PLACE) |
      (1 << F_GAZ_DEMONYM) |
      (1 << F_SEEN_LOWER) |
      (1 << F_AMP) |
      (1 << F_PARTICLE) |
      (1 << F_DATELINE) |
      (1 << F_TITLE_WORD) |
      (1 << F_FIRST_NAME);
    for (let b = 0; b < NFLAGS; b++) {
      if (!(NB & (1 << b))) continue;
      if (fm1 & (1 << b)) this.unary(150 + b, 1, 1);
      if (fp1 & (1 << b)) this.unary(175 + b, 1, 1);
    }
    // Shape conjoined with sentence start / headline: capitalisation means less there.
    const ctx = (f >> F_SENTSTART) & 3;
    if (ctx) this.unary(100 + ctx, s0a, s0b);
    if (f & (1 << F_SEEN_LOWER)) this.unary(104, s0a, s0b);
    // Sentence-initial words: adverbs and participles ("Moreover ,", "Deposed leader") by their endings and by
    // whether a comma or a lowercase word follows.
    if (f & (1 << F_SENTSTART)) {
      const nx = i + 1 < n ? flags[base + i + 1]! : 0;
      const next = nx & X_COMMA ? 1 : nx & this.xLowerWord ? 2 : nx & CAP_MASK ? 3 : 0;
      this.unary(105, ha[o + S_SUF + 1]! ^ next, hb[o + S_SUF + 1]! ^ next);
      this.unary(106, ha[o + S_SUF + 2]! ^ next, hb[o + S_SUF + 2]! ^ next);
      this.unary(107, (fl >> F_KNOWN_LOWER) & 1, next);
    }
    // Hyphenated words: the part after the last hyphen ("-led", "-based" are not names, "-Jomart" is).
    if (f & (1 << F_HYPHEN) && all) this.unary(108, ha[o + S_HYTAIL]!, hb[o + S_HYTAIL]!);
    // Capitalised runs: their last word ("... Bank", "... Party", "... Province") and first word ("Bank of ...")
    // tell the type of every word in the run; whether the last word is a common lowercase word marks names that end
    // in a common noun.
    const rf = this.scratch.runFirst[base + i]!;
    if (rf >= 0) {
      const rl = this.scratch.runLast[base + i]!;
      const ol = rl * NSLOT;
      const of = rf * NSLOT;
      const pos = base + i === rl ? 2 : base + i === rf ? 1 : 3;
      this.unary(109, ha[ol + S_LOWER]!, hb[ol + S_LOWER]!);
      this.unary(110, ha[ol + S_SUF + 2]!, hb[ol + S_SUF + 2]!);
      this.unary(111, ha[of + S_LOWER]!, hb[of + S_LOWER]!);
      this.unary(112, ((flags[rl]! >> F_KNOWN_LOWER) & 1) * 4 + pos, Math.min(rl - rf, 4));
      if (this.orgCues) this.orgCuesOfRun(base + i, rf, rl, pos, base, base + n);
    } else if (this.orgCues && fl & CAP_MASK) this.orgCueKeys(base + i, base + i, 0, base, base + n);
  }

  /**
   * Version 9: a run opening the sentence with a word common in lowercase that is no head word, then a particle
   * ("Shares of X Holdings", "Sales at X Group"), is a common noun before a name, so the cues belong to the run
   * after the particle and the opener gets none. Head words keep theirs ("Bank of X"), and so does an opener
   * without a particle ("National X Bank": capitalised adjectives open many names). Version 8 gives the cues to
   * the whole run.
   */
  private orgCuesOfRun(t: number, rf: number, rl: number, pos: number, start: number, end: number): void {
    const flags = this.scratch.flags;
    if (
      this.orgCuesAfterOpener &&
      rf === start &&
      flags[rf]! & (1 << F_KNOWN_LOWER) &&
      !(flags[rf + 1]! & CAP_MASK) &&
      this.wOrgHead[this.tokenWords[rf]!] === 0
    ) {
      if (t === rf) return;
      let nf = rf + 1;
      while (nf < rl && !(flags[nf]! & CAP_MASK)) nf++;
      if (t < nf) return;
      const npos = nf === rl ? 0 : t === rl ? 2 : t === nf ? 1 : 3;
      this.orgCueKeys(nf, rl, npos, start, end);
    } else this.orgCueKeys(rf, rl, pos, start, end);
  }

  /**
   * Organisation cues of the capitalised run rf..rl (document indices; its sentence spans [start, end)) for one of
   * its words at position `pos` (0 a one-word run, 1 first, 2 last, 3 inside). Of the run's own words: it ends in a
   * head word of data/ner-org-heads.json (generic and by kind), starts with one before "of", holds "&". Of its
   * context: an acronym in parentheses follows it ("... Front ( XYZ )"); a lowercase head word follows or precedes
   * it ("X party", "radio station X"); an apposition ending in one follows it ("X , a welfare organization").
   */
  private orgCueKeys(rf: number, rl: number, pos: number, start: number, end: number): void {
    const { lowers, tokenWords } = this;
    const flags = this.scratch.flags;
    const head = (k: number): number => this.wOrgHead[tokenWords[k]!]!;
    const lowerHead = (k: number): number => (k >= start && k < end && flags[k]! & this.xLowerWord ? head(k) : 0);
    if (rl > rf) {
      const last = head(rl);
      if (last) {
        this.unary(113, pos, 0);
        this.unary(114, last * 4 + pos, 0);
      }
      if (this.lastHeadCueOnly) return;
      if (lowers[rf + 1] === "of" && head(rf)) this.unary(115, pos, 0);
      for (let k = rf + 1; k < rl; k++) {
        if (lowers[k] === "&") {
          this.unary(116, pos, 0);
          break;
        }
      }
    }
    if (this.lastHeadCueOnly) return;
    if (rl + 3 < end && lowers[rl + 1] === "(" && lowers[rl + 3] === ")") {
      if (flags[rl + 2]! & (1 << F_ALLCAPS) && lowers[rl + 2]!.length >= 2) this.unary(117, pos, 0);
    }
    const after = lowerHead(rl + 1);
    if (after) this.unary(118, pos, after);
    const before = lowerHead(rf - 1);
    if (before) this.unary(119, pos, before);
    // Apposition: ", a|an|the ... HEAD" within four lowercase words after the comma, before any "of" ("X , a member
    // of the party" is not one).
    if (rl + 3 < end && flags[rl + 1]! & X_COMMA) {
      const det = lowers[rl + 2];
      if (det === "a" || det === "an" || det === "the") {
        for (let k = rl + 3; k < Math.min(end, rl + 7); k++) {
          if (!(flags[k]! & this.xLowerWord) || lowers[k] === "of") break;
          const h = head(k);
          if (h) {
            this.unary(60, pos, h);
            break;
          }
        }
      }
    }
  }
}

/**
 * Digits and symbols inside a token that starts with a capital letter: bit 0 a digit, bit 1 a symbol other than the
 * ones names and abbreviations carry anyway (period, hyphen, apostrophe, ampersand), bit 2 a digit after a hyphen
 * ("Name-9"); 0 for every other token.
 */
export function innerShapeOf(w: string): number {
  if (w.length < 2 || charClass(w.charCodeAt(0)) !== 88) return 0;
  let v = 0;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const k = charInfo(c);
    if ((k & 0xffff) === 100) {
      v |= 1;
      if (w.charCodeAt(i - 1) === 45) v |= 4;
    } else if (!(k & ALNUM) && c !== 46 && c !== 45 && c !== 39 && c !== 38 && c !== 0x2019) v |= 2;
  }
  return v;
}

/** The first `len` bits of a cluster path code (bit path behind a leading 1); the whole code if it is shorter. */
function clusterPrefix(code: number, len: number): number {
  const bits = 31 - Math.clz32(code);
  return bits > len ? code >>> (bits - len) : code;
}

/** Key of a stacked (document-level) feature: template t with small integer values. */
export function stackedKey(t: number, v: number, out: KeyBuffer): void {
  const m = Math.imul(200 + t, 0x9e3779b1);
  out.push(fmix(m ^ Math.imul(v + 1, 0x27d4eb2d)), fmix(m ^ 0x7f4a7c15 ^ Math.imul(v + 1, 0x165667b1)));
}
