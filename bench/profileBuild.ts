// Profiling helper: builds a corpus folder on the calling thread (workers: 0) so `node --cpu-prof` sees
// the extraction. BENCH_CORPUS selects the folder; prints words per CPU-second.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildGraph } from "../packages/builder/src/index.js";

const corpus = resolve(process.env.BENCH_CORPUS ?? "../shared/corpus/bbc");
const workDir = await mkdtemp(join(tmpdir(), "kg-prof-"));
try {
  const start = process.cpuUsage();
  const r = await buildGraph({
    articlesDir: corpus,
    outFile: process.env.PROF_OUT ?? join(workDir, "graph.json"),
    cacheDir: join(workDir, ".cache"),
    curationFile: null,
    workers: 0,
    log: () => {},
  });
  const cpu = process.cpuUsage(start);
  const s = (cpu.user + cpu.system) / 1e6;
  console.log(`${r.words} words, ${s.toFixed(2)} CPU s, ${Math.round(r.words / s)} words/CPU-s`, r.timings);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
