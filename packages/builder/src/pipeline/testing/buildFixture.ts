// Helpers for pipeline tests: a temporary workspace with articles, and build options using the fake extractor.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { BuildOptions } from "../types.js";

export const FAKE_EXTRACTOR = new URL("./fakeExtractor.ts", import.meta.url).href;

export interface Workspace {
  root: string;
  articlesDir: string;
  outFile: string;
  write(file: string, content: string | Uint8Array): Promise<string>;
  options(extra?: Partial<BuildOptions>): BuildOptions & { messages: string[] };
}

export async function createWorkspace(articles: Record<string, string | Uint8Array> = {}): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), "kg-build-"));
  const articlesDir = join(root, "articles");
  await mkdir(articlesDir, { recursive: true });
  const workspace: Workspace = {
    root,
    articlesDir,
    outFile: join(root, "graph.json"),
    async write(file, content) {
      const path = join(articlesDir, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      return path;
    },
    options(extra = {}) {
      const messages: string[] = [];
      return {
        articlesDir,
        outFile: join(root, "graph.json"),
        workers: 0,
        extractorModule: FAKE_EXTRACTOR,
        nerModule: FAKE_EXTRACTOR,
        log: (message: string) => messages.push(message),
        messages,
        ...extra,
      };
    },
  };
  for (const [file, content] of Object.entries(articles)) await workspace.write(file, content);
  return workspace;
}
