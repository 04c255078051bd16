// Confidence calibration: extracts article directories with the shipped NER and parser models, judges every typed
// edge against the directory's reference (right = a reference relation with the same category and direction)
// and prints precision per confidence band and per category, so the factors in src/relations/confidence.ts can be
// set from measurement (edges above 0.8 must be right at least 80% of the time).
//   npx tsx packages/builder/scripts/calibrateConfidence.ts DIR GOLD.json [DIR GOLD.json ...] [--wrong] [--emit]
//   [--calibrated]   (--emit prints the CALIBRATION table of src/relations/confidence.ts from raw confidences;
//   --calibrated judges the shipped, calibrated confidences instead; --prior-weight K smooths each category's band
//   toward the band's precision over all categories with the weight of K edges, default 1)
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { judgeEdges, toGraph, type GoldFile } from "../../../test/heldout/scoreGraph.js";
import { extractDocument, resolveAcrossDocuments } from "../src/extract/index.js";
import type { ArticleInput } from "../src/extract/index.js";
import { loadNerTagger } from "../src/ner/index.js";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";

const args = process.argv.slice(2);
const showWrong = args.includes("--wrong");
const emit = args.includes("--emit");
// How many edges' worth of the band's overall precision a category's band starts from (--prior-weight K): with
// a handful of edges in a band, one wrong edge should not drag it to 0.14.
const priorWeightAt = args.indexOf("--prior-weight");
const priorWeight = priorWeightAt >= 0 ? Number(args[priorWeightAt + 1]) : 1;
/** Raw confidence bands the calibration table distinguishes (direct readings vs indirect ones). */
const CALIBRATION_BANDS = [0.85, 0.7, 0];
const pairs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--prior-weight");
if (pairs.length < 2 || pairs.length % 2) {
  console.error("usage: calibrateConfidence.ts DIR GOLD.json [DIR GOLD.json ...] [--wrong]");
  process.exit(2);
}

function readArticle(file: string): ArticleInput {
  const raw = readFileSync(file, "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  const date = m ? /^date:\s*"?([\d-]+)"?/m.exec(m[1] ?? "")?.[1] : undefined;
  const a: ArticleInput = {
    docKey: `doc:${basename(file).replace(/\.(md|txt)$/, "")}`,
    file: basename(file),
    title: basename(file),
    text: m ? raw.slice(m[0].length) : raw,
  };
  if (date) a.date = date;
  return a;
}

const tagger = loadNerTagger();
const parser = loadDependencyParser();
const judged: { confidence: number; category: string; label: string; right: boolean; text: string }[] = [];
for (let k = 0; k < pairs.length; k += 2) {
  const dir = resolve(pairs[k]!);
  const gold = JSON.parse(readFileSync(resolve(pairs[k + 1]!), "utf8")) as GoldFile;
  const extractions = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) =>
      extractDocument(readArticle(join(dir, f)), tagger, parser, { rawConfidence: !args.includes("--calibrated") }),
    );
  const graph = toGraph(extractions, resolveAcrossDocuments(extractions));
  for (const j of judgeEdges(graph, gold))
    judged.push({
      confidence: j.edge.attributes.confidence ?? 0,
      category: j.edge.attributes.category,
      label: j.edge.attributes.label,
      right: j.right,
      text: `${j.edge.source} -${j.edge.attributes.category} "${j.edge.attributes.label}"-> ${j.edge.target}`,
    });
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0).padStart(4) + "%" : "    -");
const bands = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
console.log("confidence band     edges  right  precision");
for (let b = 0; b + 1 < bands.length; b++) {
  const lo = bands[b]!;
  const hi = bands[b + 1]!;
  const xs = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
  const right = xs.filter((j) => j.right).length;
  console.log(
    `[${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? "]" : ")"}  ${String(xs.length).padStart(10)} ${String(right).padStart(6)}  ${pct(right, xs.length)}`,
  );
}
const above = judged.filter((j) => j.confidence > 0.8);
console.log(
  `above 0.8: ${above.filter((j) => j.right).length}/${above.length} right (${pct(above.filter((j) => j.right).length, above.length).trim()})`,
);
console.log("\ncategory        edges  right  precision");
for (const cat of [...new Set(judged.map((j) => j.category))].sort()) {
  const xs = judged.filter((j) => j.category === cat);
  const right = xs.filter((j) => j.right).length;
  console.log(
    `${cat.padEnd(14)} ${String(xs.length).padStart(6)} ${String(right).padStart(6)}  ${pct(right, xs.length)}`,
  );
}
console.log("\nby confidence value (mechanism)");
for (const c of [...new Set(judged.map((j) => j.confidence))].sort((a, b) => b - a)) {
  const xs = judged.filter((j) => j.confidence === c);
  const right = xs.filter((j) => j.right).length;
  console.log(
    `${c.toFixed(3)}  ${String(xs.length).padStart(4)} ${String(right).padStart(4)}  ${pct(right, xs.length)}  e.g. ${xs[0]?.category} "${xs[0]?.label}"`,
  );
}
if (emit) {
  // Per category and band: (right + prior) / (n + 1), the prior being the band's precision over all categories.
  const table: Record<string, [number, number][]> = {};
  const inBand = (c: number, b: number) => c >= CALIBRATION_BANDS[b]! && (b === 0 || c < CALIBRATION_BANDS[b - 1]!);
  const prior = CALIBRATION_BANDS.map((_, b) => {
    const xs = judged.filter((j) => inBand(j.confidence, b));
    return xs.length ? xs.filter((j) => j.right).length / xs.length : 0.5;
  });
  table["*"] = CALIBRATION_BANDS.map((from, b) => [from, +prior[b]!.toFixed(2)]);
  const counts: string[] = [];
  for (const cat of [...new Set(judged.map((j) => j.category))].sort())
    table[cat] = CALIBRATION_BANDS.map((from, b) => {
      const xs = judged.filter((j) => j.category === cat && inBand(j.confidence, b));
      const right = xs.filter((j) => j.right).length;
      counts.push(`${cat} >=${from}: ${right}/${xs.length}`);
      return [from, +((right + priorWeight * prior[b]!) / (xs.length + priorWeight)).toFixed(2)];
    });
  console.log(counts.join("; "));
  console.log(JSON.stringify(table));
}
if (showWrong)
  for (const j of judged.filter((x) => !x.right)) console.log(`  wrong ${j.confidence.toFixed(2)} ${j.text}`);
