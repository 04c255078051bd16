// The graph the browser tests run on: built fresh from the demo articles by the real builder, once per test run
// (sharedFixture) and copied into a folder of its own for each caller. A broken builder fails the tests here; there
// is no fallback to the committed graph or a hand-made one.

import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGraph } from "../../../packages/builder/src/index.js";
import { fixtureGraph } from "./fixtureGraph.js";
import { sharedFixture } from "./sharedFixture.js";
import { ROOT } from "./startViewerServer.js";

async function buildDemo(dir: string): Promise<void> {
  const report = await buildGraph({
    articlesDir: join(ROOT, "graph-data/articles"),
    outFile: join(dir, "graph.json"),
    curationFile: join(ROOT, "graph-data/curation.json"),
    // Callers read graph.json only (a server started on it imports its own store).
    store: null,
    workers: 0,
    log: () => {},
  });
  if (report.documents === 0 || report.skipped.length > 0)
    throw new Error(`the demo build is incomplete: ${JSON.stringify(report.skipped)}`);
}

export async function demoGraph(): Promise<{ path: string }> {
  const built = await sharedFixture("demo-graph", buildDemo);
  // A folder per caller: the server started on it writes next to the graph (articles, curation).
  const dir = mkdtempSync(join(tmpdir(), "kg-browser-"));
  const path = join(dir, "graph.json");
  copyFileSync(join(built, "graph.json"), path);
  return { path };
}

export function xssGraph(): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-xss-"));
  const path = join(dir, "graph.json");
  writeFileSync(path, JSON.stringify(fixtureGraph({ xss: true })));
  return path;
}
