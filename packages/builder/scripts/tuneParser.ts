// Prototyping aid for the parser: trains with the given options (optionally on the first N training sentences)
// and prints EWT dev scores after each parser epoch, decoded greedily and with the beam, plus the time taken.
// Dev only measures; nothing is written. Usage:
//   npx tsx packages/builder/scripts/tuneParser.ts [--beam N] [--limit N] [--parser-epochs N] [--tagger-epochs N] [--folds N]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { DependencyParser } from "../src/nlp/dependencyParser.js";
import { evaluateParser, formatRelationScores } from "../src/nlp/evaluateParser.js";
import { defaultUdDir } from "../src/nlp/parserPaths.js";
import { readClusterEntries } from "../src/nlp/wordClusters.js";
import { DEFAULT_TRAINING, trainDependencyParser } from "../src/nlp/trainDependencyParser.js";

const options = { ...DEFAULT_TRAINING };
const args = process.argv.slice(2);
let relations = false;
for (let i = 0; i < args.length; i++) {
  const k = args[i] ?? "";
  if (k === "--two-pass") {
    options.twoPassTagger = true;
    continue;
  }
  if (k === "--xpos") {
    options.xposTagger = true;
    continue;
  }
  if (k === "--clusters") {
    options.clusters = readClusterEntries();
    continue;
  }
  if (k === "--relations") {
    relations = true;
    continue;
  }
  const v = Number(args[++i]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`${k} needs a non-negative integer`);
  if (k === "--beam") options.beam = v;
  else if (k === "--limit") options.limit = v;
  else if (k === "--parser-epochs") options.parserEpochs = v;
  else if (k === "--tagger-epochs") options.taggerEpochs = v;
  else if (k === "--folds") options.folds = v;
  else throw new Error(`unknown argument ${k}`);
}
const train = readConllu(readFileSync(join(defaultUdDir, "en_ewt-ud-train.conllu"), "utf8"), "train").sentences;
const dev = readConllu(readFileSync(join(defaultUdDir, "en_ewt-ud-dev.conllu"), "utf8"), "dev").sentences;
const pct = (x: number): string => (100 * x).toFixed(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
const clock = (): string => {
  const c = process.cpuUsage(c0);
  return `wall ${((performance.now() - t0) / 1000).toFixed(0)}s cpu ${((c.user + c.system) / 1e6).toFixed(0)}s`;
};
trainDependencyParser(train, {
  ...options,
  log: (m) => console.log(`[${clock()}] ${m}`),
  afterEpoch: (epoch, modelOf) => {
    const model = modelOf();
    const widths = options.beam > 1 ? [1, options.beam] : [1];
    for (const beam of widths) {
      const parser = new DependencyParser(model, { beam });
      const e0 = process.cpuUsage();
      const s = evaluateParser(parser, dev);
      const e = process.cpuUsage(e0);
      const wps = Math.round(s.words / ((e.user + e.system) / 1e6));
      console.log(
        `epoch ${epoch} decode beam ${beam}: UPOS ${pct(s.upos)} UAS ${pct(s.uas)} LAS ${pct(s.las)} (${wps} words/s CPU incl. scoring) [${clock()}]`,
      );
      if (relations && epoch === options.parserEpochs) console.log(formatRelationScores(s));
    }
  },
});
