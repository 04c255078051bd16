#!/usr/bin/env node
// Guard for pure-speed changes: builds article folders with `kg build` (cold cache, a fresh SQLite store, no
// curation) and compares with a saved set both the graph.json export, normalised (build time dropped, one node or
// edge per line), and a dump of the store: its schema and every table's rows in a stable order, build and
// migration timestamps dropped, full-text indexes by their contents (not their internal pages). Run
// `pnpm typecheck` first: `kg` runs the built JavaScript.
//   node scripts/compareBuilds.mjs save OUT_DIR [ARTICLES_DIR...]      (default: graph-data/articles)
//   node scripts/compareBuilds.mjs compare REF_DIR [ARTICLES_DIR...]   exit 1 and the first differences if not equal
import { Buffer } from "node:buffer";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
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
const Database = createRequire(join(root, "packages/store/package.json"))("better-sqlite3");
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

/** Columns that hold when something ran, not what was written: every `*_at` (builds, schema_migrations). */
const TIMESTAMP = /_at$/;

/**
 * The store as text: `schema` lines (tables, indexes, triggers), then one line per row, `table<TAB>row as JSON`,
 * tables by name and rows ordered by every column. FTS5's shadow tables (pages of the index, which depend on
 * insertion order and merges) are left out; the virtual tables themselves are dumped by their rows.
 */
function dumpStore(file) {
  const db = new Database(file, { readonly: true });
  try {
    const objects = db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
      .all();
    const virtual = objects.filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql)).map((o) => o.name);
    const shadow = (name) => virtual.some((v) => name.startsWith(`${v}_`));
    const lines = objects.filter((o) => !shadow(o.name)).map((o) => `schema\t${o.type} ${o.name}: ${o.sql}`);
    const tables = objects
      .filter((o) => o.type === "table" && !shadow(o.name) && o.name !== "sqlite_sequence")
      .map((o) => o.name);
    for (const table of tables) {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      const columns = db
        .prepare(`SELECT * FROM ${quoted} LIMIT 0`)
        .columns()
        .map((c) => c.name);
      const order = columns.map((_, i) => i + 1).join(", ");
      for (const row of db.prepare(`SELECT * FROM ${quoted} ORDER BY ${order}`).all()) {
        for (const c of columns) if (TIMESTAMP.test(c)) row[c] = "(time)";
        lines.push(`${table}\t${JSON.stringify(row, (_, v) => (Buffer.isBuffer(v) ? v.toString("hex") : v))}`);
      }
    }
    return lines.join("\n") + "\n";
  } finally {
    db.close();
  }
}

function build(articles) {
  const work = mkdtempSync(join(tmpdir(), "kg-compare-"));
  try {
    const out = join(work, "graph.json");
    const store = join(work, "graph.db");
    const args = ["build", "--articles", articles, "--out", out, "--store", store, "--no-curation"];
    const run = spawnSync(
      process.execPath,
      [join(root, "packages/cli/bin/kg.mjs"), ...args.concat("--cache-dir", join(work, "cache"))],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`kg build ${articles} failed (${run.status}):\n${run.stderr}`);
    return { graph: normalise(readFileSync(out, "utf8")), store: dumpStore(store) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A name per input folder: its last two path parts ("graph-data-articles"). */
const nameOf = (folder) => `${basename(resolve(folder, ".."))}-${basename(folder)}.json`;

/** Compares one output with its saved copy; prints the first differing lines and keeps the new one beside it. */
function compare(file, text, what) {
  if (!existsSync(file)) throw new Error(`no saved build ${file}: run save first`);
  const ref = readFileSync(file, "utf8");
  if (ref === text) return true;
  const a = ref.split("\n");
  const b = text.split("\n");
  const shown = [];
  for (let i = 0; i < Math.max(a.length, b.length) && shown.length < 10; i++)
    if (a[i] !== b[i]) shown.push(`line ${i + 1}\n  saved: ${a[i]?.slice(0, 400)}\n  now:   ${b[i]?.slice(0, 400)}`);
  console.log(`DIFFERS ${what}: ${a.length} vs ${b.length} lines\n${shown.join("\n")}`);
  writeFileSync(`${file}.new`, text);
  return false;
}

let differs = false;
mkdirSync(dir, { recursive: true });
for (const folder of inputs) {
  const file = join(dir, nameOf(folder));
  const storeFile = file.replace(/\.json$/, ".store.txt");
  const t0 = performance.now();
  const { graph, store } = build(folder);
  const took = ((performance.now() - t0) / 1000).toFixed(1);
  if (mode === "save") {
    writeFileSync(file, graph);
    writeFileSync(storeFile, store);
    const rows = store.split("\n").filter((l) => l && !l.startsWith("schema\t")).length;
    console.log(
      `saved ${file} (${graph.split("\n").length - 2} nodes and edges) and its store (${rows} rows), ${took} s`,
    );
    continue;
  }
  const sameGraph = compare(file, graph, `${folder} (graph.json)`);
  const sameStore = compare(storeFile, store, `${folder} (store)`);
  if (sameGraph && sameStore) console.log(`same   ${folder} (graph.json and store, ${took} s)`);
  else differs = true;
}
process.exit(differs ? 1 : 0);
