// `node scripts/runParallel.mjs a b,c [--live c]`: runs the package scripts a and the chain b,c at once (`pnpm run
// <name>`; a chain runs its scripts one after another and stops at the first that fails, like `&&`), prints the
// output of each as one block when it ends (no interleaving), and exits 1 if any failed, naming them. A script
// named after `--live` writes straight to the terminal instead (one long job whose progress should show, e.g. the
// tests). For checks that only read the sources (type check, lint, format check, the viewer build) and so can share
// the machine's cores with each other and with the tests.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const live = new Set();
const chains = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--live") live.add(args[++i]);
  else chains.push(args[i].split(",").filter(Boolean));
}
if (chains.length === 0 || chains.some((c) => c.length === 0)) {
  process.stderr.write("usage: node scripts/runParallel.mjs <script>[,<then>...] [...] [--live <script>]\n");
  process.exit(2);
}
// The pnpm that runs this script (npm_execpath), else the one on PATH.
const pnpm = process.env.npm_execpath ?? "pnpm";
const command = /\.[cm]?js$/.test(pnpm) ? [process.execPath, pnpm] : [pnpm];

function run(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const streamed = live.has(name);
    if (streamed) process.stdout.write(`\n── ${name} (started)\n`);
    const child = spawn(command[0], [...command.slice(1), "run", name], {
      stdio: ["ignore", streamed ? "inherit" : "pipe", streamed ? "inherit" : "pipe"],
    });
    const output = [];
    child.stdout?.on("data", (chunk) => output.push(chunk));
    child.stderr?.on("data", (chunk) => output.push(chunk));
    let done = false;
    const finish = (code, error) => {
      if (done) return;
      done = true;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString();
      process.stdout.write(
        `\n── ${name} (${code === 0 ? "ok" : "FAILED"}, ${seconds} s)\n${text}${error ? `${error}\n` : ""}`,
      );
      resolve({ name, ok: code === 0 });
    };
    child.on("error", (error) => finish(1, error.message));
    child.on("close", (code) => finish(code ?? 1));
  });
}

async function runChain(names) {
  const results = [];
  for (const name of names) {
    const result = await run(name);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const results = (await Promise.all(chains.map(runChain))).flat();
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stderr.write(`\nfailed: ${failed.join(", ")}\n`);
  process.exit(1);
}
