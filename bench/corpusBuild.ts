// `pnpm bench:corpus-build --corpus DIR [--store SPEC] [--workers N]`: builds a corpus made by `pnpm bench:corpus`
// (DIR/articles, its extractions cached in DIR/.cache) with `kg build`'s pipeline into a store (default
// DIR/graph.db; --store postgres://... for PostgreSQL), and prints what a `kg build` does not: time per phase,
// articles/s, peak RSS of the process, the store's size and rows written, the load average before and after, and
// the time until the newest article is queryable through the store's reader (from the start of the build).
// `--carry-metrics` and `--full-resolution` as for `kg build`. Run it again after `pnpm bench:corpus --documents 100100 --start 100000 --extract-from 100000 --out DIR` for
// "+100 articles, until queryable" (those 100 are extracted for real by the build).
// Imports the built modules (dist), as bench:corpus does, so that the extraction cache keys match.
import { readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildGraph } from "../packages/builder/dist/index.js";
import { openStore } from "../packages/store/dist/index.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    store: { type: "string" },
    workers: { type: "string", default: "2" },
    "carry-metrics": { type: "boolean", default: false },
    "full-resolution": { type: "boolean", default: false },
  },
});
if (!values.corpus) throw new Error("bench:corpus-build: --corpus DIR is required");
const dir = resolve(values.corpus);
const store = values.store ?? join(dir, "graph.db");
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
/** The process's peak resident memory (worker threads included), from /proc (Linux). */
const peakRssMb = () => Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN) / 1024;

const loadBefore = load();
const started = performance.now();
const report = await buildGraph({
  articlesDir: join(dir, "articles"),
  outFile: join(dir, "graph.json"),
  store,
  curationFile: null,
  workers: Number(values.workers),
  carryMetrics: values["carry-metrics"],
  fullResolution: values["full-resolution"],
  // What resolution and metrics did (how much was resolved again, carried), not the per-article notes.
  log: (message) => {
    if (/^(resolution|metrics carried)/.test(message)) console.log(message);
  },
});
const built = performance.now();
// Queryable: the newest article (the last file name) read back through a fresh reader of the store.
const newest = await openStore(store, /^postgres/.test(store) ? {} : { readonly: true });
const [row] = await newest.db.all<{ key: string }>("SELECT key FROM documents ORDER BY file DESC LIMIT 1");
const newestKey = String(row?.key ?? "");
const seen = (await newest.reader().documents([newestKey])).has(newestKey);
const size = /^postgres/.test(store)
  ? Number((await newest.db.all<{ s: number }>("SELECT pg_database_size(current_database()) AS s"))[0]?.s ?? NaN)
  : statSync(store).size;
await newest.close();
if (!seen) throw new Error(`bench:corpus-build: ${newestKey} is not readable after the build`);
const queryable = performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const c = report.store!.changes;
console.log(
  `${report.documents.toLocaleString("en")} documents (${report.extracted} extracted, ${report.reused} reused, ` +
    `${report.skipped.length} skipped), ${report.entities.toLocaleString("en")} entities, ` +
    `${report.relations.toLocaleString("en")} relations, ${report.words.toLocaleString("en")} words`,
);
console.log(
  `build ${s(built - started)} (${Math.round(report.documents / ((built - started) / 1000))} articles/s), ` +
    `until ${newestKey} queryable ${s(queryable - started)}; peak RSS ${Math.round(peakRssMb())} MB; ` +
    `store ${report.store!.engine} ${(size / 1024 / 1024).toFixed(0)} MB (build ${report.store!.version}: ` +
    `documents +${c.documents.inserted} ~${c.documents.updated} -${c.documents.deleted} r${c.documents.rescored}; ` +
    `entities +${c.entities.inserted} ~${c.entities.updated} -${c.entities.deleted} r${c.entities.rescored}; ` +
    `relations +${c.relations.inserted} ~${c.relations.updated} -${c.relations.deleted})`,
);
console.log(
  `phases: ${Object.entries(report.timings)
    .map(([phase, ms]) => `${phase} ${s(ms as number)}`)
    .join(", ")}`,
);
console.log(`load average before ${loadBefore}, after ${load()}`);
