// Where tests find the repository and the shared data folder (`../shared`, a sibling of the repository, never an
// absolute path). A test that needs shared data fails with a message naming what is missing instead of skipping.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SHARED_DIR = resolve(REPO_ROOT, "../shared");

/** A path inside ../shared; throws when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path))
    throw new Error(`${path} is missing: the tests need the shared data folder next to the repository (../shared)`);
  return path;
}
