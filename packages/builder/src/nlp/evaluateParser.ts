// UPOS accuracy, lemma accuracy, UAS and LAS against gold CoNLL-U (gold tokenization), the CoNLL 2018 way:
// every word counts, punctuation included; LAS compares the universal relation (subtypes ignored) and also reports
// the full label match.
import type { ConlluSentence } from "./conllu.js";
import type { DependencyParser } from "./dependencyParser.js";

export interface ParserScores {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS with relation subtypes compared too ("nmod:poss" vs "nmod"). */
  lasFull: number;
}

export function evaluateParser(parser: DependencyParser, gold: ConlluSentence[]): ParserScores {
  let words = 0;
  let upos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  for (const s of gold) {
    const r = parser.analyze(s.words);
    s.words.forEach((_, i) => {
      words++;
      if (r.upos[i] === s.upos[i]) upos++;
      if (r.lemma[i] === s.lemma[i]) lemma++;
      const gh = s.head?.[i] ?? -1;
      if ((r.head[i] ?? -2) === gh) {
        uas++;
        const p = r.deprel[i] ?? "";
        const g = s.deprel[i] ?? "";
        if (p.split(":")[0] === g.split(":")[0]) las++;
        if (p === g) lasFull++;
      }
    });
  }
  const f = (x: number): number => x / Math.max(1, words);
  return { words, upos: f(upos), lemma: f(lemma), uas: f(uas), las: f(las), lasFull: f(lasFull) };
}
