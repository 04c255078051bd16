// `kg worker`'s resolution is incremental: a build after new and changed articles were queued resolves only the
// entities they reach (the index lives in the store, committed with each build) and the store then holds what a
// full `kg build` of the same articles writes (entities, aliases, relations, evidence, mentions), whether that
// build went to SQLite or PostgreSQL; a worker killed in the middle of its write leaves the previous build and
// index, and the next worker build is still exact. The queue needs PostgreSQL, so the workers run on it only.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { ArticleQueue, openStore } from "@newskg/store";
import { startTestPostgres, type TestPostgres } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../pipeline/buildGraph.js";
import { DEFAULT_EXTRACTOR_MODULE, DEFAULT_NER_MODULE } from "../pipeline/extractorBackend.js";
import { createWorkspace } from "../pipeline/testing/buildFixture.js";
import { runWorker } from "./runWorker.js";

const CHILD = fileURLToPath(new URL("./testing/workerChild.ts", import.meta.url));
const backend = { extractorModule: DEFAULT_EXTRACTOR_MODULE, nerModule: DEFAULT_NER_MODULE };

// The real extractor, tagger and resolver (invented names).
const ARTICLES: Record<string, string> = {
  "a.txt":
    "Harbour Talks\n\nMinister Elena Marsh met Tomas Brandt in Vienna on Monday. Marsh said the talks went well.\n",
  "b.txt": "Port Deal\n\nThe Coastal Trade Bank signed a deal with Northfield Rovers. Tomas Brandt praised the bank.\n",
  "c.txt": "Council Vote\n\nIrene Falk won the vote in Graz. Falk thanked her supporters.\n",
  "f.txt": "Fjord Ferry\n\nSofia Lund opened a ferry line in Bergen. Lund hired Oskar Berg as captain.\n",
};
const ADDED = "Second Round\n\nElena Marsh and Irene Falk met in Graz. Marsh later flew to Vienna.\n";
const CHANGED = "Port Deal\n\nThe Coastal Trade Bank ended its deal with Northfield Rovers. Karl Weiss resigned.\n";

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

const enqueue = async (url: string, articles: Record<string, string>) => {
  const store = await openStore(url);
  try {
    await ArticleQueue.of(store).enqueue(Object.entries(articles).map(([file, body]) => ({ file, body })));
  } finally {
    await store.close();
  }
};

async function drain(url: string): Promise<string[]> {
  const messages: string[] = [];
  await runWorker({ store: url, backend, drain: true, pollMs: 20, log: (m) => messages.push(m) });
  return messages;
}

/** What a build wrote, without the build's own attributes (name, time). */
async function stored(
  spec: string,
): Promise<{ graph: Pick<SerializedKnowledgeGraph, "nodes" | "edges">; index: string | null }> {
  const store = await openStore(spec);
  try {
    const graph = (await store.readGraph())!;
    return { graph: { nodes: graph.nodes, edges: graph.edges }, index: await store.resolutionIndex() };
  } finally {
    await store.close();
  }
}

/** A full `kg build` of the articles (every entity resolved) into a fresh store of each engine. */
async function fullBuilds(articles: Record<string, string>) {
  const ws = await createWorkspace(articles);
  const sqlite = join(ws.root, "graph.db");
  const pg = await postgres.createDatabase();
  for (const store of [sqlite, pg]) await buildGraph(ws.options({ ...backend, store, fullResolution: true }));
  return [(await stored(sqlite)).graph, (await stored(pg)).graph];
}

const resolutionLine = (messages: string[]) => messages.find((m) => /: resolution: /.test(m)) ?? "";

describe("kg worker resolution", () => {
  it("resolves only what new and changed articles reach and stores what a full build stores", async () => {
    const url = await postgres.createDatabase();
    await enqueue(url, ARTICLES);
    expect(resolutionLine(await drain(url))).toMatch(/resolution: every article/); // no index yet
    expect((await stored(url)).index).not.toBeNull();

    await enqueue(url, { "e.txt": ADDED, "b.txt": CHANGED });
    const messages = await drain(url);
    expect(messages).toContainEqual(expect.stringMatching(/into build \d+ \(the rows they reach\)/));
    const line = resolutionLine(messages);
    const [, changed, again, total] = /(\d+) articles changed.*?(\d+) of (\d+)/.exec(line)!.map(Number);
    expect(changed).toBe(2);
    expect(again).toBeLessThan(total!);

    const workers = (await stored(url)).graph;
    const labels = workers.nodes.filter((n) => n.attributes.kind === "entity").map((n) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(["Elena Marsh", "Irene Falk", "Karl Weiss"]));
    for (const full of await fullBuilds({ ...ARTICLES, "b.txt": CHANGED, "e.txt": ADDED }))
      expect(workers).toEqual(full);
  });

  it("keeps the previous build and index when a worker dies mid-write, and the next build is exact", async () => {
    const url = await postgres.createDatabase();
    await enqueue(url, ARTICLES);
    await drain(url);
    const before = await stored(url);

    await enqueue(url, { "e.txt": ADDED });
    const child = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, JSON.stringify({ store: url, backend, pollMs: 20 })],
      { stdio: "pipe" },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<string | null>((done) => child.on("exit", (_code, s) => done(s)));
    expect(signal, stderr).toBe("SIGKILL");
    expect(await stored(url)).toEqual(before);

    // The killed worker's extraction is on its queue row; the next worker resolves it with the changed article.
    await enqueue(url, { "b.txt": CHANGED });
    expect(resolutionLine(await drain(url))).toMatch(/resolution: 2 articles changed/);
    const [full] = await fullBuilds({ ...ARTICLES, "b.txt": CHANGED, "e.txt": ADDED });
    expect((await stored(url)).graph).toEqual(full);
  });
});
