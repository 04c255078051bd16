// Vitest global setup: one folder per test run where test files share what is expensive to prepare and that they
// only read (the demo graph built by the real builder, the newsroom graph's store; see
// test/browser/helpers/sharedFixture.ts). Forks inherit its path through the environment; the folder is removed
// when the run ends. Several projects list this setup: the first one creates the folder, the others use it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHARED_FIXTURES_ENV } from "../browser/helpers/sharedFixture.js";

export default function setup(): () => void {
  if (process.env[SHARED_FIXTURES_ENV]) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "kg-test-run-"));
  process.env[SHARED_FIXTURES_ENV] = dir;
  return () => {
    delete process.env[SHARED_FIXTURES_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
