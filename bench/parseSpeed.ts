// `pnpm bench:parse`: tags, lemmatizes and parses on one core with the shipped parser model and prints words per
// second (CPU time and wall clock, medians of 7 passes), the model's size and load time, and the process's peak RSS.
// PARSER_BEAM=N decodes with another beam width than the model's (PARSER_BEAM=1: greedy). Uses UD EWT dev when ../shared is present (and prints its scores), else the demo articles as the builder splits
// them.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { readConllu } from "../packages/builder/src/nlp/conllu.js";
import { DependencyParser } from "../packages/builder/src/nlp/dependencyParser.js";
import { evaluateParser, formatRelationScores } from "../packages/builder/src/nlp/evaluateParser.js";
import { defaultParserModelPath } from "../packages/builder/src/nlp/parserPaths.js";
import { splitSentences } from "../packages/builder/src/text/splitSentences.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const devPath = resolve(root, "../shared/data/ud/en_ewt-ud-dev.conllu");
const modelPath = process.env.PARSER_MODEL ?? defaultParserModelPath;

const loadStart = performance.now();
const beamOverride = process.env.PARSER_BEAM ? Number(process.env.PARSER_BEAM) : undefined;
const parser = DependencyParser.load(modelPath, { beam: beamOverride });
const loadMs = performance.now() - loadStart;

let sentences: string[][];
let source: string;
const dev = existsSync(devPath) ? readConllu(readFileSync(devPath, "utf8"), devPath).sentences : undefined;
if (dev) {
  sentences = dev.map((s) => s.words);
  source = "UD EWT dev (gold tokenization)";
} else {
  const dir = join(root, "graph-data/articles");
  sentences = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .flatMap((f) => splitSentences(readFileSync(join(dir, f), "utf8")).map((s) => s.tokens.map((t) => t.text)));
  source = "demo articles (../shared absent)";
}
const words = sentences.reduce((n, s) => n + s.length, 0);
for (let i = 0; i < 2; i++) for (const s of sentences) parser.analyze(s);
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < 7; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const s of sentences) parser.analyze(s);
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rate = (ms: number): string => Math.round(words / (ms / 1000)).toLocaleString("en-US");
const file = readFileSync(modelPath);
console.log(
  `model ${parser.modelName}: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB gzip, ${(gunzipSync(file).length / 1e6).toFixed(1)} MB raw, loaded in ${loadMs.toFixed(0)} ms`,
);
console.log(`input: ${source}, ${sentences.length} sentences, ${words} words`);
console.log(
  `tag + lemmatize + parse (one core, beam ${parser.beam}): median ${rate(median(cpu))} words/s CPU time, ${rate(median(wall))} words/s wall clock`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (dev) {
  const s = evaluateParser(parser, dev);
  const pct = (x: number): string => (100 * x).toFixed(2);
  console.log(
    `EWT dev: UPOS ${pct(s.upos)}  lemma ${pct(s.lemma)}  UAS ${pct(s.uas)}  LAS ${pct(s.las)} (with subtypes ${pct(s.lasFull)})`,
  );
  console.log(`labeled attachment per relation (EWT dev):\n${formatRelationScores(s)}`);
}
