// Test helper: a synthetic treebank of invented words.
import { seededRandom } from "../graph/seededRandom.js";
import { uposIdOf } from "./posTagger.js";
import type { MlpTrainingSentence } from "./trainMlpParser.js";

// A toy grammar with one lexical attachment decision: "with" phrases attach to the verb (obl), "of" phrases to
// the noun before them (nmod), so the parser must read the preposition, not only the tags.
const NOUNS = ["zorb", "quill", "mando", "trel", "vask", "plom", "drune", "gask"];
const VERBS = ["blicks", "frams", "gorps", "wents"];
const ADJS = ["teal", "brisk", "molten"];
const DETS = ["the", "a"];

interface Builder {
  words: string[];
  upos: string[];
  head: number[];
  deprel: string[];
}

function add(b: Builder, word: string, upos: string, head: number, deprel: string): number {
  b.words.push(word);
  b.upos.push(upos);
  b.head.push(head);
  b.deprel.push(deprel);
  return b.words.length - 1;
}

/** A noun phrase headed on a placeholder head; returns [first index, head index]. */
function nounPhrase(b: Builder, random: () => number): number {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const det = add(b, pick(DETS), "DET", -9, "det");
  const adj = random() < 0.4 ? add(b, pick(ADJS), "ADJ", -9, "amod") : -1;
  const noun = add(b, pick(NOUNS), "NOUN", -9, "_");
  b.head[det] = noun;
  if (adj >= 0) b.head[adj] = noun;
  return noun;
}

function toySentence(random: () => number): MlpTrainingSentence {
  const b: Builder = { words: [], upos: [], head: [], deprel: [] };
  const subj = nounPhrase(b, random);
  const verb = add(b, VERBS[Math.floor(random() * VERBS.length)] ?? "", "VERB", -1, "root");
  b.head[subj] = verb;
  b.deprel[subj] = "nsubj";
  const obj = nounPhrase(b, random);
  b.head[obj] = verb;
  b.deprel[obj] = "obj";
  let last = obj;
  const pps = Math.floor(random() * 3);
  for (let k = 0; k < pps; k++) {
    const withVerb = random() < 0.5;
    const prep = add(b, withVerb ? "with" : "of", "ADP", -9, "case");
    const noun = nounPhrase(b, random);
    b.head[prep] = noun;
    b.head[noun] = withVerb ? verb : last;
    b.deprel[noun] = withVerb ? "obl" : "nmod";
    last = noun;
  }
  add(b, ".", "PUNCT", verb, "punct");
  return {
    words: b.words,
    tags: Uint8Array.from(b.upos, uposIdOf),
    clusters: new Int32Array(b.words.length),
    head: Int32Array.from(b.head),
    deprel: b.deprel,
  };
}

export function toyTreebank(count: number, seed: number): MlpTrainingSentence[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => toySentence(random));
}
