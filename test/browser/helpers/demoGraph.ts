// The graph the browser tests run on: built fresh from the demo articles by the real builder. A broken builder
// fails the tests here; there is no fallback to the committed graph or a hand-made one.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGraph } from "../../../packages/builder/src/index.js";
import { fixtureGraph } from "./fixtureGraph.js";
import { ROOT } from "./startViewerServer.js";

export async function demoGraph(): Promise<{ path: string }> {
  const dir = mkdtempSync(join(tmpdir(), "kg-browser-"));
  const outFile = join(dir, "graph.json");
  const report = await buildGraph({
    articlesDir: join(ROOT, "graph-data/articles"),
    outFile,
    curationFile: join(ROOT, "graph-data/curation.json"),
    workers: 0,
    log: () => {},
  });
  if (report.documents === 0 || report.skipped.length > 0)
    throw new Error(`the demo build is incomplete: ${JSON.stringify(report.skipped)}`);
  return { path: outFile };
}

export function xssGraph(): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-xss-"));
  const path = join(dir, "graph.json");
  writeFileSync(path, JSON.stringify(fixtureGraph(join(ROOT, "graph-data/articles"), { xss: true })));
  return path;
}
