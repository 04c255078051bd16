// The graph the browser tests run on: built fresh from the demo articles when the builder can, else the committed
// graph-data/graph.json, else the hand-made fixture.

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureGraph } from "./fixtureGraph.js";
import { ROOT } from "./startViewerServer.js";

interface BuilderModule {
  buildGraph?: (opts: {
    articlesDir: string;
    outFile: string;
    curationFile?: string | null;
    workers?: number;
    log?: (m: string) => void;
  }) => Promise<unknown>;
}

export async function demoGraph(): Promise<{ path: string; source: "built" | "committed" | "fixture" }> {
  const dir = mkdtempSync(join(tmpdir(), "kg-browser-"));
  const articlesDir = join(ROOT, "graph-data/articles");
  if (process.env.KG_TEST_FIXTURE !== "1") {
    try {
      const mod = (await import("../../../packages/builder/src/index.js")) as BuilderModule;
      if (mod.buildGraph) {
        const outFile = join(dir, "graph.json");
        await mod.buildGraph({
          articlesDir,
          outFile,
          curationFile: join(ROOT, "graph-data/curation.json"),
          workers: 0,
          log: () => {},
        });
        if (existsSync(outFile)) return { path: outFile, source: "built" };
      }
    } catch (err) {
      console.warn(`buildGraph failed, falling back: ${String(err)}`);
    }
    const committed = join(ROOT, "graph-data/graph.json");
    if (existsSync(committed)) return { path: committed, source: "committed" };
  }
  const path = join(dir, "graph.json");
  writeFileSync(path, JSON.stringify(fixtureGraph(articlesDir)));
  return { path, source: "fixture" };
}

export function xssGraph(): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-xss-"));
  const path = join(dir, "graph.json");
  writeFileSync(path, JSON.stringify(fixtureGraph(join(ROOT, "graph-data/articles"), { xss: true })));
  return path;
}
