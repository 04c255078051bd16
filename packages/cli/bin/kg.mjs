#!/usr/bin/env node
// `pnpm kg` resolves to this bin (no pnpm script header on stdout). It runs the built JavaScript (dist/), which
// `pnpm install` builds (the root `prepare` script) and `pnpm build` / `pnpm typecheck` rebuild after changes.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { totalmem } from "node:os";
import { setInterval } from "node:timers";
import { getHeapStatistics } from "node:v8";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("kg: packages/cli/dist is missing: run `pnpm install` or `pnpm build` first\n");
  process.exit(1);
}
const { heapLimitFlag } = await import(new URL("../dist/heapLimit.js", import.meta.url).href);
const flag = heapLimitFlag({
  command: process.argv[2],
  execArgv: process.execArgv,
  nodeOptions: process.env.NODE_OPTIONS,
  heapLimit: getHeapStatistics().heap_size_limit,
  totalMemory: totalmem(),
});
if (flag) {
  // Once, with the larger heap; the child sees the flag and runs the command itself. It gets a process group of its
  // own, so a terminal's Ctrl-C reaches it once, through here, like every other signal sent to this process.
  const child = spawn(process.execPath, [...process.execArgv, flag, ...process.argv.slice(1)], {
    stdio: "inherit",
    detached: true,
    env: { ...process.env, KG_HEAP_PARENT: String(process.pid) },
  });
  const forwarded = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (code !== null || !signal) process.exit(code ?? 1);
    // Die of the same signal, so whoever started `kg` sees how the build ended.
    for (const s of forwarded) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
} else {
  // Restarted by the above: a parent killed outright (SIGKILL) takes this build with it, as if it were one process;
  // the store's writes are transactional, so nothing half-written is left.
  const parent = Number(process.env.KG_HEAP_PARENT);
  if (parent) setInterval(() => process.ppid !== parent && process.kill(process.pid, "SIGKILL"), 500).unref();
  await import(main.href);
}
