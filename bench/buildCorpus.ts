// `pnpm bench:build`: builds the BBC corpus (2,225 articles, ~850k words; ../shared/corpus/bbc, or
// $BENCH_CORPUS) into a temporary folder with a cold cache, then again with everything cached.
// Prints throughput overall and per core used, peak memory and the warm (incremental) rebuild time.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph, type BuildProgress } from "../packages/builder/src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.env.BENCH_CORPUS ?? join(root, "../shared/corpus/bbc"));
if (!existsSync(corpus)) {
  console.log(`bench:build: corpus not found at ${corpus} (needs ../shared); nothing to measure`);
  process.exit(0);
}

const workDir = await mkdtemp(join(tmpdir(), "kg-bench-"));
const options = {
  articlesDir: corpus,
  outFile: join(workDir, "graph.json"),
  cacheDir: join(workDir, ".cache"),
  curationFile: null,
  log: () => {},
};
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/** CPU seconds (all threads) spent per phase, from the build's progress events. */
function phaseCpu(): { onProgress: (p: BuildProgress) => void; result: () => Record<string, number> } {
  const totals: Record<string, number> = {};
  let phase = "";
  let mark = process.cpuUsage();
  const close = (): void => {
    const d = process.cpuUsage(mark);
    if (phase) totals[phase] = (totals[phase] ?? 0) + (d.user + d.system) / 1e6;
    mark = process.cpuUsage();
  };
  return {
    onProgress: (p) => {
      if (p.phase === phase) return;
      close();
      phase = p.phase;
    },
    result: () => {
      close();
      phase = "";
      return totals;
    },
  };
}
const showCpu = (totals: Record<string, number>): string =>
  Object.entries(totals)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(", ");

try {
  const cpuStart = process.cpuUsage();
  const coldCpu = phaseCpu();
  const cold = await buildGraph({ ...options, onProgress: coldCpu.onProgress });
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const coldPhases = coldCpu.result();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const seconds = cold.durationMs / 1000;
  const cores = Math.max(1, cold.workers);
  const warmStart = process.cpuUsage();
  const warmCpu = phaseCpu();
  const warm = await buildGraph({ ...options, onProgress: warmCpu.onProgress });
  const warmUsage = process.cpuUsage(warmStart);
  const warmPhases = warmCpu.result();
  const lines = [
    `corpus        ${corpus}`,
    `articles      ${cold.documents} built, ${cold.skipped.length} skipped (duplicates, bad files)`,
    `graph         ${cold.entities} entities, ${cold.relations} relations`,
    `words         ${fmt(cold.words)}`,
    `cold build    ${seconds.toFixed(2)} s  (${Object.entries(cold.timings)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(", ")})`,
    `throughput    ${fmt(cold.words / seconds)} words/s`,
    `per core      ${fmt(cold.words / seconds / cores)} words/s per core (${cold.workers} extraction workers; ${availableParallelism()} cores)`,
    `CPU time      ${cpuSeconds.toFixed(2)} s (all threads) = ${fmt(cold.words / cpuSeconds)} words per CPU-second (independent of other load on the machine)`,
    `CPU by phase  ${showCpu(coldPhases)} (s; extract includes the workers)`,
    `peak RSS      ${fmt(peakRssMb)} MB (main process; worker threads share it)`,
    `warm rebuild  ${(warm.durationMs / 1000).toFixed(2)} s  (${warm.reused} reused, ${warm.extracted} extracted; ${Object.entries(
      warm.timings,
    )
      .map(([k, v]) => `${k} ${v} ms`)
      .join(", ")})`,
    `warm CPU      ${((warmUsage.user + warmUsage.system) / 1e6).toFixed(2)} s (${showCpu(warmPhases)})`,
  ];
  console.log(lines.join("\n"));
} finally {
  await rm(workDir, { recursive: true, force: true });
}
