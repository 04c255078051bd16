// Features of two entity mentions in one sentence for the learned pair classifier (pairClassifier.ts): the
// dependency path between their heads (labels with direction, lemmas on it, its length), the words between them
// when they are close, the prepositions and lemmas the mentions hang on, their coarse types, and which static
// pattern already read the pair. Hashed to integer buckets (featureHash.ts), no feature strings kept.
import type { EntityType } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import { bucketOf, hashString, mix } from "../nlp/featureHash.js";
import type { EntitySpan } from "./types.js";

/** Coarse types the classifier reads: places are one kind (NER tells countries from other places unevenly). */
export function coarseType(type: EntityType): "PER" | "ORG" | "PLACE" | undefined {
  if (type === "PERSON") return "PER";
  if (type === "ORGANIZATION") return "ORG";
  if (type === "LOCATION" || type === "COUNTRY") return "PLACE";
  return undefined;
}

/** Longer paths are read as one "long" shape (their lemmas still count). */
const MAX_PATH_SHAPE = 6;
/** Words between the mentions are features only when this close. */
const MAX_BETWEEN = 6;

/** The span's syntactic head: its token whose head lies outside the span (the last such token). */
export function spanHead(doc: Doc, span: EntitySpan): number {
  let best = span.end - 1;
  for (let i = span.start; i < span.end; i++) {
    const h = doc.head[i] ?? -1;
    if (h < span.start || h >= span.end) best = i;
  }
  return best;
}

function ancestors(doc: Doc, t: number): number[] {
  const out = [t];
  const seen = new Set([t]);
  let h = doc.head[t] ?? -1;
  while (h >= 0 && !seen.has(h)) {
    out.push(h);
    seen.add(h);
    h = doc.head[h] ?? -1;
  }
  return out;
}

function baseRel(doc: Doc, i: number): string {
  return doc.deprel[i] ?? "";
}

/** The preposition (case child) of a token, or "". */
function caseWord(doc: Doc, t: number): string {
  for (const c of doc.children(t)) if (doc.deprel[c] === "case") return doc.lowerLemma(c);
  return "";
}

export interface PairPath {
  /** Tokens from a's head up to the common ancestor (inclusive) then down to b's head. */
  tokens: number[];
  /** Index in `tokens` of the common ancestor. */
  top: number;
}

/** The dependency path between two tokens of one tree, or undefined when they are not connected. */
export function dependencyPath(doc: Doc, a: number, b: number): PairPath | undefined {
  const up = ancestors(doc, a);
  const down = ancestors(doc, b);
  const inDown = new Map(down.map((t, i) => [t, i]));
  for (let i = 0; i < up.length; i++) {
    const j = inDown.get(up[i]!);
    if (j === undefined) continue;
    const tokens = [...up.slice(0, i + 1), ...down.slice(0, j).reverse()];
    return { tokens, top: i };
  }
  return undefined;
}

/** Feature template ids: each hashed feature starts from one. */
const T = {
  bias: 1,
  types: 2,
  shape: 3,
  shapeLex: 4,
  lemmaOnPath: 5,
  topLemma: 6,
  edge: 7,
  pathLength: 8,
  between: 9,
  betweenAll: 10,
  distance: 11,
  caseA: 12,
  caseB: 13,
  headA: 14,
  headB: 15,
  fired: 16,
  firedNone: 17,
  setOnPath: 18,
  fineTypes: 19,
  reference: 20,
  commaBetween: 21,
} as const;

export interface PairInput {
  doc: Doc;
  a: EntitySpan;
  b: EntitySpan;
  /** Static readings already made between the two (category and direction: "ROLE>" a -> b, "ROLE<" b -> a). */
  fired: readonly string[];
  /** Named word sets a lemma on the path may belong to (titles, occupations), by set name. */
  sets: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Per set table, each lemma's sets (their names hashed, in the table's order), found once per lemma. */
const setHashes = new WeakMap<PairInput["sets"], Map<string, number[]>>();

function setHashesOf(sets: PairInput["sets"], lemma: string): number[] {
  let byLemma = setHashes.get(sets);
  if (!byLemma) setHashes.set(sets, (byLemma = new Map()));
  let out = byLemma.get(lemma);
  if (!out) {
    out = [];
    for (const [name, set] of sets) if (set.has(lemma)) out.push(hashString(name));
    byLemma.set(lemma, out);
  }
  return out;
}

/** Hashed features of the pair (a before b in the text) into `out`; returns how many. */
export function pairFeatures(input: PairInput, mask: number, out: Int32Array): number {
  const { doc, a, b } = input;
  let n = 0;
  const ta = coarseType(a.type) ?? "X";
  const tb = coarseType(b.type) ?? "X";
  const types = hashString(`${ta}|${tb}`);
  const push = (h: number): void => {
    if (n < out.length) out[n++] = bucketOf(h, mask);
  };
  const f = (template: number, ...atoms: number[]): void => {
    let h = mix(0x9747b28c, template);
    for (const x of atoms) h = mix(h, x);
    push(h);
    // Every feature also with the type pair: the same path means different things for PER-ORG and ORG-PLACE.
    push(mix(h, types));
  };
  f(T.bias);
  push(mix(mix(0x9747b28c, T.types), types));
  const ha = spanHead(doc, a);
  const hb = spanHead(doc, b);
  const path = dependencyPath(doc, ha, hb);
  if (path) {
    const { tokens, top } = path;
    const parts: string[] = [];
    const lexParts: string[] = [];
    for (let i = 0; i < tokens.length - 1; i++) {
      const x = tokens[i]!;
      const y = tokens[i + 1]!;
      // Up edges carry the child's label with "^", down edges the child's with "v".
      const label = i < top ? `^${baseRel(doc, x)}` : `v${baseRel(doc, y)}`;
      parts.push(label);
      f(T.edge, hashString(label));
      if (i + 1 < tokens.length - 1) {
        const lem = doc.lowerLemma(y);
        lexParts.push(label, lem);
        f(T.lemmaOnPath, hashString(lem));
        for (const h of setHashesOf(input.sets, lem)) f(T.setOnPath, h);
      } else lexParts.push(label);
    }
    const long = parts.length > MAX_PATH_SHAPE;
    f(T.shape, hashString(long ? "long" : parts.join(" ")));
    if (!long) f(T.shapeLex, hashString(lexParts.join(" ")));
    f(T.pathLength, Math.min(parts.length, 8));
    const topTok = tokens[top]!;
    if (topTok !== ha && topTok !== hb) f(T.topLemma, hashString(doc.lowerLemma(topTok)));
  } else f(T.shape, hashString("none"));
  f(T.caseA, hashString(caseWord(doc, ha)));
  f(T.caseB, hashString(caseWord(doc, hb)));
  const headA = doc.head[ha] ?? -1;
  const headB = doc.head[hb] ?? -1;
  f(T.headA, hashString(`${baseRel(doc, ha)}|${headA >= 0 ? doc.lowerLemma(headA) : ""}`));
  f(T.headB, hashString(`${baseRel(doc, hb)}|${headB >= 0 ? doc.lowerLemma(headB) : ""}`));
  const gap = b.start - a.end;
  f(T.distance, gap <= 0 ? 0 : gap <= 2 ? 1 : gap <= 5 ? 2 : gap <= 10 ? 3 : 4);
  if (gap <= MAX_BETWEEN) {
    const words: string[] = [];
    for (let i = a.end; i < b.start; i++) {
      const w = doc.lowerLemma(i);
      words.push(w);
      f(T.between, hashString(w));
    }
    f(T.betweenAll, hashString(words.join(" ")));
  } else {
    let comma = false;
    for (let i = a.end; i < b.start && !comma; i++) comma = doc.words[i] === ",";
    f(T.commaBetween, comma ? 1 : 0);
  }
  if (input.fired.length) for (const x of input.fired) f(T.fired, hashString(x));
  else f(T.firedNone);
  f(T.reference, (a.reference ? 1 : 0) | (b.reference ? 2 : 0));
  // Countries apart from other places: a town lies in a country, rarely the other way round.
  f(T.fineTypes, hashString(`${a.type}|${b.type}`));
  return n;
}
