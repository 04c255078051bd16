// UPOS accuracy, lemma accuracy, UAS and LAS against gold CoNLL-U (gold tokenization), the CoNLL 2018 way:
// every word counts, punctuation included; LAS compares the universal relation (subtypes ignored) and also reports
// the full label match. Per relation, the labeled attachment recall and precision of the relations the relation
// layer reads.
import type { ConlluSentence } from "./conllu.js";

/**
 * Relations the relation layer downstream reads (subjects, objects, obliques, conjuncts, relative clauses,
 * appositions, clausal complements). A name without a subtype covers all its subtypes.
 */
export const REPORTED_RELATIONS: readonly string[] = [
  "nsubj",
  "nsubj:pass",
  "obj",
  "iobj",
  "obl",
  "obl:agent",
  "conj",
  "acl:relcl",
  "appos",
  "ccomp",
  "xcomp",
];

export interface RelationScore {
  /** Gold words with the relation. */
  gold: number;
  /** Predicted words with the relation. */
  predicted: number;
  /** Words with the relation in both, attached to the same head. */
  correct: number;
}

export interface ParserScores {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS with relation subtypes compared too ("nmod:poss" vs "nmod"). */
  lasFull: number;
  relations: Record<string, RelationScore>;
}

/** What evaluateParser needs of a parser. */
export interface SentenceAnalyzer {
  analyze(words: readonly string[]): { upos: string[]; lemma: string[]; head: Int32Array; deprel: string[] };
}

function covers(relation: string, label: string): boolean {
  return relation.includes(":") ? label === relation : label.split(":")[0] === relation;
}

export function evaluateParser(parser: SentenceAnalyzer, gold: ConlluSentence[]): ParserScores {
  let words = 0;
  let upos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const relations: Record<string, RelationScore> = {};
  for (const r of REPORTED_RELATIONS) relations[r] = { gold: 0, predicted: 0, correct: 0 };
  for (const s of gold) {
    const r = parser.analyze(s.words);
    s.words.forEach((_, i) => {
      words++;
      if (r.upos[i] === s.upos[i]) upos++;
      if (r.lemma[i] === s.lemma[i]) lemma++;
      const gh = s.head?.[i] ?? -1;
      const p = r.deprel[i] ?? "";
      const g = s.deprel[i] ?? "";
      const headRight = (r.head[i] ?? -2) === gh;
      if (headRight) {
        uas++;
        if (p.split(":")[0] === g.split(":")[0]) las++;
        if (p === g) lasFull++;
      }
      for (const rel of REPORTED_RELATIONS) {
        const score = relations[rel];
        if (!score) continue;
        const inGold = covers(rel, g);
        const inPredicted = covers(rel, p);
        if (inGold) score.gold++;
        if (inPredicted) score.predicted++;
        if (inGold && inPredicted && headRight) score.correct++;
      }
    });
  }
  const f = (x: number): number => x / Math.max(1, words);
  return { words, upos: f(upos), lemma: f(lemma), uas: f(uas), las: f(las), lasFull: f(lasFull), relations };
}

/** One line per reported relation: gold count, labeled attachment recall, precision and F1 (percent). */
export function formatRelationScores(scores: ParserScores): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  return REPORTED_RELATIONS.map((rel) => {
    const s = scores.relations[rel] ?? { gold: 0, predicted: 0, correct: 0 };
    const recall = s.correct / Math.max(1, s.gold);
    const precision = s.correct / Math.max(1, s.predicted);
    const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
    return `  ${rel.padEnd(11)} ${String(s.gold).padStart(5)} gold  recall ${pct(recall)}  precision ${pct(precision)}  F1 ${pct(f1)}`;
  }).join("\n");
}
