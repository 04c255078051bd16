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
for (let i = 0; i < args.length; i++) {
  const k = args[i];
  if (k === "--clusters") clusters = true;
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
for (const s of dev) {
  const tags = tagger.tag(s.words, wordAtomsOf(s.words, table));
  tags.forEach((t, i) => {
    total++;
    const gold = s.upos[i] ?? "X";
    if (UPOS_TAGS[t] === gold) right++;
    else confusions.set(`${gold}->${UPOS_TAGS[t]}`, (confusions.get(`${gold}->${UPOS_TAGS[t]}`) ?? 0) + 1);
  });
}
const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(
  `clusters ${clusters} epochs ${epochs} train ${train.length}: dev UPOS ${((100 * right) / total).toFixed(2)} ` +
    `(train CPU ${((c.user + c.system) / 1e6).toFixed(0)}s)\n  ${top.map(([k, v]) => `${k} ${v}`).join(", ")}`,
);
