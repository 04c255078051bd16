// A build after articles were added, changed and removed resolves only the entities they reach
// (resolveIncrementally.ts) and writes the same graph as a full rebuild: entities, aliases, relations, evidence,
// mentions, on both engines.
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { startTestPostgres, type TestPostgres } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "./buildGraph.js";
import { DEFAULT_EXTRACTOR_MODULE, DEFAULT_NER_MODULE } from "./extractorBackend.js";
import { createWorkspace } from "./testing/buildFixture.js";
import { openStore } from "@newskg/store";

const CHILD = fileURLToPath(new URL("./testing/buildChild.ts", import.meta.url));

// The real extractor, tagger and resolver.
const ARTICLES: Record<string, string> = {
  "a.txt":
    "Harbour Talks\n\nMinister Elena Marsh met Tomas Brandt in Vienna on Monday. Marsh said the talks went well.\n",
  "b.txt": "Port Deal\n\nThe Coastal Trade Bank signed a deal with Northfield Rovers. Tomas Brandt praised the bank.\n",
  "c.txt": "Council Vote\n\nIrene Falk won the vote in Graz. Falk thanked her supporters.\n",
  "d.txt": "Market Report\n\nShares of the Coastal Trade Bank rose in Vienna. Analysts expect more gains.\n",
  "f.txt": "Fjord Ferry\n\nSofia Lund opened a ferry line in Bergen. Lund hired Oskar Berg as captain.\n",
};
const ADDED = "Second Round\n\nElena Marsh and Irene Falk met in Graz. Marsh later flew to Vienna.\n";
const CHANGED = "Port Deal\n\nThe Coastal Trade Bank ended its deal with Northfield Rovers. Karl Weiss resigned.\n";

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8")) as SerializedKnowledgeGraph;
const storeGraph = async (spec: string) => {
  const store = await openStore(spec);
  try {
    return await store.readGraph();
  } finally {
    await store.close();
  }
};
const content = (graph: SerializedKnowledgeGraph) => ({ nodes: graph.nodes, edges: graph.edges });

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

describe.each(["sqlite", "postgres"] as const)("incremental resolution on %s", (engine) => {
  it("resolves only what changed articles reach and writes what a full rebuild writes", async () => {
    const ws = await createWorkspace(ARTICLES);
    const spec = engine === "sqlite" ? join(ws.root, "graph.db") : await postgres.createDatabase();
    const real = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE, store: spec };
    const first = ws.options(real);
    await buildGraph(first);
    expect(first.messages).toContainEqual(expect.stringMatching(/^resolution: every article/)); // no index yet

    await ws.write("e.txt", ADDED);
    await ws.write("b.txt", CHANGED);
    await rm(join(ws.articlesDir, "d.txt"));
    const second = ws.options(real);
    await buildGraph(second);
    const line = second.messages.find((m) => m.startsWith("resolution:"))!;
    const [, changed, again, total] = /(\d+) articles changed.*?(\d+) of (\d+)/.exec(line)!.map(Number);
    expect(changed).toBe(3);
    expect(again).toBeLessThan(total!);
    const incremental = await readJson(ws.outFile);

    // The store got the rows those articles reach (writeChanges), not the whole graph.
    expect(second.messages).toContainEqual(expect.stringMatching(/^store: wrote the rows the changed articles reach/));

    const { "d.txt": _removed, ...kept } = ARTICLES;
    const fresh = await createWorkspace({ ...kept, "b.txt": CHANGED, "e.txt": ADDED });
    const freshSpec = engine === "sqlite" ? join(fresh.root, "graph.db") : await postgres.createDatabase();
    const whole = fresh.options({ ...real, store: freshSpec, fullResolution: true });
    await buildGraph(whole);
    expect(whole.messages).toContainEqual(expect.stringMatching(/^store: wrote the whole graph/));
    const full = await readJson(fresh.outFile);
    expect(content(incremental)).toEqual(content(full));
    // The store written by the change holds what the store of the full build holds, row for row.
    expect(content((await storeGraph(spec))!)).toEqual(content((await storeGraph(freshSpec))!));
    const labels = incremental.nodes.filter((n) => n.attributes.kind === "entity").map((n) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(["Elena Marsh", "Irene Falk", "Karl Weiss"]));

    // A build with nothing changed resolves nothing again and still writes the same graph.
    const third = ws.options(real);
    await buildGraph(third);
    expect(third.messages.find((m) => m.startsWith("resolution:"))).toMatch(/^resolution: 0 articles changed.*; 0 of /);
    expect(content(await readJson(ws.outFile))).toEqual(content(full));
    expect(content((await storeGraph(spec))!)).toEqual(content((await storeGraph(freshSpec))!));
  });

  it("stays exact after a build killed between resolution and the write", async () => {
    const ws = await createWorkspace(ARTICLES);
    const spec = engine === "sqlite" ? join(ws.root, "graph.db") : await postgres.createDatabase();
    const real = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE, store: spec };
    await buildGraph(ws.options(real));
    const store = await openStore(spec);
    const version = (await store.currentBuild())!.version;
    const before = await store.readGraph();
    await store.close();

    await ws.write("e.txt", ADDED);
    const { messages: _m, ...plain } = ws.options({ ...real, carryMetrics: true });
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, JSON.stringify(plain)], { stdio: "pipe" });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<string | null>((done) => child.on("exit", (_code, s) => done(s)));
    expect(signal, stderr).toBe("SIGKILL");
    const after = await openStore(spec);
    try {
      expect((await after.currentBuild())!.version).toBe(version);
      expect(await after.readGraph()).toEqual(before);
    } finally {
      await after.close();
    }

    // The next build finds the index of the last complete one and still writes what a full rebuild writes.
    await ws.write("b.txt", CHANGED);
    const next = ws.options(real);
    await buildGraph(next);
    expect(next.messages).toContainEqual(expect.stringMatching(/^resolution: 2 articles changed/));
    const full = await createWorkspace({ ...ARTICLES, "b.txt": CHANGED, "e.txt": ADDED });
    await buildGraph(full.options({ ...real, store: null, fullResolution: true }));
    expect(content(await readJson(ws.outFile))).toEqual(content(await readJson(full.outFile)));
  });
});
