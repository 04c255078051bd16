// Trains the feed-forward parser on EWT train with jackknifed tags (from `mlpJackknifeTags.ts`) and, after each
// epoch, scores it on EWT dev beside the shipped perceptron parser, both reading the same predicted tags (the
// shipped tagger's) and without the inference repairs, so the figures compare the two transition classifiers
// alone. Dev only measures. Usage:
//   npx tsx packages/builder/scripts/trainMlpParser.ts --tags JK.json [--limit N] [--epochs N] [--hidden N]
//     [--dropout X] [--rate X] [--batch N] [--out FILE]
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArcHybridParser } from "../src/nlp/arcHybridParser.js";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { mlpParserModelName } from "../src/nlp/mlpParserPaths.js";
import { serializeMlpModel } from "../src/nlp/mlpParserModelFile.js";
import type { MlpParser } from "../src/nlp/mlpParser.js";
import { deserializeParserModel } from "../src/nlp/parserModelFile.js";
import { PARSER_FEATURE_VERSION } from "../src/nlp/parserFeatureVersion.js";
import { defaultParserModelPath, defaultUdDir } from "../src/nlp/parserPaths.js";
import { PosTagger, uposIdOf } from "../src/nlp/posTagger.js";
import { DenseLinearModel4 } from "../src/nlp/sparseLinearModel.js";
import { DEFAULT_MLP_TRAINING, trainMlpParser, type MlpTrainingSentence } from "../src/nlp/trainMlpParser.js";
import { clusterTableOf } from "../src/nlp/wordClusters.js";
import { wordAtomsOf } from "../src/nlp/wordFeatures.js";

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string, dflt: number): number => Number(arg(name) ?? dflt);
const options = {
  ...DEFAULT_MLP_TRAINING,
  epochs: num("--epochs", DEFAULT_MLP_TRAINING.epochs),
  hidden: num("--hidden", DEFAULT_MLP_TRAINING.hidden),
  dropout: num("--dropout", DEFAULT_MLP_TRAINING.dropout),
  rate: num("--rate", DEFAULT_MLP_TRAINING.rate),
  batch: num("--batch", DEFAULT_MLP_TRAINING.batch),
};
const tagsFile = arg("--tags");
if (!tagsFile) throw new Error("--tags JK.json (from mlpJackknifeTags.ts) is required");
const limit = num("--limit", 0);
const out = arg("--out");

const model = deserializeParserModel(readFileSync(defaultParserModelPath), PARSER_FEATURE_VERSION);
const table = clusterTableOf(model.header.clusters ?? []);
const read = (file: string): ConlluSentence[] =>
  readConllu(readFileSync(join(defaultUdDir, file), "utf8"), file).sentences.filter((s) => s.head !== undefined);
const trainAll = read("en_ewt-ud-train.conllu");
const jk = JSON.parse(readFileSync(tagsFile, "utf8")) as number[][];
if (jk.length !== trainAll.length) throw new Error(`tags file has ${jk.length} sentences, train ${trainAll.length}`);
const train: MlpTrainingSentence[] = trainAll.slice(0, limit || undefined).map((s, i) => ({
  words: s.words,
  tags: Uint8Array.from(jk[i] ?? []),
  clusters: wordAtomsOf(s.words, table).cluster,
  head: Int32Array.from(s.head ?? []),
  deprel: s.deprel,
}));

// Dev, tagged once by the shipped tagger (its default repairs on, as at run time).
const dev = read("en_ewt-ud-dev.conllu");
const tagger = new PosTagger(model.tagger, new Map(model.header.tagDictionary), model.tagger2);
const devTagged = dev.map((s) => {
  const atoms = wordAtomsOf(s.words, table);
  return { s, atoms, tags: tagger.tag(s.words, atoms) };
});
const universal = (l: string): string => l.split(":")[0] ?? l;
const pct = (x: number): string => (100 * x).toFixed(2);
function score(parse: (i: number) => { head: Int32Array; deprel: string[] }): string {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  const c0 = process.cpuUsage();
  const parses = devTagged.map((_, i) => parse(i));
  const c = process.cpuUsage(c0);
  devTagged.forEach(({ s, tags }, i) => {
    const p = parses[i];
    if (!p) return;
    s.words.forEach((_, k) => {
      words++;
      if (tags[k] === uposIdOf(s.upos[k] ?? "")) upos++;
      const gh = s.head?.[k] ?? -1;
      if ((p.head[k] ?? -2) === gh) {
        uas++;
        if (universal(p.deprel[k] ?? "") === universal(s.deprel[k] ?? "")) las++;
      }
    });
  });
  const wps = Math.round(words / ((c.user + c.system) / 1e6));
  return `UPOS ${pct(upos / words)} UAS ${pct(uas / words)} LAS ${pct(las / words)} (parse only ${wps} words/s CPU)`;
}
const names = (labels: readonly string[], head: Int32Array, label: Uint8Array): string[] =>
  Array.from(label, (l, i) => ((head[i] ?? -1) < 0 ? "root" : (labels[l] ?? "dep")));
const perceptron = new ArcHybridParser(
  model.denseMoves ? new DenseLinearModel4(model.denseMoves) : model.moves.toDense4(),
  model.labels,
  model.header.labels,
);
console.log(
  `perceptron (shipped): ${score((i) => {
    const d = devTagged[i];
    if (!d) throw new Error("dev");
    const r = perceptron.parse(d.atoms, d.tags);
    return { head: r.head, deprel: names(model.header.labels, r.head, r.label) };
  })}`,
);
const t0 = performance.now();
const c0 = process.cpuUsage();
const clock = (): string => {
  const c = process.cpuUsage(c0);
  return `wall ${((performance.now() - t0) / 1000).toFixed(0)}s cpu ${((c.user + c.system) / 1e6).toFixed(0)}s`;
};
const evaluate = (p: MlpParser): string =>
  score((i) => {
    const d = devTagged[i];
    if (!d) throw new Error("dev");
    const r = p.parse(p.sentenceOf(d.s.words, d.tags, d.atoms.cluster));
    return { head: r.head, deprel: names(p.labels, r.head, r.label) };
  });
const trained = trainMlpParser(train, {
  ...options,
  log: (m) => console.log(`[${clock()}] ${m}`),
  afterEpoch: (epoch, p) => {
    console.log(`epoch ${epoch} mlp: ${evaluate(p)} [${clock()}]`);
    if (out) {
      const file = serializeMlpModel(
        { net: p.net, vocabulary: p.vocabulary },
        {
          modelName: mlpParserModelName,
          featureVersion: PARSER_FEATURE_VERSION,
          training: { data: "UD English EWT train", sentences: train.length, ...options, epochsDone: epoch },
        },
      );
      writeFileSync(`${out}.tmp`, file);
      renameSync(`${out}.tmp`, out);
    }
  },
});
console.log(`done: ${trained.vocabulary.words.length} words [${clock()}]`);
