// `kg build --carry-metrics` on both engines: after adding an article, entities, relations and evidence are those
// of a full rebuild; known entities keep the store's PageRank, community and position, a new one joins its
// neighbour's community; only the rows of what the article touched are written; the build says since when.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { openStore } from "@newskg/store";
import { startTestPostgres, type TestPostgres } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "./buildGraph.js";
import { createWorkspace } from "./testing/buildFixture.js";

const ARTICLES = {
  "a.txt": "First Report\n\nJohn Smith met Mary Jones in Paris. The Acme Corp detained John Smith.\n",
  "b.txt": "Second Report\n\nMary Jones visited Berlin with Peter Brown. Later Peter Brown met Karl Weber.\n",
  "c.txt": "Third Report\n\nKarl Weber met Olga Ivanova in Vienna. Olga Ivanova praised the Acme Corp.\n",
};
const ADDED = "Fourth Report\n\nPeter Brown met Hugo Lindqvist in Oslo.\n";

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8")) as SerializedKnowledgeGraph;
const METRICS = new Set(["degree", "pagerank", "community", "x", "y", "size"]);
/** The graph without its graph-wide numbers and build attributes: what carrying metrics must leave exact. */
const content = (graph: SerializedKnowledgeGraph) => ({
  nodes: graph.nodes.map((n) => ({
    key: n.key,
    attributes: Object.fromEntries(Object.entries(n.attributes).filter(([k]) => !METRICS.has(k) || k === "degree")),
  })),
  edges: graph.edges,
});

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

describe.each(["sqlite", "postgres"] as const)("kg build --carry-metrics on %s", (engine) => {
  it("adds an article without recomputing the graph-wide numbers, the rest as a full rebuild", async () => {
    const ws = await createWorkspace(ARTICLES);
    const spec = engine === "sqlite" ? join(ws.root, "graph.db") : await postgres.createDatabase();
    const options = ws.options({ store: spec, carryMetrics: true });
    const first = await buildGraph(options); // an empty store: computed in full
    const before = await readJson(ws.outFile);
    expect(before.attributes.metricsFrom).toBeUndefined();

    await ws.write("d.txt", ADDED);
    const added = await buildGraph(options);
    const carried = await readJson(ws.outFile);

    const full = await createWorkspace({ ...ARTICLES, "d.txt": ADDED });
    await buildGraph(full.options({ store: null }));
    const rebuilt = await readJson(full.outFile);
    expect(content(carried)).toEqual(content(rebuilt));

    const old = new Map(before.nodes.map((n) => [n.key, n.attributes]));
    const now = new Map(carried.nodes.map((n) => [n.key, n.attributes]));
    for (const [key, a] of old)
      if (a.kind === "entity")
        expect(now.get(key)).toMatchObject({ pagerank: a.pagerank, community: a.community, x: a.x, y: a.y });
    const newcomer = carried.nodes.find(
      (n) => n.attributes.kind === "entity" && !old.has(n.key) && n.attributes.label.startsWith("Hugo"),
    )!;
    const neighbour = carried.nodes.find(
      (n) => n.attributes.kind === "entity" && n.attributes.label === "Peter Brown",
    )!;
    expect(newcomer.attributes.community).toBe(neighbour.attributes.community);
    expect(carried.attributes.metricsFrom).toEqual({ builtAt: before.attributes.builtAt, documentCount: 3 });

    // Rows written by the second build: the new article's and the entities it names, nothing else.
    const named = new Set(carried.edges.filter((e) => e.source === "doc:d").map((e) => e.target));
    const store = await openStore(spec);
    try {
      const written = await store.db.all<{ key: string }>("SELECT key FROM entities WHERE built_in = ?", [
        added.store!.version,
      ]);
      expect(written.length).toBeGreaterThan(0);
      for (const { key } of written) expect(named).toContain(key);
      expect(added.store!.changes.documents).toMatchObject({ inserted: 1, updated: 0, deleted: 0, rescored: 0 });
    } finally {
      await store.close();
    }
    expect(first.store!.version).toBe(1);
  });
});
