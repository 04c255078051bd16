// One factor for every timeout of the test suite, so that a loaded machine (CI shares its 2 cores with other jobs)
// slows the tests down without failing them. KG_TEST_TIMEOUT_SCALE sets it (CI may set it); unset, vitest.config.ts
// derives it from the load average when the run starts and hands it to every fork. A timeout only stops a test that
// hangs: scaling it changes no assertion.
import { availableParallelism, loadavg } from "node:os";

export const TIMEOUT_SCALE_ENV = "KG_TEST_TIMEOUT_SCALE";

/** The largest factor taken from the load average (an explicit KG_TEST_TIMEOUT_SCALE is taken as it is). */
const MAX_AUTO_SCALE = 6;

/** The factor for this run: KG_TEST_TIMEOUT_SCALE if set, else 1 on an idle machine, up to 6 at 6x its cores. */
export function timeoutScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TIMEOUT_SCALE_ENV];
  if (raw !== undefined && raw !== "") {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${TIMEOUT_SCALE_ENV} must be a positive number, not "${raw}"`);
    return value;
  }
  const perCore = (loadavg()[0] ?? 0) / availableParallelism();
  return Math.min(MAX_AUTO_SCALE, Math.max(1, Math.round(perCore * 2) / 2));
}

/** `ms` times the run's factor: for a timeout written in a test or a helper. */
export function scaled(ms: number): number {
  return Math.round(ms * timeoutScale());
}
