// `tsx bench/assembleScale.ts --corpus DIR --sizes 1000,2000,4000`: times the whole-graph phases of a build
// (cross-document resolution, assembly, metrics, layout) on the first N articles of a corpus made by
// `pnpm bench:corpus`, reading each article's extraction from DIR/.cache by its document key. It skips the cache
// key (extractor version + code fingerprint) on purpose, so a corpus extracted by an earlier commit can still show
// how these phases grow with the corpus; it measures no extraction. CPU time per phase (this process), beside
// wall time, because the shared machine's load inflates wall time. `--cpu-prof` style profiles: run it under
// `node --cpu-prof --import tsx`.
// `--store DIR --add N`: for the largest size, also writes its graph into a fresh SQLite store in DIR, then the graph
// of N more articles twice, into two copies of that store: with PageRank, communities and layout recomputed (as
// every build does) and carried (`kg build --carry-metrics`), printing each write's time and rows changed.
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
import type { assembleGraph as AssembleGraph } from "../packages/builder/dist/graph/assembleGraph.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    sizes: { type: "string", default: "1000,2000,4000" },
    phases: { type: "string", default: "resolve,assemble,metrics,layout" },
    // Another checkout's builder (its packages/builder/dist), for a before/after beside each other.
    baseline: { type: "string" },
    store: { type: "string" },
    add: { type: "string", default: "100" },
  },
});
const builderDist = values.baseline
  ? resolve(values.baseline, "packages/builder/dist")
  : resolve(import.meta.dirname, "../packages/builder/dist");
const { assembleGraph } = (await import(join(builderDist, "graph/assembleGraph.js"))) as {
  assembleGraph: typeof AssembleGraph;
};
if (!values.corpus) throw new Error("assembleScale: --corpus DIR is required");
const dir = resolve(values.corpus);
const sizes = values.sizes.split(",").map(Number);
const phases = new Set(values.phases.split(","));

const read = await readArticles(join(dir, "articles"));
const articles = [...read.articles].sort((a, b) => (a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0));
const adding = values.store ? Number(values.add) : 0;
const wanted = new Set(articles.slice(0, Math.max(...sizes) + adding).map((a) => a.docKey));
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

if (values.store) {
  const { copyFileSync, mkdirSync, rmSync, statSync } = await import("node:fs");
  const { sortedSerialization } = await import("../packages/builder/dist/graph/serializeGraph.js");
  const { carryMetrics } = await import("../packages/builder/dist/graph/carryMetrics.js");
  const { writeGraphStore } = await import("../packages/builder/dist/pipeline/writeGraphStore.js");
  const { openStore } = await import("../packages/store/dist/index.js");
  const storeDir = resolve(values.store);
  mkdirSync(storeDir, { recursive: true });
  const graphOf = (n: number, carry: Map<string, never> | null) => {
    const some = articles.slice(0, n).filter((a) => extractions.has(a.docKey));
    const graph = assembleGraph(some, extractions, resolveAcrossDocuments(some.map((a) => extractions.get(a.docKey)!)));
    const projection = entityProjection(graph);
    if (carry) carryMetrics(graph, projection, carry);
    else {
      computeMetrics(graph, projection);
      computeLayout(graph, projection);
    }
    graph.replaceAttributes({
      name: "scale",
      builtAt: new Date().toISOString(),
      builderVersion: "bench",
      documentCount: some.length,
      curationApplied: false,
    });
    return sortedSerialization(graph);
  };
  const size = Math.max(...sizes);
  const base = join(storeDir, "base.db");
  for (const f of [base, `${base}-wal`, `${base}-shm`]) rmSync(f, { force: true });
  let t = performance.now();
  const first = await writeGraphStore(base, graphOf(size, null), null);
  console.log(
    `store: ${size} articles written in ${((performance.now() - t) / 1000).toFixed(1)} s, ${(statSync(base).size / 1e6).toFixed(0)} MB`,
  );
  void first;
  for (const mode of ["recomputed", "carried"] as const) {
    const copy = join(storeDir, `${mode}.db`);
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
    copyFileSync(base, copy);
    t = performance.now();
    let carry = null;
    if (mode === "carried") {
      const store = await openStore(copy);
      carry = (await store.entityMetrics())!.metrics;
      await store.close();
    }
    const graph = graphOf(size + adding, carry as Map<string, never> | null);
    const phases = performance.now() - t;
    const report = await writeGraphStore(copy, graph, null);
    const e = report.changes.entities;
    const d = report.changes.documents;
    console.log(
      `+${adding} articles, metrics ${mode}: graph ${(phases / 1000).toFixed(1)} s + write ${((performance.now() - t - phases) / 1000).toFixed(1)} s; ` +
        `documents +${d.inserted} ~${d.updated} rescored ${d.rescored}; entities +${e.inserted} ~${e.updated} -${e.deleted} rescored ${e.rescored} of ${graph.nodes.length - size - adding}; load ${loadavg()[0]!.toFixed(1)}`,
    );
  }
}
