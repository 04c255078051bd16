// Helpers for pipeline tests: a temporary workspace with articles, and build options using the fake extractor.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isSourceModule } from "../startWorker.js";
import type { BuildOptions } from "../types.js";

export const FAKE_EXTRACTOR = new URL("./fakeExtractor.ts", import.meta.url).href;

/**
 * The same double as built JavaScript (dist/, which `tsc -b` builds with the rest of the builder), for child
 * processes that run the built `kg`: a TypeScript double would make each process and each of its worker threads
 * register tsx and compile it again. Throws when the build is missing.
 */
export function builtFakeExtractor(): string {
  const url = isSourceModule(import.meta.url)
    ? new URL("../../../dist/pipeline/testing/fakeExtractor.js", import.meta.url)
    : new URL("./fakeExtractor.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`${fileURLToPath(url)} is missing: run \`pnpm build\``);
  return url.href;
}

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
