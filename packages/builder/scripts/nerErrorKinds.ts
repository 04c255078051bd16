// Errors of an NER model on a measuring set, by kind (the table of the model cards):
//   npx tsx packages/builder/scripts/nerErrorKinds.ts MODEL conll|uner|wnut [--examples N]
// or, on a built graph scored against a reference (scoreDevReference.ts --keep leaves both in its directory), how the
// reference's organisations came out (typed right, typed as another type, not found):
//   npx tsx packages/builder/scripts/nerErrorKinds.ts graph GRAPH.json GOLD.json [--examples N]
// Gold and predicted PER/ORG/LOC/MISC spans are compared: exact match, wrong extent (overlapping, not equal),
// wrong type (same extent), missed, false. With --examples it prints that many spans of each kind (dev aid only).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { iobSpans } from "@newskg/graph-model";
import { loadNerTagger } from "../src/ner/index.js";
import { readConllCorpus, readTwoColumnCorpus, readUnerCorpus, wnutTypes } from "../src/ner/readTrainingData.js";
import { defaultDataDir } from "../src/ner/trainNerCommand.js";

const [model = "open", set = "conll", goldArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const ex = process.argv.indexOf("--examples");
const examples = ex > 0 ? Number(process.argv[ex + 1]) : 0;

if (model === "graph") {
  // The scorer's own matching decides found and typed; only the reference's organisations are counted.
  const scorer = join(defaultDataDir, "../../eval/score.mjs");
  const run = spawnSync(process.execPath, [scorer, set, goldArg ?? "", "--json"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  const scored = JSON.parse(run.stdout) as { entities: { missing: string[]; mistyped: string[] } };
  const gold = JSON.parse(readFileSync(goldArg ?? "", "utf8")) as {
    entities: { id: string; type: string; required: boolean }[];
  };
  const orgs = gold.entities.filter((e) => e.type === "ORGANIZATION" && e.required).map((e) => e.id);
  const missing = new Set(scored.entities.missing);
  const mistyped = new Map(
    scored.entities.mistyped.map((m) => [m.slice(0, m.lastIndexOf(":")), m.slice(m.lastIndexOf(":") + 2)]),
  );
  const by = new Map<string, string[]>();
  for (const id of orgs) {
    const k = missing.has(id) ? "not found" : mistyped.has(id) ? `typed ${mistyped.get(id)}` : "typed right";
    by.set(k, [...(by.get(k) ?? []), id]);
  }
  const right = by.get("typed right")?.length ?? 0;
  console.log(`organisations: ${orgs.length}, typed right ${right} (${((100 * right) / orgs.length).toFixed(1)}%)`);
  for (const [k, l] of [...by].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(l.length).padStart(6)}  ${k}`);
    if (examples > 0 && k !== "typed right") console.log(`        ${l.slice(0, examples).join(" | ")}`);
  }
  process.exit(0);
}
const docs =
  set === "uner"
    ? readUnerCorpus(join(defaultDataDir, "uner-ewt/en_ewt-ud-dev.iob2"))
    : set === "wnut"
      ? readTwoColumnCorpus(join(defaultDataDir, "wnut17/emerging.dev.conll"), wnutTypes)
      : readConllCorpus(join(defaultDataDir, "conll2003-dev.conll"));
const tagger = loadNerTagger(model);
const kinds = new Map<string, string[]>();
const add = (k: string, text: string): void => {
  let l = kinds.get(k);
  if (!l) kinds.set(k, (l = []));
  l.push(text);
};
const SCORED = new Set(["PER", "ORG", "LOC"]);
for (const d of docs) {
  const pred = tagger.tagDocument(d.sentences);
  d.sentences.forEach((s, i) => {
    const g = iobSpans(d.tags[i]!);
    const p = iobSpans(pred[i]!);
    const text = (a: number, b: number): string => s.slice(a, b).join(" ");
    for (const x of g) {
      if (!SCORED.has(x.type)) continue;
      const same = p.find((y) => y.start === x.start && y.end === x.end);
      if (same && same.type === x.type) add("correct", text(x.start, x.end));
      else if (same) add(`${x.type} typed ${same.type}`, text(x.start, x.end));
      else if (p.some((y) => y.start < x.end && x.start < y.end)) add("wrong extent", text(x.start, x.end));
      else add(`${x.type} missed`, text(x.start, x.end));
    }
    for (const y of p) {
      if (!SCORED.has(y.type)) continue;
      if (!g.some((x) => x.start < y.end && y.start < x.end)) add(`false ${y.type}`, text(y.start, y.end));
    }
  });
}
for (const [k, l] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(l.length).padStart(6)}  ${k}`);
  if (examples > 0 && k !== "correct") console.log(`        ${l.slice(0, examples).join(" | ")}`);
}
