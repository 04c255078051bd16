// Feature extraction for the tagger. Features are never materialised as strings: each token's word, shape, prefixes
// and suffixes are hashed once into two independent 32-bit hashes, and every feature key is an integer mix of a
// template id with those hashes. The model maps 64-bit keys to dense feature ids, which keeps tagging allocation-light.
import { loadGazetteer } from "./gazetteer.js";
import type { Gazetteer } from "./gazetteer.js";

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
const NSLOT = 12;

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
const NFLAGS = 16;

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

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c > 127) {
    const s = String.fromCharCode(c);
    const lo = s.toLowerCase();
    const up = s.toUpperCase();
    if (lo !== up) return s === up ? 88 : 120;
  }
  return c;
}

/** Reusable per-document scratch arrays. */
class Scratch {
  ha = new Uint32Array(NSLOT * 256);
  hb = new Uint32Array(NSLOT * 256);
  flags = new Int32Array(256);
  ensure(n: number): void {
    if (this.flags.length >= n) return;
    let m = this.flags.length;
    while (m < n) m *= 2;
    this.ha = new Uint32Array(NSLOT * m);
    this.hb = new Uint32Array(NSLOT * m);
    this.flags = new Int32Array(m);
  }
}

const PAD: [number, number][] = ["<s-2>", "<s-1>", "</s+1>", "</s+2>"].map(hashConst);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && charClass(c) !== c);
}

function isUpperStr(w: string): boolean {
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const k = charClass(c);
    if (k === 120) return false;
    if (k === 88) letters++;
  }
  return letters > 0;
}

function isTitleStr(w: string): boolean {
  return w.length > 0 && charClass(w.charCodeAt(0)) === 88 && !isUpperStr(w);
}

export class FeatureExtractor {
  private readonly scratch = new Scratch();
  private readonly gaz: Gazetteer;

  constructor(gaz?: Gazetteer) {
    this.gaz = gaz ?? loadGazetteer();
  }

  /** Hashes one token into the scratch slots at position p. */
  private hashToken(w: string, lower: string, p: number): void {
    const ha = this.scratch.ha;
    const hb = this.scratch.hb;
    const o = p * NSLOT;
    let l1 = 0x811c9dc5,
      l2 = 0x9747b28c,
      e1 = 0x3c6ef372,
      e2 = 0xa54ff53a;
    let s1 = 0x510e527f,
      s2 = 0x9b05688c,
      t1 = 0x1f83d9ab,
      t2 = 0x5be0cd19;
    let prevClass = -1;
    let run = 0;
    const n = w.length;
    for (let i = 0; i < n; i++) {
      const c = w.charCodeAt(i);
      let lc = lower.length === n ? lower.charCodeAt(i) : c;
      if (lc >= 48 && lc <= 57) lc = 48;
      l1 = Math.imul(l1 ^ lc, M1);
      l2 = Math.imul(l2 ^ lc, M2);
      e1 = Math.imul(e1 ^ c, M1);
      e2 = Math.imul(e2 ^ c, M2);
      const k = charClass(c);
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
  }

  /**
   * Writes the feature keys of every token of a document into `out` (token order: sentence by sentence).
   * `extra`, when given, adds document-level stacked features per token (see stackedKeys).
   */
  extract(
    sentences: readonly (readonly string[])[],
    out: KeyBuffer,
    extra?: (token: number, out: KeyBuffer) => void,
  ): void {
    out.reset();
    let total = 0;
    for (const s of sentences) total += s.length;
    this.scratch.ensure(total + 1);
    const { flags } = this.scratch;
    // Document-level word statistics: lowercase uses and title-case uses not at sentence start.
    const lowerSeen = new Set<string>();
    const titleSeen = new Set<string>();
    const lowers: string[] = new Array(total);
    let p = 0;
    const headline: boolean[] = [];
    for (const s of sentences) {
      let letterTokens = 0;
      let upperTokens = 0;
      for (let i = 0; i < s.length; i++) {
        const w = s[i]!;
        const lo = w.toLowerCase();
        lowers[p + i] = lo;
        if (w.length > 0 && isLetter(w.charCodeAt(0))) {
          letterTokens++;
          if (isUpperStr(w)) upperTokens++;
        }
      }
      const isHead = letterTokens >= 2 && upperTokens === letterTokens;
      headline.push(isHead);
      for (let i = 1; i < s.length; i++) {
        const w = s[i]!;
        const lo = lowers[p + i]!;
        if (lo === w && w.length > 1 && isLetter(w.charCodeAt(0))) lowerSeen.add(lo);
        else if (!isHead && isTitleStr(w)) titleSeen.add(lo);
      }
      p += s.length;
    }
    p = 0;
    const gaz = this.gaz;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const n = s.length;
      const base = p;
      for (let i = 0; i < n; i++) {
        const w = s[i]!;
        const lo = lowers[base + i]!;
        this.hashToken(w, lo, base + i);
        let f = 0;
        const c0 = w.length > 0 ? w.charCodeAt(0) : 0;
        const upper = isUpperStr(w);
        if (isTitleStr(w)) f |= 1 << F_TITLE;
        if (upper) f |= 1 << F_ALLCAPS;
        if (/\d/.test(w)) f |= 1 << F_DIGIT;
        if (w.length > 1 && w.includes("-")) f |= 1 << F_HYPHEN;
        if (w.length > 1 && w.includes(".")) f |= 1 << F_PERIOD;
        if (i === 0) f |= 1 << F_SENTSTART;
        if (headline[si]) f |= 1 << F_HEADLINE;
        if (gaz.demonyms.has(lo) && charClass(c0) === 88) f |= 1 << F_GAZ_DEMONYM;
        const cap = charClass(c0) === 88;
        if (cap && lowerSeen.has(lo)) f |= 1 << F_SEEN_LOWER;
        if (cap && (i === 0 || upper) && titleSeen.has(lo)) f |= 1 << F_SEEN_TITLE;
        if (w.length > 0 && !/[\p{L}\p{N}]/u.test(w)) f |= 1 << F_PUNCT;
        if (w.length === 1 && cap) f |= 1 << F_SINGLE_UPPER;
        if (i > 0 && /^["'`]+$/.test(s[i - 1]!)) f |= 1 << F_AFTER_QUOTE;
        if (w.length > 12) f |= 1 << F_LONG;
        flags[base + i] = f;
      }
      // Place names: longest capitalised match starting at each token.
      for (let i = 0; i < n; i++) {
        const cands = gaz.places.get(lowers[base + i]!);
        if (!cands || charClass(s[i]!.charCodeAt(0)) !== 88) continue;
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
          flags[base + i] |= 1 << F_GAZ_PLACE_BEGIN;
          for (let k = 0; k < cand.length; k++) flags[base + i + k] |= 1 << F_GAZ_PLACE;
          i += cand.length - 1;
          break;
        }
      }
      for (let i = 0; i < n; i++) {
        out.beginToken();
        this.tokenKeys(base, i, n, out);
        if (extra) extra(base + i, out);
      }
      p += n;
    }
  }

  private tokenKeys(base: number, i: number, n: number, out: KeyBuffer): void {
    const { ha, hb, flags } = this.scratch;
    const o = (base + i) * NSLOT;
    const om1 = i > 0 ? (base + i - 1) * NSLOT : -1;
    const om2 = i > 1 ? (base + i - 2) * NSLOT : -1;
    const op1 = i + 1 < n ? (base + i + 1) * NSLOT : -1;
    const op2 = i + 2 < n ? (base + i + 2) * NSLOT : -1;
    const unary = (t: number, x1: number, x2: number): void => {
      const m = Math.imul(t, 0x9e3779b1);
      out.push(fmix(m ^ x1), fmix(m ^ x2 ^ 0x7f4a7c15));
    };
    const binary = (t: number, x1: number, x2: number, y1: number, y2: number): void => {
      const m = Math.imul(t, 0x9e3779b1);
      out.push(
        fmix(fmix(m ^ x1) ^ Math.imul(y1, 0x27d4eb2d)),
        fmix(fmix(m ^ x2 ^ 0x7f4a7c15) ^ Math.imul(y2, 0x165667b1)),
      );
    };
    const at = (off: number, slot: number, pad: number): [number, number] =>
      off >= 0 ? [ha[off + slot]!, hb[off + slot]!] : PAD[pad]!;
    unary(1, 0, 0);
    for (let s = 0; s < NSLOT; s++) unary(2 + s, ha[o + s]!, hb[o + s]!);
    const lm1 = at(om1, S_LOWER, 1);
    const lp1 = at(op1, S_LOWER, 2);
    const lm2 = at(om2, S_LOWER, 0);
    const lp2 = at(op2, S_LOWER, 3);
    const sm1 = at(om1, S_SHORT, 1);
    const sp1 = at(op1, S_SHORT, 2);
    unary(20, lm1[0], lm1[1]);
    unary(21, lp1[0], lp1[1]);
    unary(22, lm2[0], lm2[1]);
    unary(23, lp2[0], lp2[1]);
    unary(24, sm1[0], sm1[1]);
    unary(25, sp1[0], sp1[1]);
    const s0a = ha[o + S_SHORT]!;
    const s0b = hb[o + S_SHORT]!;
    const l0a = ha[o + S_LOWER]!;
    const l0b = hb[o + S_LOWER]!;
    binary(26, sm1[0], sm1[1], s0a, s0b);
    binary(27, s0a, s0b, sp1[0], sp1[1]);
    binary(28, lm1[0], lm1[1], l0a, l0b);
    binary(29, l0a, l0b, lp1[0], lp1[1]);
    binary(30, lm1[0], lm1[1], s0a, s0b);
    binary(31, s0a, s0b, lp1[0], lp1[1]);
    binary(32, lm2[0], lm2[1], lm1[0], lm1[1]);
    binary(33, lp1[0], lp1[1], lp2[0], lp2[1]);
    const f = flags[base + i]!;
    for (let b = 0; b < NFLAGS; b++) if (f & (1 << b)) unary(40 + b, 1, 1);
    // Neighbour flags that matter for names: capitalised / place / demonym neighbours.
    const fm1 = i > 0 ? flags[base + i - 1]! : 0;
    const fp1 = i + 1 < n ? flags[base + i + 1]! : 0;
    const NB = (1 << F_TITLE) | (1 << F_ALLCAPS) | (1 << F_GAZ_PLACE) | (1 << F_GAZ_DEMONYM) | (1 << F_SEEN_LOWER);
    for (let b = 0; b < NFLAGS; b++) {
      if (!(NB & (1 << b))) continue;
      if (fm1 & (1 << b)) unary(60 + b, 1, 1);
      if (fp1 & (1 << b)) unary(80 + b, 1, 1);
    }
    // Shape conjoined with sentence start / headline: capitalisation means less there.
    const ctx = (f >> F_SENTSTART) & 3;
    if (ctx) unary(100 + ctx, s0a, s0b);
    if (f & (1 << F_SEEN_LOWER)) unary(104, s0a, s0b);
  }
}

/** Key of a stacked (document-level) feature: template t with small integer values. */
export function stackedKey(t: number, v: number, out: KeyBuffer): void {
  const m = Math.imul(200 + t, 0x9e3779b1);
  out.push(fmix(m ^ Math.imul(v + 1, 0x27d4eb2d)), fmix(m ^ 0x7f4a7c15 ^ Math.imul(v + 1, 0x165667b1)));
}
