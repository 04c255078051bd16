// Jackknifed UPOS tags of EWT train for the feed-forward parser's training (each fold tagged by a tagger that did
// not see it, as `kg train-parser` does for the perceptron), written once to a JSON file the trainer reads, so
// trying parser settings does not retrain five taggers each time. Usage:
//   npx tsx packages/builder/scripts/mlpJackknifeTags.ts OUT.json [--folds 4] [--tagger-epochs 10]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { defaultUdDir } from "../src/nlp/parserPaths.js";
import { jackknifedTags } from "../src/nlp/jackknifedTags.js";
import { readClusterEntries } from "../src/nlp/wordClusters.js";

const args = process.argv.slice(2);
const out = args[0];
if (!out) throw new Error("usage: mlpJackknifeTags.ts OUT.json [--folds N] [--tagger-epochs N]");
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const train = readConllu(readFileSync(join(defaultUdDir, "en_ewt-ud-train.conllu"), "utf8"), "train").sentences.filter(
  (s) => s.head !== undefined,
);
const tags = jackknifedTags(train, {
  folds: opt("--folds", 4),
  epochs: opt("--tagger-epochs", 10),
  seed: 20261201,
  clusters: readClusterEntries(),
  log: (m) => console.log(m),
});
writeFileSync(out, JSON.stringify(tags.map((t) => Array.from(t))));
