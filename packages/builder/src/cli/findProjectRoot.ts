import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The workspace root (holding pnpm-workspace.yaml) above `from`, so `kg` finds graph-data/ from any subfolder. */
export function findProjectRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** Default data paths: graph-data/ of the project. */
export function defaultDataPath(name: string): string {
  return join(findProjectRoot(), "graph-data", name);
}
