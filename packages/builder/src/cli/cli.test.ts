// `kg build` / `kg export` as users run them: a child process through packages/cli/bin/kg.mjs (the built dist/),
// with the fake extractor substituted through KG_EXTRACTOR_MODULE / KG_NER_MODULE: its built JavaScript, except in the
// worker-thread build, which gives the TypeScript double (the builder then registers tsx, in each worker too).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtFakeExtractor, createWorkspace, FAKE_EXTRACTOR } from "../pipeline/testing/buildFixture.js";

const KG = fileURLToPath(new URL("../../../cli/bin/kg.mjs", import.meta.url));
const BUILT_FAKE = builtFakeExtractor();

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function kg(
  args: string[],
  options: { env?: Record<string, string>; onSpawn?: (kill: (s: NodeJS.Signals) => void) => void } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], {
      env: { ...process.env, KG_EXTRACTOR_MODULE: BUILT_FAKE, KG_NER_MODULE: BUILT_FAKE, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    options.onSpawn?.((s) => child.kill(s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const ALPHA = "Alpha\n\nThen, John Smith met Mary Jones in Paris Town.";

describe("kg build", () => {
  it("prints help on stderr and exits 0; rejects unknown options with 2", async () => {
    const help = await kg(["build", "--help"]);
    expect(help).toMatchObject({ code: 0, stdout: "" });
    expect(help.stderr).toMatch(/--max-article-bytes N/);
    const bad = await kg(["build", "--frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/frobnicate/);
    const noStore = await kg(["build", "--carry-metrics", "--no-store"]);
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toMatch(/--carry-metrics carries them from the store/);
  });

  it("builds with worker threads under kg, reports on stderr only, and exits 1 when nothing can be built", async () => {
    const articles: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      articles[`a${i}.txt`] = `Story ${i}\n\nThen, Anna Berg met Carl Dahl${"x".repeat(i)} in Oslo.`;
    const ws = await createWorkspace(articles);
    const out = join(ws.root, "graph.json");
    // The TypeScript double: the built builder loads it through tsx, in the process and in each worker thread.
    const ok = await kg(["build", "--articles", ws.articlesDir, "--out", out, "--workers", "2", "--no-curation"], {
      env: { KG_DEBUG: "1", KG_EXTRACTOR_MODULE: FAKE_EXTRACTOR, KG_NER_MODULE: FAKE_EXTRACTOR },
    });
    expect(ok.stderr).toMatch(/built .*graph\.json: 20 documents, .* \(20 extracted, 0 reused, 0 removed, 0 skipped\)/);
    expect(ok).toMatchObject({ code: 0, stdout: "" });
    expect(JSON.parse(await readFile(out, "utf8")).attributes.documentCount).toBe(20);

    const empty = await createWorkspace({ "blank.txt": "  \n" });
    const none = await kg(["build", "--articles", empty.articlesDir, "--out", join(empty.root, "graph.json")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/skipped blank\.txt: empty/);
    expect(none.stderr).toMatch(/no article could be read/);
  });

  it("exits 1 on a malformed curation file, naming it, and keeps the previous graph", async () => {
    const ws = await createWorkspace({ "a.txt": ALPHA });
    await writeFile(ws.outFile, "previous");
    const curation = join(ws.root, "curation.json");
    await writeFile(curation, '{"version": 1, "actions": [}');
    const run = await kg(["build", "--articles", ws.articlesDir, "--out", ws.outFile, "--curation", curation]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/curation file .*curation\.json: invalid JSON at line 1, column 28/);
    expect(await readFile(ws.outFile, "utf8")).toBe("previous");
  });

  it("leaves the previous graph intact when the build is interrupted", async () => {
    const articles: Record<string, string> = {};
    for (let i = 0; i < 40; i++) articles[`s${i}.txt`] = `Slow ${i}\n\nThen, Anna Berg met Carl Dahl ${i} times.`;
    const ws = await createWorkspace(articles);
    await writeFile(ws.outFile, "previous");
    for (const signal of ["SIGINT", "SIGTERM", "SIGKILL"] as const) {
      let sent = false;
      const cacheDir = join(ws.root, `cache-${signal}`);
      const args = [
        "build",
        "--articles",
        ws.articlesDir,
        "--out",
        ws.outFile,
        "--cache-dir",
        cacheDir,
        "--workers",
        "0",
        "--no-curation",
      ];
      // Each article takes 100 ms; kill as soon as the first extraction reached the cache.
      const run = kg(args, {
        env: { FAKE_EXTRACTOR_DELAY_MS: "100" },
        onSpawn: (kill) => {
          const timer = setInterval(() => {
            if (existsSync(join(cacheDir, "extractions"))) {
              clearInterval(timer);
              sent = true;
              kill(signal);
            }
          }, 20);
        },
      });
      const result = await run;
      expect(sent).toBe(true);
      if (signal === "SIGKILL") expect(result.signal).toBe("SIGKILL");
      else {
        expect(result.code).toBe(130);
        expect(result.stderr).toContain(`${signal} received`);
        expect(result.stderr).toMatch(/interrupted; nothing written/);
      }
      expect(await readFile(ws.outFile, "utf8")).toBe("previous");
      expect((await readdir(ws.root)).filter((f) => f.includes(".tmp-"))).toEqual([]);
    }
  });
});

describe("kg export", () => {
  it("writes each format to stdout or --out, and fails clearly without a graph", async () => {
    const ws = await createWorkspace({ "a.txt": ALPHA });
    await kg(["build", "--articles", ws.articlesDir, "--out", ws.outFile, "--no-curation"]);
    const gexf = await kg(["export", "--format", "gexf", "--graph", ws.outFile]);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toMatch(/^<\?xml[\s\S]*<gexf [\s\S]*<\/gexf>\n$/);
    const nodes = await kg(["export", "--format", "csv", "--what", "nodes", "--graph", ws.outFile]);
    expect(nodes.stdout.split("\r\n")[0]).toMatch(/^key,kind,type,label,/);
    const out = join(ws.root, "edges.csv");
    const edges = await kg(["export", "--format", "csv", "--graph", ws.outFile, "--out", out]);
    expect(edges).toMatchObject({ code: 0, stdout: "" });
    expect(await readFile(out, "utf8")).toMatch(/^key,source,target,category,/);
    const missing = await kg(["export", "--format", "graphml", "--graph", join(ws.root, "nope.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no graph at .*nope\.json; run `pnpm kg build` first/);
    const usage = await kg(["export", "--format", "pdf"]);
    expect(usage.code).toBe(2);
  });

  it("streams every format from a store, and writes per-entity snapshots with --embed", async () => {
    const ws = await createWorkspace({ "a.txt": ALPHA });
    const store = join(ws.root, "graph.db");
    await kg(["build", "--articles", ws.articlesDir, "--out", ws.outFile, "--store", store, "--no-curation"]);
    const fromFile = await kg(["export", "--format", "gexf", "--graph", ws.outFile]);
    const fromStore = await kg(["export", "--format", "gexf", "--store", store]);
    expect(fromStore).toMatchObject({ code: 0, stdout: fromFile.stdout });
    const out = join(ws.root, "graph-copy.json");
    expect((await kg(["export", "--format", "json", "--store", store, "--out", out])).code).toBe(0);
    expect(JSON.parse(await readFile(out, "utf8"))).toEqual(JSON.parse(await readFile(ws.outFile, "utf8")));
    const cdn = join(ws.root, "cdn");
    const embed = await kg(["export", "--embed", cdn, "--store", store]);
    expect(embed.code, embed.stderr).toBe(0);
    expect(embed.stderr).toMatch(/wrote \d+ entity snapshots/);
    const index = JSON.parse(await readFile(join(cdn, "index.json"), "utf8")) as { entities: object };
    expect(Object.keys(index.entities).length).toBeGreaterThan(0);
    const none = await kg(["export", "--format", "csv", "--store", join(ws.root, "missing.db")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no graph store at .*missing\.db/);
  });
});
