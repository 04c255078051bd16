// CAMEO matcher speed on gold UD parses: loads the lexicon, then runs `match` on every verb of the UD English EWT
// training treebank in ../shared (relative to the repository root), a stand-in for "every verb in every
// article". Prints load time, verbs matched per second, and how the matches spread over categories and codes.
//   pnpm bench:cameo [file.conllu]
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCameoLexicon } from "../packages/builder/src/events/cameoLexicon.js";
import { docFromConllu } from "../packages/builder/src/nlp/docFromConllu.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const path = process.argv[2] ?? resolve(repoRoot, "../shared/data/ud/en_ewt-ud-train.conllu");
if (!existsSync(path)) {
  console.log(`skipped: ${path} is absent`);
  process.exit(0);
}

let t = performance.now();
const lexicon = loadCameoLexicon();
const loadMs = performance.now() - t;
// Gold parses; multiword-token lines and empty nodes are left to the reader.
const doc = docFromConllu(readFileSync(path, "utf8"));
const verbs: number[] = [];
for (let i = 0; i < doc.length; i++) if (doc.upos[i] === "VERB") verbs.push(i);

const rounds = 5;
let matched = 0;
const byCategory = new Map<string, number>();
const byCode = new Map<string, number>();
t = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const i of verbs) {
    const m = lexicon.match(doc, i);
    if (!m || r > 0) continue;
    matched++;
    byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1);
    const key = `${doc.lemma[i]} ${m.code} ${m.pattern === "*" ? "" : m.pattern}`.trim();
    byCode.set(key, (byCode.get(key) ?? 0) + 1);
  }
}
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v}\t${k}`);

console.log(`lexicon: ${lexicon.verbCount} verbs, ${lexicon.patternCount} patterns, loaded in ${loadMs.toFixed(0)} ms`);
console.log(
  `${doc.length} tokens, ${verbs.length} verbs, ${matched} matched (${((100 * matched) / verbs.length).toFixed(1)}%)`,
);
// CPU time besides wall time: on a shared machine wall time also counts waiting for a core.
const perCpuSecond = (rounds * verbs.length) / (cpuMs / 1000);
console.log(
  `match: ${perCpuSecond.toFixed(0)} verbs per CPU-second, ${((rounds * verbs.length) / (ms / 1000)).toFixed(0)} per wall-second (${((1000 * cpuMs) / (rounds * verbs.length)).toFixed(1)} us CPU each)`,
);
console.log("categories:\n" + top(byCategory, 20).join("\n"));
console.log("most frequent lemma/code/pattern:\n" + top(byCode, Number(process.env.TOP ?? 40)).join("\n"));
