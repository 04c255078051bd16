// Measures the feed-forward parser alone and combined with the shipped perceptron (`combinedParse.ts`) on EWT dev,
// beside the perceptron alone, all three reading the shipped tagger's tags, without the inference repairs. The
// perceptron's softmax temperature is fitted on oracle states of the first 500 training sentences (jackknifed
// tags); the feed-forward weight is 1 unless others are asked for (measured, not tuned for shipping). Usage:
//   npx tsx packages/builder/scripts/combineParsers.ts MLP.bin.gz --tags JK.json [--weights X,Y]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ArcHybridParser, ParseState, arcHybridMoveCosts, goldTree } from "../src/nlp/arcHybridParser.js";
import { fitTemperature, parseCombined } from "../src/nlp/combinedParse.js";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { loadMlpParser } from "../src/nlp/loadMlpParser.js";
import { deserializeParserModel } from "../src/nlp/parserModelFile.js";
import { PARSER_FEATURE_VERSION } from "../src/nlp/parserFeatureVersion.js";
import { defaultParserModelPath, defaultUdDir } from "../src/nlp/parserPaths.js";
import { PosTagger } from "../src/nlp/posTagger.js";
import { DenseLinearModel4 } from "../src/nlp/sparseLinearModel.js";
import { clusterTableOf } from "../src/nlp/wordClusters.js";
import { wordAtomsOf, type WordAtoms } from "../src/nlp/wordFeatures.js";

const args = process.argv.slice(2);
const mlpFile = args[0];
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const tagsFile = arg("--tags");
if (!mlpFile || !tagsFile) throw new Error("usage: combineParsers.ts MLP.bin.gz --tags JK.json [--weights X,Y]");
const weights = (arg("--weights") ?? "1").split(",").map(Number);
const model = deserializeParserModel(readFileSync(defaultParserModelPath), PARSER_FEATURE_VERSION);
const table = clusterTableOf(model.header.clusters ?? []);
const read = (file: string): ConlluSentence[] =>
  readConllu(readFileSync(join(defaultUdDir, file), "utf8"), file).sentences.filter((s) => s.head !== undefined);
const perceptron = new ArcHybridParser(
  model.denseMoves ? new DenseLinearModel4(model.denseMoves) : model.moves.toDense4(),
  model.labels,
  model.header.labels,
);
const mlp = loadMlpParser(mlpFile);

// Oracle states of training sentences for the temperature.
const jk = JSON.parse(readFileSync(tagsFile, "utf8")) as number[][];
const states: { st: ParseState; atoms: WordAtoms; tags: Uint8Array; gold: number }[] = [];
read("en_ewt-ud-train.conllu")
  .slice(0, 500)
  .forEach((s, i) => {
    const n = s.words.length;
    const atoms = wordAtomsOf(s.words, table);
    const tags = Uint8Array.from(jk[i] ?? []);
    const [gh, children] = goldTree(Int32Array.from(s.head ?? []), n);
    const st = new ParseState(n);
    const costs = [0, 0, 0];
    while (!st.done) {
      let move = st.forcedMove();
      if (move < 0) {
        arcHybridMoveCosts(st, gh, children, costs);
        for (const m of [2, 1, 0]) if (move < 0 || (costs[m] ?? 0) < (costs[move] ?? 0)) move = m;
        const copy = new ParseState(n);
        copy.copyFrom(st);
        states.push({ st: copy, atoms, tags, gold: move });
      }
      st.apply(move, 0);
    }
  });
const temperature = fitTemperature(perceptron, states);
console.log(`perceptron temperature ${temperature} (fitted on ${states.length} training states)`);

const tagger = new PosTagger(model.tagger, new Map(model.header.tagDictionary), model.tagger2);
const dev = read("en_ewt-ud-dev.conllu").map((s) => {
  const atoms = wordAtomsOf(s.words, table);
  const tags = tagger.tag(s.words, atoms);
  return { s, atoms, tags, ids: mlp.sentenceOf(s.words, tags, atoms.cluster) };
});
const universal = (l: string): string => l.split(":")[0] ?? l;
const pct = (x: number): string => (100 * x).toFixed(2);
function score(name: string, labels: readonly string[], parse: (i: number) => { head: Int32Array; label: Uint8Array }) {
  let words = 0;
  let uas = 0;
  let las = 0;
  const c0 = process.cpuUsage();
  const parses = dev.map((_, i) => parse(i));
  const c = process.cpuUsage(c0);
  dev.forEach(({ s }, i) => {
    const p = parses[i];
    if (!p) return;
    s.words.forEach((_, k) => {
      words++;
      const gh = s.head?.[k] ?? -1;
      if ((p.head[k] ?? -2) !== gh) return;
      uas++;
      const label = gh < 0 ? "root" : (labels[p.label[k] ?? 0] ?? "");
      if (universal(label) === universal(s.deprel[k] ?? "")) las++;
    });
  });
  const wps = Math.round(words / ((c.user + c.system) / 1e6));
  console.log(`${name}: UAS ${pct(uas / words)} LAS ${pct(las / words)} (parse only ${wps} words/s CPU)`);
}
const need = <T>(x: T | undefined): T => {
  if (x === undefined) throw new Error("dev sentence missing");
  return x;
};
score("perceptron", model.header.labels, (i) => perceptron.parse(need(dev[i]).atoms, need(dev[i]).tags));
score("feed-forward", mlp.labels, (i) => mlp.parse(need(dev[i]).ids));
for (const weight of weights)
  score(`combined (weight ${weight})`, model.header.labels, (i) => {
    const d = need(dev[i]);
    return parseCombined(perceptron, mlp, d.atoms, d.tags, d.ids, temperature, weight);
  });
