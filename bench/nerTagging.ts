// `pnpm bench:ner [open|research|FILE]`: tags the CoNLL-2003 dev set with a shipped NER model (default: open) on one
// core and prints tokens/second.
// Skips (exit 0) when the shared data directory is absent, as in a user's clone.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNerTagger } from "../packages/builder/src/ner/index.js";
import { evaluateEntities } from "../packages/builder/src/ner/evaluateEntities.js";
import { readConllCorpus } from "../packages/builder/src/ner/readTrainingData.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const devPath = resolve(root, "../shared/data/ner/conll2003-dev.conll");

if (!existsSync(devPath)) {
  console.log(`bench:ner skipped: ${devPath} not found (the shared data directory is not checked out here)`);
  process.exit(0);
}

const docs = readConllCorpus(devPath);
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);
const loadStart = performance.now();
const tagger = loadNerTagger(process.argv[2] ?? "open");
const loadMs = performance.now() - loadStart;

// Warm up the JIT, then time several full passes and report the best and the median.
for (let i = 0; i < 2; i++) for (const d of docs) tagger.tagDocument(d.sentences);
// CPU time is reported besides wall time: on a shared machine wall time also counts waiting for a core.
const runs: number[] = [];
const cpuRuns: number[] = [];
let predicted: string[][] = [];
for (let r = 0; r < 7; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  predicted = docs.flatMap((d) => tagger.tagDocument(d.sentences));
  const c = process.cpuUsage(c0);
  runs.push(performance.now() - t0);
  cpuRuns.push((c.user + c.system) / 1000);
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const scores = evaluateEntities(
  docs.flatMap((d) => d.tags),
  predicted,
);
const rate = (ms: number): string => Math.round(tokens / (ms / 1000)).toLocaleString("en-US");
console.log(`model ${tagger.modelName} loaded in ${loadMs.toFixed(0)} ms`);
console.log(`dev set: ${docs.length} documents, ${tokens} tokens`);
console.log(`tagging (one core): best ${rate(runs[0]!)} tokens/s, median ${rate(runs[3]!)} tokens/s (wall clock)`);
console.log(`tagging (one core): best ${rate(cpuRuns[0]!)} tokens/s, median ${rate(cpuRuns[3]!)} tokens/s (CPU time)`);
console.log(`dev F1 (PER/ORG/LOC, exact match): ${(100 * scores.overall.f1).toFixed(2)}`);
