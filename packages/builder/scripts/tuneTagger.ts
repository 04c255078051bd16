// Prototyping aid for the tagger alone: trains it on EWT train (optionally the first N sentences) and prints EWT
// dev UPOS after the last epoch, with and without word clusters. Dev only measures; nothing is written. Usage:
//   npx tsx packages/builder/scripts/tuneTagger.ts [--epochs N] [--limit N] [--clusters]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../src/graph/seededRandom.js";
import { readConllu } from "../src/nlp/conllu.js";
import { defaultUdDir } from "../src/nlp/parserPaths.js";
import { PosTagger, buildTagDictionary, trainPosTagger, uposIdOf } from "../src/nlp/posTagger.js";
import { DEFAULT_TRAINING, shuffledOrder } from "../src/nlp/trainDependencyParser.js";
import { clusterTableOf, readClusterEntries } from "../src/nlp/wordClusters.js";
import { wordAtomsOf } from "../src/nlp/wordFeatures.js";
import { UPOS_TAGS } from "../src/nlp/doc.js";

const args = process.argv.slice(2);
let epochs = DEFAULT_TRAINING.taggerEpochs;
let limit = 0;
let clusters = false;
let show = "";
for (let i = 0; i < args.length; i++) {
  const k = args[i];
  if (k === "--clusters") clusters = true;
  else if (k === "--show") show = args[++i] ?? "";
  else if (k === "--epochs") epochs = Number(args[++i]);
  else if (k === "--limit") limit = Number(args[++i]);
  else throw new Error(`unknown argument ${k}`);
}
const table = clusters ? clusterTableOf(readClusterEntries()) : undefined;
const read = (f: string) => readConllu(readFileSync(join(defaultUdDir, f), "utf8"), f).sentences;
const train = read("en_ewt-ud-train.conllu").slice(0, limit || undefined);
const dev = read("en_ewt-ud-dev.conllu");
const dictionary = buildTagDictionary(train);
const data = train.map((s) => ({
  words: s.words,
  atoms: wordAtomsOf(s.words, table),
  gold: Uint8Array.from(s.upos, uposIdOf),
}));
const random = seededRandom(DEFAULT_TRAINING.seed);
const c0 = process.cpuUsage();
const model = trainPosTagger(data, dictionary, epochs, () => shuffledOrder(data.length, random));
const c = process.cpuUsage(c0);
const tagger = new PosTagger(model, dictionary);
let right = 0;
let total = 0;
const confusions = new Map<string, number>();
// The verb/noun confusion on lowercase words ending in -s ("lives", "plans"): a sentence loses its predicate.
const sWords = { verbAsNoun: 0, nounAsVerb: 0, verbs: 0 };
const verbal = (t: string | undefined): boolean => t === "VERB" || t === "AUX";
for (const s of dev) {
  const tags = tagger.tag(s.words, wordAtomsOf(s.words, table));
  tags.forEach((t, i) => {
    total++;
    const gold = s.upos[i] ?? "X";
    const guess = UPOS_TAGS[t];
    if (/^[a-z]+s$/.test(s.words[i] ?? "")) {
      if (verbal(gold)) sWords.verbs++;
      if (verbal(gold) && guess === "NOUN") sWords.verbAsNoun++;
      if (gold === "NOUN" && verbal(guess)) sWords.nounAsVerb++;
    }
    if (guess === gold) right++;
    else confusions.set(`${gold}->${guess}`, (confusions.get(`${gold}->${guess}`) ?? 0) + 1);
  });
}
const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(
  `clusters ${clusters} epochs ${epochs} train ${train.length}: dev UPOS ${((100 * right) / total).toFixed(2)} ` +
    `(train CPU ${((c.user + c.system) / 1e6).toFixed(0)}s)\n  ${top.map(([k, v]) => `${k} ${v}`).join(", ")}\n` +
    `  -s words: ${sWords.verbs} gold VERB/AUX, VERB/AUX->NOUN ${sWords.verbAsNoun}, NOUN->VERB/AUX ${sWords.nounAsVerb}`,
);
if (show)
  for (const line of readFileSync(show, "utf8")
    .split("\n")
    .filter((l) => l.trim())) {
    const words = line.trim().split(/\s+/);
    const tags = tagger.tag(words, wordAtomsOf(words, table));
    console.log(words.map((w, i) => `${w}/${UPOS_TAGS[tags[i] ?? 0]}`).join(" "));
  }
