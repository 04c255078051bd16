// Vitest global setup: one folder per test run where test files share what is expensive to prepare (the demo
// graph built by the real builder; see test/browser/helpers/sharedFixture.ts). Forks inherit its path through
// the environment; the folder is removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHARED_FIXTURES_ENV } from "../browser/helpers/sharedFixture.js";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "kg-test-run-"));
  process.env[SHARED_FIXTURES_ENV] = dir;
  return () => {
    delete process.env[SHARED_FIXTURES_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
