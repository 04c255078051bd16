// `pnpm bench:server`: load test of the GraphQL server on loopback. Builds the BBC corpus (../shared/corpus/bbc,
// or $BENCH_CORPUS) once into .cache/bench-server (reused on later runs; --rebuild forces a new build), starts the
// server in a child process, then runs with autocannon at 50 connections for a fixed time each:
//   ceiling  `{ __typename }` (HTTP + Apollo overhead only)
//   mix      search, entity + neighbourhood depth 2, shortest path, edge-list page (random entities/terms)
// and prints requests/s and p50/p99 latency, then the mix again on a second server with the response cache off.
// Aim: mix p99 < 20 ms and mix >= half the ceiling's throughput.
// `--stores 2000,40000` instead serves made-up SQLite stores of those many documents (packages/store's synthetic
// generator, kept in .cache/bench-server/) one after the other, response cache off, and prints for each the
// server's RSS after start and at its peak under the mix, with p50/p99: memory stays flat as the store grows.
// `--store PATH[,PATH...]` serves existing stores instead (a SQLite file or postgres:// URL, e.g. the 100k store
// `pnpm bench:corpus` + `pnpm kg build` write to /tmp/kg-100k/graph.db), with and without the response cache.
// Every row carries the load average when it was measured.
// BENCH_CONNECTIONS (default 50) and BENCH_SECONDS (default 10) change the load; on a busy machine a few
// connections show request latency rather than time queued behind other requests. With --store,
// BENCH_READERS (default "0,2") lists the reader threads to try and BENCH_GATES (default "default") the request
// gates: "default", "off" (every request executes at once, as before the gate) or "ACTIVE:WAIT_MS"; a busy
// answer (503) counts under "busy", and p50/p99 are given over all answers and over the 200s alone.
import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "packages/server/package.json"));

async function main() {
  const storesArg = process.argv.indexOf("--stores");
  const storeArg = process.argv.indexOf("--store");
  if (storesArg >= 0 || storeArg >= 0)
    return benchStores(
      storesArg >= 0 ? (process.argv[storesArg + 1] ?? "2000,40000").split(",").map(Number) : [],
      storeArg >= 0 ? (process.argv[storeArg + 1] ?? "").split(",").filter(Boolean) : [],
    );
  const corpus = resolve(process.env.BENCH_CORPUS ?? join(root, "../shared/corpus/bbc"));
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const cacheDir = join(root, ".cache/bench-server");
  const graphPath = join(cacheDir, "graph.json");

  if (!existsSync(graphPath) || process.argv.includes("--rebuild")) {
    if (!existsSync(corpus)) {
      console.log(`bench:server: corpus not found at ${corpus} (needs ../shared); nothing to measure`);
      return;
    }
    await mkdir(cacheDir, { recursive: true });
    const { buildGraph } = await import("../packages/builder/src/index.js");
    process.stderr.write(`bench:server: building ${corpus} into ${graphPath} (once; cached afterwards)...\n`);
    const report = await buildGraph({ articlesDir: corpus, outFile: graphPath, curationFile: null, log: () => {} });
    process.stderr.write(
      `bench:server: built ${report.documents} documents in ${(report.durationMs / 1000).toFixed(1)} s\n`,
    );
  } else process.stderr.write(`bench:server: reusing ${graphPath} (--rebuild to rebuild)\n`);

  // Two servers over the same graph: the default one (with its response cache) and one without the cache, to
  // show what the resolvers themselves sustain.
  const servers = await Promise.all([serve(graphPath, null), serve(graphPath, 0)]);
  try {
    await run(servers[0]!, servers[1]!, seconds, connections);
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
  }
}

async function serve(
  graphPath: string,
  cacheMb: number | null,
  store?: string,
  script = fileURLToPath(import.meta.url),
  readers?: number,
  gate = "default",
) {
  // BENCH_SERVER_FLAGS: node flags for the server process alone, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const flags = (process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...flags, "--import", "tsx", "--conditions=@newskg/source", script], {
    // NODE_ENV as `kg serve` runs (graphql-js skips its development checks).
    env: {
      ...process.env,
      KG_BENCH_SERVE: graphPath,
      KG_BENCH_STORE: store ?? "",
      KG_BENCH_CACHE_MB: String(cacheMb ?? ""),
      KG_BENCH_READERS: readers === undefined ? "" : String(readers),
      KG_BENCH_GATE: gate,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) done(out.trim());
    });
    child.once("exit", (code) => fail(new Error(`server exited (${code})`)));
  });
  return { url, child };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (body.errors) throw new Error(`bench query failed: ${body.errors[0]!.message}\n${query}`);
  return body.data;
}

const SEARCH = `query($q: String!) { search(query: $q, limit: 10) { score matched entity { id label type pagerank } } }`;
const ENTITY = `query($id: ID!) {
  entity(id: $id) { id label type aliases roles degree pagerank community mentionCount }
  neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id label type x y size community } edges { id category label weight confidence source { id } target { id } } }
}`;
const PATH = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxPaths: 3) { length nodes { id label } edges { id category label } } }`;
const EDGES = `query($after: String) { edgeList(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  rows { id source target sourceLabel targetLabel sourceType targetType category label weight confidence date } } }`;

interface BenchServer {
  url: string;
  child: { pid?: number | undefined };
}

/** CPU time (ms) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, at USER_HZ = 100
  } catch {
    return null;
  }
}

/** The query mix over a served graph: random top entities, search terms from their names, edge-list cursors. */
async function prepareMix(url: string) {
  const stats = await gql(url, `{ stats { entityCount relationCount documentCount } }`);
  const top = await gql(url, `{ entities(first: 300, orderBy: { field: PAGERANK }) { nodes { id label } } }`);
  const entities = top.entities.nodes as { id: string; label: string }[];
  if (entities.length < 2) throw new Error("the graph has too few entities to benchmark");
  const cursors: (string | null)[] = [null];
  let page = await gql(url, EDGES, { after: null });
  for (let i = 0; i < 20 && page.edgeList.pageInfo.hasNextPage; i++) {
    cursors.push(page.edgeList.pageInfo.endCursor);
    page = await gql(url, EDGES, { after: page.edgeList.pageInfo.endCursor });
  }
  // Search terms: whole names, prefixes and misspellings (drop a letter) of real entities.
  const terms = entities.slice(0, 100).flatMap((e) => {
    const word = e.label.split(" ").pop()!;
    return [
      e.label,
      word.slice(0, Math.max(2, word.length - 2)),
      word.length > 4 ? word.slice(0, 2) + word.slice(3) : word,
    ];
  });
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const mix = [
    () => ({ query: SEARCH, variables: { q: pick(terms) } }),
    () => ({ query: ENTITY, variables: { id: pick(entities).id } }),
    () => ({ query: PATH, variables: { from: pick(entities).id, to: pick(entities).id } }),
    () => ({ query: EDGES, variables: { after: pick(cursors) } }),
  ];
  for (const make of mix) {
    const { query, variables } = make();
    await gql(url, query, variables); // fail fast on a broken query
  }

  return { stats, mix };
}

/** One autocannon run against a server: req/s, p50/p99, errors and the server's CPU per request. */
async function loadTest(name: string, body: () => string, target: BenchServer, seconds: number, connections: number) {
  const autocannon = require("autocannon") as (opts: Record<string, unknown>) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const cpuBefore = cpuMs(target.child.pid);
  // Latency of answered (200) requests apart from busy (503) ones, which return at once.
  const answered: number[] = [];
  let busy = 0;
  const result = await autocannon({
    url: `${target.url}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: body() }),
      },
    ],
    setupClient: (client: { on: (event: string, fn: (...a: unknown[]) => void) => void }) => {
      client.on("response", (status: unknown, _bytes: unknown, responseTime: unknown) => {
        if (status === 200) answered.push(responseTime as number);
        else if (status === 503) busy++;
      });
    },
  });
  answered.sort((a, b) => a - b);
  const at = (q: number) =>
    answered.length ? answered[Math.min(answered.length - 1, Math.floor(q * answered.length))]! : NaN;
  const bad = result.non2xx - busy + result.errors + result.timeouts;
  const cpuAfter = cpuMs(target.child.pid);
  return {
    cpuPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total,
    name,
    rps: result.requests.average as number,
    p50: result.latency.p50 as number,
    p99: result.latency.p99 as number,
    total: result.requests.total as number,
    bad,
    busy,
    ok50: Math.round(at(0.5)),
    ok99: Math.round(at(0.99)),
  };
}

async function run(cached: BenchServer, uncachedServer: BenchServer, seconds: number, connections: number) {
  const url = cached.url;
  const { stats, mix } = await prepareMix(url);
  const load = (name: string, body: () => string, target: BenchServer = cached) =>
    loadTest(name, body, target, seconds, connections);
  const trivial = JSON.stringify({ query: "{ __typename }" });
  let turn = 0;
  await load("warm-up", () => JSON.stringify(mix[turn++ % mix.length]!())); // JIT, caches
  const ceiling = await load("ceiling { __typename }", () => trivial);
  const mixed = await load("mix (search, entity+nbhd d2, path, edges)", () =>
    JSON.stringify(mix[turn++ % mix.length]!()),
  );
  await load("warm-up", () => JSON.stringify(mix[turn++ % mix.length]!()), uncachedServer);
  const uncached = await load(
    "mix, response cache off",
    () => JSON.stringify(mix[turn++ % mix.length]!()),
    uncachedServer,
  );

  console.log(
    `graph: ${stats.stats.entityCount} entities, ${stats.stats.relationCount} relations, ${stats.stats.documentCount} documents`,
  );
  console.log(`load: ${connections} connections, ${seconds} s per run, 127.0.0.1\n`);
  console.log(
    `${"run".padEnd(44)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)} ${"server CPU ms/req".padStart(18)}`,
  );
  for (const r of [ceiling, mixed, uncached])
    console.log(
      `${r.name.padEnd(44)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.bad).padStart(7)} ${(r.cpuPerRequest === null ? "n/a" : r.cpuPerRequest.toFixed(3)).padStart(18)}`,
    );
  const ratio = mixed.rps / ceiling.rps;
  console.log(
    `\nmix/ceiling throughput ${(ratio * 100).toFixed(0)}% (aim >= 50%); mix p99 ${mixed.p99} ms (aim < 20 ms)` +
      ` -> ${ratio >= 0.5 && mixed.p99 < 20 ? "OK" : "BELOW AIM"}` +
      `\nwithout the response cache: ${((uncached.rps / ceiling.rps) * 100).toFixed(0)}% of the ceiling, p99 ${uncached.p99} ms` +
      `\n(load average now ${(await import("node:os"))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; autocannon shares the machine)`,
  );
}

/** Resident and peak resident memory of a process, from /proc (Linux), in MB. */
function rssMb(pid: number | undefined): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Servers over made-up stores of growing size (and existing stores): RSS and latency of the same mix on each. */
async function benchStores(sizes: number[], existing: string[]) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const cacheDir = join(root, ".cache/bench-server");
  await mkdir(cacheDir, { recursive: true });
  const { openStore } = await import("../packages/store/src/index.js");
  const { syntheticGraph, syntheticSentences } = await import("../packages/store/src/testing/index.js");
  // BENCH_BASELINE_ROOT=<another checkout>: also serve the same graphs as graph.json files with that checkout's
  // server (e.g. the in-memory design before the store), for a before/after beside each other.
  const baseline = process.env.BENCH_BASELINE_ROOT ? resolve(process.env.BENCH_BASELINE_ROOT) : null;
  const rows: string[] = [];
  const runs: {
    documents: number;
    label: string;
    path: string;
    start: () => Promise<BenchServer & { child: ChildProcess }>;
  }[] = [];
  for (const spec of existing) {
    const path = /^postgres(ql)?:/.test(spec) ? spec : resolve(spec);
    // graph.json is only the server's fallback when the store is missing: point it at nothing.
    const none = join(cacheDir, "no-graph.json");
    // Reads on the server's own thread (0) beside the default reader threads, one after the other.
    const readerCounts = (process.env.BENCH_READERS ?? "0,2").split(",").map(Number);
    const gates = (process.env.BENCH_GATES ?? "default").split(",");
    for (const readers of readerCounts)
      for (const gate of gates) {
        const tag = `r${readers}${gate === "default" ? "" : ` g${gate}`}`;
        runs.push({
          documents: 0,
          label: `store ${tag}`,
          path,
          start: () => serve(none, 0, path, undefined, readers, gate),
        });
        runs.push({
          documents: 0,
          label: `cached ${tag}`,
          path,
          start: () => serve(none, null, path, undefined, readers, gate),
        });
      }
  }
  for (const documents of sizes) {
    const path = join(cacheDir, `synthetic-${documents}.db`);
    const jsonPath = join(cacheDir, `synthetic-${documents}.json`);
    if (!existsSync(path)) {
      process.stderr.write(`bench:server: writing a ${documents}-document store to ${path} (once)...\n`);
      const store = await openStore(path);
      await store.writeBuild({ graph: syntheticGraph({ documents }), sentencesOf: syntheticSentences });
      await store.close();
    }
    if (baseline && !existsSync(jsonPath)) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(jsonPath, JSON.stringify(syntheticGraph({ documents })));
    }
    runs.push({ documents, label: "store", path, start: () => serve(jsonPath, 0, path) });
    if (baseline)
      runs.push({
        documents,
        label: "baseline",
        path,
        start: () => serve(jsonPath, 0, undefined, join(baseline, "bench/serverLoad.ts")),
      });
  }
  const { loadavg } = await import("node:os");
  for (const { label, path, start } of runs) {
    const server = await start();
    try {
      const started = rssMb(server.child.pid);
      const { stats, mix } = await prepareMix(server.url);
      let turn = 0;
      const body = () => JSON.stringify(mix[turn++ % mix.length]!());
      await loadTest("warm-up", body, server, Math.max(2, seconds / 2), connections);
      const result = await loadTest("mix", body, server, seconds, connections);
      const after = rssMb(server.child.pid);
      // Cache hit rates over the whole run (the mix's preparation and warm-up included), from /health.
      const { caches } = (await (await fetch(`${server.url}/health`)).json()) as {
        caches?: Record<string, { hits: number; misses: number; mb: number }>;
      };
      const rate = (c?: { hits: number; misses: number; mb: number }) =>
        c && c.hits + c.misses > 0 ? `${Math.round((100 * c.hits) / (c.hits + c.misses))}%/${c.mb.toFixed(0)}` : "-";
      const { statSync } = await import("node:fs");
      const size = existsSync(path) ? `${(statSync(path).size / 1024 / 1024).toFixed(0)} MB` : "n/a";
      rows.push(
        [
          label.padEnd(17),
          String(stats.stats.documentCount).padStart(9),
          String(stats.stats.entityCount).padStart(9),
          String(stats.stats.relationCount).padStart(10),
          size.padStart(9),
          `${started?.rss.toFixed(0) ?? "n/a"} MB`.padStart(10),
          `${after?.peak.toFixed(0) ?? "n/a"} MB`.padStart(9),
          result.rps.toFixed(0).padStart(6),
          String(result.p50).padStart(6),
          String(result.p99).padStart(6),
          String(result.bad).padStart(6),
          String(result.busy).padStart(6),
          `${result.ok50}/${result.ok99}`.padStart(11),
          (result.cpuPerRequest === null ? "n/a" : result.cpuPerRequest.toFixed(2)).padStart(12),
          loadavg()[0]!.toFixed(1).padStart(5),
          rate(caches?.answers).padStart(9),
          rate(caches?.responses).padStart(9),
        ].join(" "),
      );
    } finally {
      server.child.kill("SIGTERM");
    }
  }
  console.log(
    `stores ("store": response cache off, "cached": on; rN: N reader threads, r0 reads on the server's thread), ` +
      `${connections} connections, ${seconds} s of the mix each; answers / responses: the answer and response ` +
      `caches' hit rate / MB held at the end\n`,
  );
  console.log(
    `${"server".padEnd(17)} ${"documents".padStart(9)} ${"entities".padStart(9)} ${"relations".padStart(10)} ${"store".padStart(9)} ${"RSS start".padStart(10)} ${"RSS peak".padStart(9)} ${"req/s".padStart(6)} ${"p50".padStart(6)} ${"p99".padStart(6)} ${"errors".padStart(6)} ${"busy".padStart(6)} ${"200s p50/99".padStart(11)} ${"CPU ms/req".padStart(12)} ${"load".padStart(5)} ${"answers".padStart(9)} ${"responses".padStart(9)}`,
  );
  for (const row of rows) console.log(row);
  console.log(
    `(load average ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}; autocannon shares the machine)`,
  );
}

/** The server's request gate for a BENCH_GATES entry: "off" admits every request at once (the design before). */
function benchGate(spec: string): { gate?: { active: number; maxQueue?: number; maxWaitMs?: number } } {
  if (spec === "default") return {};
  if (spec === "off") return { gate: { active: 1_000_000 } };
  const [active, wait] = spec.split(":").map(Number);
  return { gate: { active: active!, ...(wait !== undefined && { maxWaitMs: wait }) } };
}

// Child mode (spawned by main): serve the graph and print the URL. Dispatched last, after the constants above.
if (process.env.KG_BENCH_SERVE) {
  const { startServer } = await import("../packages/server/src/index.js");
  const cacheMb = process.env.KG_BENCH_CACHE_MB;
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    graphPath: process.env.KG_BENCH_SERVE,
    ...(process.env.KG_BENCH_STORE ? { store: process.env.KG_BENCH_STORE } : {}),
    ...(cacheMb
      ? { responseCacheMb: Number(cacheMb) }
      : process.env.BENCH_RESPONSE_MB
        ? { responseCacheMb: Number(process.env.BENCH_RESPONSE_MB) }
        : {}),
    ...(process.env.KG_BENCH_READERS ? { readers: Number(process.env.KG_BENCH_READERS) } : {}),
    // BENCH_ANSWER_MB, BENCH_READER_CACHE_MB, BENCH_READER_HEAP_MB: the server's memory bounds (else its defaults).
    memory: {
      ...(process.env.BENCH_ANSWER_MB && { answerCacheMb: Number(process.env.BENCH_ANSWER_MB) }),
      ...(process.env.BENCH_READER_CACHE_MB && { readerCacheMb: Number(process.env.BENCH_READER_CACHE_MB) }),
      ...(process.env.BENCH_READER_HEAP_MB && { readerHeapMb: Number(process.env.BENCH_READER_HEAP_MB) }),
    },
    ...benchGate(process.env.KG_BENCH_GATE ?? "default"),
  });
  process.stdout.write(`${server.url}\n`);
  process.on("SIGTERM", () => {
    // BENCH_MEMORY=1: where the server's memory was at the end (the main isolate's heap; RSS holds the rest).
    if (process.env.BENCH_MEMORY) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
      const m = process.memoryUsage();
      process.stderr.write(
        `server memory: rss ${mb(m.rss)}, main heap ${mb(m.heapTotal)} (used ${mb(m.heapUsed)}), ` +
          `external ${mb(m.external)}, array buffers ${mb(m.arrayBuffers)}\n`,
      );
    }
    void server.close().then(() => process.exit(0));
  });
} else {
  await main();
}
