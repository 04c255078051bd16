#!/usr/bin/env node
// Guard for pure-speed changes: builds article folders with `kg build` (cold cache, no store, no curation) into
// graph.json exports, normalised (build time dropped, one node or edge per line), and compares them with a saved
// set. Run `pnpm typecheck` first: `kg` runs the built JavaScript.
//   node scripts/compareBuilds.mjs save OUT_DIR [ARTICLES_DIR...]      (default: graph-data/articles)
//   node scripts/compareBuilds.mjs compare REF_DIR [ARTICLES_DIR...]   exit 1 and the first differences if not equal
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [mode, dir, ...folders] = process.argv.slice(2);
if ((mode !== "save" && mode !== "compare") || !dir) {
  console.error("usage: node scripts/compareBuilds.mjs save|compare DIR [ARTICLES_DIR...]");
  process.exit(2);
}
const inputs = (folders.length ? folders : [join(root, "graph-data/articles")]).map((f) => resolve(f));

/** The export without what changes from one build to the next (the build time), one node or edge per line. */
function normalise(text) {
  const graph = JSON.parse(text);
  delete graph.attributes?.builtAt;
  const lines = [JSON.stringify({ attributes: graph.attributes, options: graph.options })];
  for (const n of graph.nodes ?? []) lines.push(JSON.stringify(n));
  for (const e of graph.edges ?? []) lines.push(JSON.stringify(e));
  return lines.join("\n") + "\n";
}

function build(articles) {
  const work = mkdtempSync(join(tmpdir(), "kg-compare-"));
  try {
    const out = join(work, "graph.json");
    const args = ["build", "--articles", articles, "--out", out, "--no-store", "--no-curation"];
    const run = spawnSync(
      process.execPath,
      [join(root, "packages/cli/bin/kg.mjs"), ...args.concat("--cache-dir", join(work, "cache"))],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`kg build ${articles} failed (${run.status}):\n${run.stderr}`);
    return normalise(readFileSync(out, "utf8"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A name per input folder: its last two path parts ("graph-data-articles"). */
const nameOf = (folder) => `${basename(resolve(folder, ".."))}-${basename(folder)}.json`;

let differs = false;
mkdirSync(dir, { recursive: true });
for (const folder of inputs) {
  const file = join(dir, nameOf(folder));
  const t0 = performance.now();
  const text = build(folder);
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  if (mode === "save") {
    writeFileSync(file, text);
    console.log(`saved ${file} (${text.split("\n").length - 2} nodes and edges, ${took} s)`);
    continue;
  }
  if (!existsSync(file)) throw new Error(`no saved build ${file}: run save first`);
  const ref = readFileSync(file, "utf8");
  if (ref === text) {
    console.log(`same   ${folder} (${took} s)`);
    continue;
  }
  differs = true;
  const a = ref.split("\n");
  const b = text.split("\n");
  const shown = [];
  for (let i = 0; i < Math.max(a.length, b.length) && shown.length < 10; i++)
    if (a[i] !== b[i]) shown.push(`line ${i + 1}\n  saved: ${a[i]?.slice(0, 400)}\n  now:   ${b[i]?.slice(0, 400)}`);
  console.log(`DIFFERS ${folder}: ${a.length} vs ${b.length} lines\n${shown.join("\n")}`);
  writeFileSync(`${file}.new`, text);
}
process.exit(differs ? 1 : 0);
