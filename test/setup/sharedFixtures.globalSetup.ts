// Vitest global setup: one folder per test run where test files share what is expensive to prepare and that they
// only read (the demo graph built by the real builder, the newsroom graph's store; see
// test/browser/helpers/sharedFixture.ts), and the run's temporary folder: TMPDIR points inside it, so what tests,
// their servers, Chromium and PostgreSQL write under os.tmpdir() goes with the run even when a test does not
// remove it (or is killed before it can). Forks inherit both through the environment; the folder is removed when
// the run ends. Every project lists this setup: the first one creates the folder, the others use it.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHARED_FIXTURES_ENV } from "../browser/helpers/sharedFixture.js";

export default function setup(): () => void {
  if (process.env[SHARED_FIXTURES_ENV]) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "kg-test-run-"));
  const temp = join(dir, "tmp");
  mkdirSync(temp);
  // PostgreSQL runs as its own user when the tests run as root (testPostgres.ts): it must reach its folder in here.
  chmodSync(dir, 0o755);
  chmodSync(temp, 0o1777);
  const before = process.env.TMPDIR;
  process.env[SHARED_FIXTURES_ENV] = dir;
  process.env.TMPDIR = temp;
  return () => {
    delete process.env[SHARED_FIXTURES_ENV];
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
