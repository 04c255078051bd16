// Something expensive that several test files read but none changes (the demo graph, built by the real builder),
// prepared once per test run and shared by every file, whichever fork it runs in. The first file to ask prepares it
// under a lock (mkdir is atomic); the others wait for it. If preparing fails, every file that asked fails with that
// error: nothing falls back to a stand-in. Without the run's global setup (a bench script, another config), each
// call prepares its own copy.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scaled } from "../../setup/timeouts.js";

/** Set by test/setup/sharedFixtures.globalSetup.ts: the run's folder of shared fixtures. */
export const SHARED_FIXTURES_ENV = "KG_TEST_SHARED_FIXTURES";

const POLL_MS = 100;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The folder holding fixture `name`, prepared by `prepare(dir)` once per run (the folder is complete when this
 * resolves). Readers must not write into it: copy what a test changes.
 */
export async function sharedFixture(
  name: string,
  prepare: (dir: string) => Promise<void>,
  { timeoutMs = scaled(170_000) }: { timeoutMs?: number } = {},
): Promise<string> {
  const root = process.env[SHARED_FIXTURES_ENV];
  if (!root) {
    const dir = mkdtempSync(join(tmpdir(), `kg-${name}-`));
    await prepare(dir);
    return dir;
  }
  const dir = join(root, name);
  const lock = `${dir}.lock`;
  const failed = `${dir}.failed`;
  if (existsSync(dir)) return dir;
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (owner) {
    writeFileSync(join(lock, "pid"), String(process.pid));
    const work = `${dir}.partial`;
    try {
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work);
      await prepare(work);
      renameSync(work, dir);
      return dir;
    } catch (error) {
      writeFileSync(failed, (error as Error).stack ?? String(error));
      throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(dir)) return dir;
    if (existsSync(failed))
      throw new Error(
        `shared fixture "${name}" could not be prepared (by another test file):\n${readFileSync(failed, "utf8")}`,
      );
    const pidFile = join(lock, "pid");
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : NaN;
    if (pid && !alive(pid) && !existsSync(dir))
      throw new Error(`shared fixture "${name}": the test process preparing it (pid ${pid}) died before it was ready`);
    if (Date.now() > deadline) throw new Error(`shared fixture "${name}" not ready after ${timeoutMs} ms (pid ${pid})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
