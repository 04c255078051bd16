import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./startViewerServer.js";

/** Where the browser tests leave screenshots for a human to look at (gitignored). */
export function screenshotPath(name: string): string {
  const dir = join(ROOT, "test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
