// `pnpm bench:scale`: the graph store at scale, on both engines. Generates a made-up graph of N documents
// (default 100,000; --documents N) with packages/store's synthetic generator (chain + hub entities, evidence,
// MENTIONS edges; nothing from the corpus is committed), then for SQLite (a temp file) and PostgreSQL (a throwaway
// cluster, or --postgres URL) measures:
//   full build      writeBuild of the whole graph: documents/s, rows, store size, peak RSS
//   no-op rebuild   the same graph again (every row compared, none written)
//   incremental     100 articles added: time until they are queryable
//   queries         search, entity, neighbourhood (depth 2), shortest path, evidence, edge-list page: p50/p99 over
//                   --queries runs each, with the query cache off
// This measures the store, not extraction: `pnpm bench:build` measures the extraction pipeline.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openStore } from "../packages/store/src/index.js";
import type { SqlGraphStore } from "../packages/store/src/index.js";
import {
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
  const store = await openStore(spec, { cacheEntries: 0 });
  try {
    peakRss = process.memoryUsage.rss();
    const [, full] = await time(() => store.writeBuild({ graph, sentencesOf: syntheticSentences }));
    console.log(
      `full build     ${(full / 1000).toFixed(1)} s, ${Math.round(documents / (full / 1000))} documents/s ` +
        `(${rows.toLocaleString("en")} nodes+edges), store ${mb(await storeSize(store, sqlitePath))}, peak RSS ${mb(peakRss)}`,
    );
    const [, same] = await time(() => store.writeBuild({ graph, sentencesOf: syntheticSentences }));
    console.log(`no-op rebuild  ${(same / 1000).toFixed(1)} s (every row compared, none written)`);
    const grown = syntheticGraph({ documents: documents + 100 });
    const [report, incremental] = await time(async () => {
      const written = await store.writeBuild({ graph: grown, sentencesOf: syntheticSentences });
      await store.entity(entityKey(documents + 50)); // queryable
      return written;
    });
    console.log(
      `incremental    +100 articles queryable after ${(incremental / 1000).toFixed(2)} s ` +
        `(documents +${report.changes.documents.inserted}, entities +${report.changes.entities.inserted} ` +
        `~${report.changes.entities.updated})`,
    );
    const n = documents;
    const pick = (i: number) => (i * 7919) % n;
    console.log(await latency("search", (i) => store.search(inventedName(pick(i)).slice(0, 6), { limit: 10 })));
    console.log(await latency("entity", (i) => store.entity(entityKey(pick(i)))));
    console.log(
      await latency("neighbourhood", (i) => store.neighbourhood(entityKey(pick(i)), { depth: 2, limit: 200 })),
    );
    console.log(await latency("path", (i) => store.shortestPath(entityKey(pick(i)), entityKey(pick(i + 1)))));
    console.log(await latency("evidence", (i) => store.evidence(`r:${pick(i)}`)));
    console.log(await latency("edge-list", (i) => store.edgeList({ first: 1000, after: `r:${pick(i)}` })));
    console.log(await latency("hub entity", () => store.entity(HUB_KEY)));
  } finally {
    await store.close();
  }
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
