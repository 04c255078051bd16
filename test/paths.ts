// Where tests find the repository and the shared data folder (`../shared`, a sibling of the repository, never an
// absolute path). A user's clone has no ../shared: tests that need it skip, and say so in their title.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const SHARED_DIR = resolve(REPO_ROOT, "../shared");

/** A path inside ../shared, or undefined when it is not there (the test then skips). */
export function sharedPath(...parts: string[]): string | undefined {
  const path = join(SHARED_DIR, ...parts);
  return existsSync(path) ? path : undefined;
}
