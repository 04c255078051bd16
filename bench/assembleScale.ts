// `tsx bench/assembleScale.ts --corpus DIR --sizes 1000,2000,4000`: times the whole-graph phases of a build
// (cross-document resolution, assembly, metrics, layout) on the first N articles of a corpus made by
// `pnpm bench:corpus`, reading each article's extraction from DIR/.cache by its document key. It skips the cache
// key (extractor version + code fingerprint) on purpose, so a corpus extracted by an earlier commit can still show
// how these phases grow with the corpus; it measures no extraction. CPU time per phase (this process), beside
// wall time, because the shared machine's load inflates wall time. `--cpu-prof` style profiles: run it under
// `node --cpu-prof --import tsx`.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../packages/builder/dist/io/readArticles.js";
import { resolveAcrossDocuments } from "../packages/builder/dist/extract/resolveAcrossDocuments.js";
import { entityProjection } from "../packages/builder/dist/graph/entityProjection.js";
import { computeMetrics } from "../packages/builder/dist/graph/computeMetrics.js";
import { computeLayout } from "../packages/builder/dist/graph/computeLayout.js";
import type { DocumentExtraction } from "../packages/builder/dist/extract/types.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    sizes: { type: "string", default: "1000,2000,4000" },
    phases: { type: "string", default: "resolve,assemble,metrics,layout" },
    // Another checkout's builder (its packages/builder/dist), for a before/after beside each other.
    baseline: { type: "string" },
  },
});
const builderDist = values.baseline
  ? resolve(values.baseline, "packages/builder/dist")
  : resolve(import.meta.dirname, "../packages/builder/dist");
const { assembleGraph } = (await import(
  join(builderDist, "graph/assembleGraph.js")
)) as typeof import("../packages/builder/dist/graph/assembleGraph.js");
if (!values.corpus) throw new Error("assembleScale: --corpus DIR is required");
const dir = resolve(values.corpus);
const sizes = values.sizes.split(",").map(Number);
const phases = new Set(values.phases.split(","));

const read = await readArticles(join(dir, "articles"));
const articles = [...read.articles].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
const wanted = new Set(articles.slice(0, Math.max(...sizes)).map((a) => a.docKey));
const extractions = new Map<string, DocumentExtraction>();
const cache = join(dir, ".cache/extractions");
for (const shard of readdirSync(cache))
  for (const file of readdirSync(join(cache, shard))) {
    if (!file.endsWith(".json")) continue;
    const e = JSON.parse(readFileSync(join(cache, shard, file), "utf8")) as DocumentExtraction;
    if (wanted.has(e.docKey)) extractions.set(e.docKey, e);
  }
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = <T>(name: string, row: string[], fn: () => T): T => {
  const [w, c] = [performance.now(), cpu()];
  const out = fn();
  row.push(`${name} ${((performance.now() - w) / 1000).toFixed(1)} s (cpu ${((cpu() - c) / 1000).toFixed(1)})`);
  return out;
};
for (const size of sizes) {
  const some = articles.slice(0, size).filter((a) => extractions.has(a.docKey));
  const list = some.map((a) => extractions.get(a.docKey)!);
  const row: string[] = [];
  const resolution = time("resolve", row, () => resolveAcrossDocuments(list));
  if (!phases.has("assemble")) {
    console.log(`${some.length} articles: ${row.join(", ")}; load ${loadavg()[0]!.toFixed(1)}`);
    continue;
  }
  const graph = time("assemble", row, () => assembleGraph(some, extractions, resolution));
  const projection = entityProjection(graph);
  if (phases.has("metrics")) time("metrics", row, () => computeMetrics(graph, projection));
  if (phases.has("layout")) time("layout", row, () => computeLayout(graph, projection));
  console.log(
    `${some.length} articles, ${graph.order} nodes, ${graph.size} edges: ${row.join(", ")}; load ${loadavg()[0]!.toFixed(1)}`,
  );
}
