// A parenthesis inside a sentence ("X (born 3 May 1950 in Y) is a Z painter", "the Bank of Y (BoY) said") is a
// sentence of its own to a greedy parser trained on EWT, where such asides are rare: it tends to take the aside's
// verb or date for the main clause and hang the real predicate under it. So the sentence is parsed without its
// parentheses, each parenthesis is parsed alone, and its root is attached to the word before it the way EWT
// annotates asides: a nominal on a nominal as `appos`, anything else as `parataxis`.
import type { SentenceAnalysis } from "./dependencyParser.js";
import type { Upos } from "./doc.js";

/** A parenthesis to parse on its own: the indices of its "(" and ")". */
export interface Parenthetical {
  open: number;
  close: number;
}

const NOMINAL = new Set<string>(["NOUN", "PROPN", "PRON", "NUM", "SYM"]);

/**
 * The outermost balanced parentheses that follow some word. One opening the sentence ("(Agency) -- ...") is left
 * alone: there is no word before it to hang it on. An unbalanced bracket leaves the sentence whole.
 */
export function topLevelParentheticals(words: readonly string[]): Parenthetical[] {
  const out: Parenthetical[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "(") {
      if (depth === 0) open = i;
      depth++;
    } else if (w === ")") {
      if (depth === 0) return [];
      depth--;
      if (depth === 0 && open > 0) out.push({ open, close: i });
    }
  }
  if (depth !== 0) return [];
  // The rest of the sentence must still hold a clause's worth of words.
  const inside = out.reduce((n, p) => n + p.close - p.open + 1, 0);
  return words.length - inside >= 3 ? out : [];
}

/**
 * Parses `words` with each parenthesis in `spans` taken out and parsed alone (`parse` on the remaining words and on
 * each inside), then puts the analyses back together over the original word positions.
 */
export function parseAroundParentheticals(
  words: readonly string[],
  spans: readonly Parenthetical[],
  parse: (words: readonly string[]) => SentenceAnalysis,
): SentenceAnalysis {
  const n = words.length;
  const upos: Upos[] = new Array<Upos>(n).fill("PUNCT");
  const lemma: string[] = words.map((w) => w);
  const head = new Int32Array(n).fill(-1);
  const deprel: string[] = new Array<string>(n).fill("punct");
  const withXpos: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  let transitions = 0;
  let anyXpos = false;

  const place = (positions: number[], a: SentenceAnalysis): void => {
    positions.forEach((p, k) => {
      upos[p] = a.upos[k] ?? "X";
      lemma[p] = a.lemma[k] ?? "";
      const h = a.head[k] ?? -1;
      head[p] = h < 0 ? -1 : (positions[h] ?? -1);
      deprel[p] = a.deprel[k] ?? "dep";
      if (a.xpos) {
        withXpos[p] = a.xpos[k];
        anyXpos = true;
      }
    });
    transitions += a.transitions;
  };

  const inParens = new Set<number>();
  for (const s of spans) for (let i = s.open; i <= s.close; i++) inParens.add(i);
  const outer: number[] = [];
  for (let i = 0; i < n; i++) if (!inParens.has(i)) outer.push(i);
  place(outer, parse(outer.map((i) => words[i] ?? "")));

  for (const s of spans) {
    // The word the aside is on: the last word before it that is no punctuation ("X, (1820-1891) was").
    let host = s.open - 1;
    while (host > 0 && (inParens.has(host) || upos[host] === "PUNCT")) host--;
    const inside: number[] = [];
    for (let i = s.open + 1; i < s.close; i++) inside.push(i);
    let root = -1;
    if (inside.length > 0) {
      place(inside, parse(inside.map((i) => words[i] ?? "")));
      root = inside.find((i) => head[i] === -1) ?? -1;
    }
    if (root >= 0) {
      head[root] = host;
      deprel[root] = NOMINAL.has(upos[root] ?? "") && NOMINAL.has(upos[host] ?? "") ? "appos" : "parataxis";
    }
    // The brackets hang on the aside's root, or on the host word when the parenthesis is empty.
    // Two moves per bracket, as a whole-sentence parse takes for every word.
    transitions += 4;
    for (const b of [s.open, s.close]) {
      upos[b] = "PUNCT";
      head[b] = root >= 0 ? root : host;
      deprel[b] = "punct";
    }
  }
  const out: SentenceAnalysis = { upos, lemma, head, deprel, transitions };
  if (anyXpos) out.xpos = withXpos.map((x, i) => x ?? (words[i] === "(" ? "-LRB-" : words[i] === ")" ? "-RRB-" : "_"));
  return out;
}
