// `pnpm bench:scale`: the graph store at scale, on both engines. Generates a made-up graph of N documents
// (default 100,000; --documents N) with packages/store's synthetic generator (chain + hub entities, evidence,
// MENTIONS edges; nothing from the corpus is committed), then for SQLite (a temp file) and PostgreSQL (a throwaway
// cluster, or --postgres URL) measures:
//   full build      writeBuild of the whole graph: documents/s, rows, store size, peak RSS
//   no-op rebuild   the same graph again (every row compared, none written)
//   incremental     100 articles added, then 100 edited, then the 100 added removed: time until queryable
//   queries         StoreReader's search, entity, neighbourhood (depth 2), shortest path, evidence, edge-list page,
//                   a hub's strongest relations: p50/p99 over --queries runs each (the server's per-build answer
//                   cache is not involved)
// This measures the store, not extraction: `pnpm bench:build` measures the extraction pipeline. `--store SPEC`
// measures the same reads on an existing store instead (see benchExisting); `--store SPEC --add N` instead adds N
// articles to a synthetic store of --documents articles (e.g. bench:server's .cache/bench-server/synthetic-100000.db)
// and times until they are queryable, then removes them again (see benchAdd); with --changes the same through
// writeChanges, handed only what the articles change (derived from the two graphs before the clock starts); with
// --named as an incremental build hands it (storeChangeOf: the articles' rows named, the store read for the rest,
// on the clock). The explorer on such a store:
// `pnpm bench:viewer -- --store SPEC --hub e:hub`.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { graphChanges, openStore } from "../packages/store/src/index.js";
import { storeChangeOf } from "../packages/builder/src/pipeline/storeChangeOf.js";
import type { SqlGraphStore } from "../packages/store/src/index.js";
import {
  documentKey,
  entityKey,
  HUB_KEY,
  inventedName,
  startTestPostgres,
  syntheticGraph,
  syntheticSentences,
} from "../packages/store/src/testing/index.js";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "100000" },
    queries: { type: "string", default: "300" },
    engine: { type: "string", default: "both" },
    postgres: { type: "string" },
    store: { type: "string" },
    add: { type: "string" },
    changes: { type: "boolean", default: false },
    named: { type: "boolean", default: false },
  },
});
const documents = Number(values.documents);
const queries = Number(values.queries);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
sampler.unref();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function latency(name: string, run: (i: number) => Promise<unknown>): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < queries; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `${name.padEnd(14)} p50 ${quantile(samples, 0.5).toFixed(2)} ms  p99 ${quantile(samples, 0.99).toFixed(2)} ms`;
}

async function storeSize(store: SqlGraphStore, path: string | null): Promise<number> {
  if (path) return statSync(path).size;
  const [row] = await store.db.all<{ size: number }>("SELECT pg_database_size(current_database()) AS size");
  return Number(row!.size);
}

async function bench(engine: "sqlite" | "postgres", spec: string, sqlitePath: string | null): Promise<void> {
  console.log(`\n== ${engine}: ${documents.toLocaleString("en")} documents ==`);
  const graph = syntheticGraph({ documents });
  const rows = graph.nodes.length + graph.edges.length;
  const store = await openStore(spec);
  const reader = store.reader();
  try {
    peakRss = process.memoryUsage.rss();
    const [, full] = await time(() => store.writeBuild({ graph, sentencesOf: syntheticSentences }));
    console.log(
      `full build     ${(full / 1000).toFixed(1)} s, ${Math.round(documents / (full / 1000))} documents/s ` +
        `(${rows.toLocaleString("en")} nodes+edges), store ${mb(await storeSize(store, sqlitePath))}, peak RSS ${mb(peakRss)}`,
    );
    const [, same] = await time(() => store.writeBuild({ graph, sentencesOf: syntheticSentences }));
    console.log(`no-op rebuild  ${(same / 1000).toFixed(1)} s (every row compared, none written)`);
    // 100 articles added, then 100 edited, then those 100 added removed again: each timed until queryable.
    const incremental = async (name: string, next: typeof graph, check: () => Promise<boolean>) => {
      const [report, ms] = await time(async () => {
        const written = await store.writeBuild({ graph: next, sentencesOf: syntheticSentences });
        if (!(await check())) throw new Error(`${name}: the change is not visible after the write`);
        return written;
      });
      const c = report.changes;
      console.log(
        `${name.padEnd(14)} ${(ms / 1000).toFixed(2)} s until queryable (documents +${c.documents.inserted} ` +
          `~${c.documents.updated} -${c.documents.deleted}; entities +${c.entities.inserted} ~${c.entities.updated} ` +
          `-${c.entities.deleted}; relations +${c.relations.inserted} ~${c.relations.updated} -${c.relations.deleted})`,
      );
    };
    const added = entityKey(documents + 50);
    await incremental("+100 articles", syntheticGraph({ documents: documents + 100 }), async () =>
      (await reader.entities([added])).has(added),
    );
    const edited = Array.from({ length: 100 }, (_, i) => i * Math.floor(documents / 100));
    const editedGraph = syntheticGraph({ documents: documents + 100, editedDocuments: edited });
    const editedKey = editedGraph.nodes.find((n) => n.key === documentKey(edited[1]!))!;
    await incremental("~100 articles", editedGraph, async () => {
      const doc = (await reader.documents([editedKey.key])).get(editedKey.key);
      return doc?.text === (editedKey.attributes as { text: string }).text;
    });
    await incremental(
      "-100 articles",
      syntheticGraph({ documents, editedDocuments: edited }),
      async () => !(await reader.entities([added])).has(added),
    );
    const n = documents;
    const pick = (i: number) => (i * 7919) % n;
    console.log(await latency("search", (i) => reader.search(inventedName(pick(i)).slice(0, 6), null, 10)));
    console.log(await latency("entity", (i) => reader.entities([entityKey(pick(i))])));
    console.log(await latency("neighbourhood", (i) => reader.neighbourhood(entityKey(pick(i)), 2, 200, 20_000, null)));
    console.log(
      await latency("path", (i) => reader.shortestPaths(entityKey(pick(i)), entityKey(pick(i + 1)), null, 1)),
    );
    console.log(await latency("evidence", (i) => reader.evidence([`r:${pick(i)}`])));
    console.log(await latency("edge-list", (i) => reader.relationsAfter(null, `r:${pick(i)}`, 1000)));
    console.log(await latency("hub relations", () => reader.relationsOf([HUB_KEY], null, 50)));
  } finally {
    await store.close();
  }
}

/**
 * `--store SPEC`: the StoreReader calls bench:server's mix makes, one at a time, on an existing store (e.g. the one
 * `pnpm bench:corpus-build` writes), over its 300 most central entities: per-call p50/p99 and the slowest calls.
 */
async function benchExisting(spec: string): Promise<void> {
  const store = await openStore(spec, /^postgres/.test(spec) ? {} : { readonly: true });
  const reader = store.reader();
  try {
    const top = await reader.topEntities(300);
    const pick = (i: number) => top[(i * 7919) % top.length]!;
    const word = (label: string) => label.split(" ").pop()!;
    const slowest: { name: string; ms: number; arg: string }[] = [];
    const timed = async (name: string, arg: string, run: () => Promise<unknown>) => {
      const start = performance.now();
      await run();
      const ms = performance.now() - start;
      slowest.push({ name, ms, arg });
    };
    console.log(
      `store ${spec}: ${top.length} central entities; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    const names = ["search", "entity", "neighbourhood", "path", "edge-list"] as const;
    const keys = (await reader.relationsAfter(null, null, 20_000)).map((r) => r.id);
    for (const name of names)
      console.log(
        await latency(name, async (i) => {
          const e = pick(i);
          const other = pick(i + 1);
          if (name === "search") await timed(name, e.label, () => reader.search(word(e.label).slice(0, 5), null, 10));
          if (name === "entity") await timed(name, e.id, () => reader.entities([e.id]));
          if (name === "neighbourhood") await timed(name, e.id, () => reader.neighbourhood(e.id, 2, 100, 20_000, null));
          if (name === "path")
            await timed(name, `${e.id} ${other.id}`, () => reader.shortestPaths(e.id, other.id, null, 3));
          if (name === "edge-list")
            await timed(name, String(i), () => reader.relationsAfter(null, keys[(i * 211) % keys.length] ?? null, 201));
        }),
      );
    slowest.sort((a, b) => b.ms - a.ms);
    console.log("slowest calls:");
    for (const c of slowest.slice(0, 8)) console.log(`  ${c.name.padEnd(14)} ${c.ms.toFixed(1)} ms  ${c.arg}`);
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
  } finally {
    await store.close();
  }
}

/**
 * `--store SPEC --add N`: N articles added to an existing synthetic store of `documents` articles (written by this
 * generator, so the graph of documents + N differs from it by those articles alone), timed until a reader sees
 * them; then the same N removed again, so the store is left as it was.
 */
async function benchAdd(spec: string, add: number): Promise<void> {
  const store = await openStore(spec);
  const reader = store.reader();
  try {
    const [before] = await store.db.all<{ n: number }>("SELECT count(*) AS n FROM documents");
    if (Number(before!.n) !== documents)
      throw new Error(`${spec} holds ${before!.n} documents, not --documents ${documents}`);
    console.log(
      `store ${spec}: ${documents.toLocaleString("en")} documents; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    const added = entityKey(documents + Math.floor(add / 2));
    let previous = values.changes ? syntheticGraph({ documents }) : null;
    for (const [name, total, visible] of [
      [`+${add} articles`, documents + add, true],
      [`-${add} articles`, documents, false],
    ] as const) {
      peakRss = process.memoryUsage.rss();
      const start = performance.now();
      const graph = syntheticGraph({ documents: total });
      const generated = performance.now();
      // The sampler does not run during synchronous stretches: sample around them too.
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      let report;
      let changeMs = 0;
      let timed = generated;
      if (values.named) {
        // As an incremental build names them: the articles added or removed and their entities (what resolution
        // reaches), the store read for the rest (metrics, relations at those keys); timed with the write.
        const docs = new Set(Array.from({ length: add }, (_, i) => documentKey(documents + i)));
        const entities = new Set<string>();
        for (const node of (visible ? graph : syntheticGraph({ documents: documents + add })).nodes)
          if (node.attributes.kind === "entity" && node.attributes.mentions.some((m) => docs.has(m.doc)))
            entities.add(node.key);
        const previousDocs = new Set(
          Array.from({ length: visible ? documents : documents + add }, (_, i) => documentKey(i)),
        );
        timed = performance.now();
        const change = await storeChangeOf(store, graph, { docs, entities, moved: new Set(), previousDocs }, []);
        if (!change) throw new Error(`${name}: the store is not the build the change starts from`);
        changeMs = performance.now() - timed;
        report = await store.writeChanges({ ...change, sentencesOf: syntheticSentences });
      } else if (previous) {
        const change = graphChanges(previous, graph);
        previous = graph;
        timed = performance.now();
        changeMs = timed - generated;
        report = await store.writeChanges({ ...change, sentencesOf: syntheticSentences });
      } else report = await store.writeBuild({ graph, sentencesOf: syntheticSentences });
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if ((await reader.entities([added])).has(added) !== visible)
        throw new Error(`${name}: the change is not visible after the write`);
      const end = performance.now();
      const c = report.changes;
      console.log(
        `${name.padEnd(14)} ${((end - timed) / 1000).toFixed(2)} s until queryable by ` +
          `${values.named ? "writeChanges of the named rows" : previous ? "writeChanges" : "writeBuild"} (the graph generated before, ${((generated - start) / 1000).toFixed(2)} s` +
          `${values.named ? `, naming the rows ${(changeMs / 1000).toFixed(2)} s of it` : previous ? `, the change derived from the two graphs, ${(changeMs / 1000).toFixed(2)} s` : ""}; documents +${c.documents.inserted} ~${c.documents.updated} ` +
          `-${c.documents.deleted}; entities +${c.entities.inserted} ~${c.entities.updated} -${c.entities.deleted}; ` +
          `relations +${c.relations.inserted} ~${c.relations.updated} -${c.relations.deleted}), peak RSS ${mb(peakRss)}`,
      );
    }
  } finally {
    await store.close();
  }
}

if (values.store && values.add) {
  await benchAdd(values.store, Number(values.add));
  process.exit(0);
}
if (values.store) {
  await benchExisting(values.store);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "kg-bench-scale-"));
try {
  if (values.engine === "both" || values.engine === "sqlite") {
    const path = join(dir, "graph.db");
    await bench("sqlite", path, path);
  }
  if (values.engine === "both" || values.engine === "postgres") {
    if (values.postgres) await bench("postgres", values.postgres, null);
    else {
      const cluster = await startTestPostgres();
      try {
        await bench("postgres", await cluster.createDatabase(), null);
      } finally {
        await cluster.destroy();
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
