// A temporary graph-data directory built by the real builder from the demo articles (or given ones).
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const DEMO_ARTICLES = fileURLToPath(new URL("../../graph-data/articles", import.meta.url));

export interface BuiltWorkspace {
  dir: string;
  articlesDir: string;
  graphPath: string;
  curationPath: string;
}

export async function buildWorkspace(articles: Record<string, string> | null = null): Promise<BuiltWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), "newskg-built-"));
  const articlesDir = join(dir, "articles");
  if (articles) {
    await mkdir(articlesDir);
    for (const [name, text] of Object.entries(articles)) await writeFile(join(articlesDir, name), text);
  } else await cp(DEMO_ARTICLES, articlesDir, { recursive: true });
  const curationPath = join(dir, "curation.json");
  await writeFile(curationPath, JSON.stringify({ version: 1, actions: [] }));
  const graphPath = join(dir, "graph.json");
  const { buildGraph } = await import("../../packages/builder/src/index.js");
  await buildGraph({ articlesDir, outFile: graphPath, curationFile: curationPath, workers: 0, log: () => {} });
  return { dir, articlesDir, graphPath, curationPath };
}
