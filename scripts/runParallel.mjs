// `node scripts/runParallel.mjs a b c`: runs the package scripts a, b and c at once (`pnpm run <name>`), prints the
// output of each as one block when it ends (no interleaving), and exits 1 if any failed, naming them. For checks that
// only read the sources (type check, lint, format check, the viewer build) and so can share the machine's cores.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write("usage: node scripts/runParallel.mjs <script> [<script> ...]\n");
  process.exit(2);
}
// The pnpm that runs this script (npm_execpath), else the one on PATH.
const pnpm = process.env.npm_execpath ?? "pnpm";
const command = /\.[cm]?js$/.test(pnpm) ? [process.execPath, pnpm] : [pnpm];

function run(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command[0], [...command.slice(1), "run", name], { stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    const finish = (code, error) => {
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

const results = await Promise.all(names.map(run));
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stderr.write(`\nfailed: ${failed.join(", ")}\n`);
  process.exit(1);
}
