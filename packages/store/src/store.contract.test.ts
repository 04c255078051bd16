// The store's contract, run on both engines: a real SQLite file and a throwaway PostgreSQL cluster.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./openStore.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import {
  documentKey,
  entityKey,
  HUB_KEY,
  inventedName,
  syntheticGraph,
  syntheticSentences,
} from "./testing/syntheticGraph.js";

const DEMO_GRAPH = fileURLToPath(new URL("../../../graph-data/graph.json", import.meta.url));
const CHILD = fileURLToPath(new URL("./testing/storeChild.ts", import.meta.url));

let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-store-"));
let sqliteFiles = 0;

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

const engines = [
  { engine: "sqlite", newSpec: async () => join(tempDir, `store-${++sqliteFiles}.db`) },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const;

/** Runs the child writer and resolves with its exit (code or signal) once it ends. */
function runChild(args: string[], onLine?: (line: string) => void) {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => {
    for (const line of d.toString().split("\n")) if (line) onLine?.(line);
  });
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal, stderr })),
  );
  return { child, exit };
}

const sortedKeys = (graph: SerializedKnowledgeGraph | null) => (graph?.nodes ?? []).map((n) => n.key).sort();

describe.each(engines)("store contract on $engine", ({ newSpec }) => {
  let spec: string;
  let store: SqlGraphStore;
  beforeAll(async () => {
    spec = await newSpec();
    store = await openStore(spec);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("starts empty", async () => {
    expect(await store.currentBuild()).toBeNull();
    expect(await store.readGraph()).toBeNull();
    expect(await store.search("anything")).toEqual([]);
  });

  it("gives back the demo graph exactly as written", async () => {
    const demo = JSON.parse(readFileSync(DEMO_GRAPH, "utf8")) as SerializedKnowledgeGraph;
    const fresh = await openStore(await newSpec());
    try {
      const report = await fresh.writeBuild({ graph: demo });
      expect(report.version).toBe(1);
      expect(await fresh.readGraph()).toEqual(demo);
      const build = await fresh.currentBuild();
      expect(build).toMatchObject({ version: 1, name: demo.attributes.name, documentCount: 2 });
    } finally {
      await fresh.close();
    }
  });

  it("writes a build, then only what changed", async () => {
    const first = syntheticGraph({ documents: 30 });
    const one = await store.writeBuild({ graph: first, sentencesOf: syntheticSentences });
    expect(one.version).toBe(1);
    expect(one.changes.documents).toEqual({ inserted: 30, updated: 0, rescored: 0, deleted: 0 });
    expect(await store.readGraph()).toEqual(first);

    // The same graph again: a new version, no row touched.
    const same = await store.writeBuild({ graph: first, sentencesOf: syntheticSentences });
    expect(same.version).toBe(2);
    expect(same.changes).toEqual({
      documents: { inserted: 0, updated: 0, rescored: 0, deleted: 0 },
      entities: { inserted: 0, updated: 0, rescored: 0, deleted: 0 },
      relations: { inserted: 0, updated: 0, rescored: 0, deleted: 0 },
    });

    // One article edited, one added: two document rows written, the other 29 left alone.
    const next = syntheticGraph({ documents: 31, editedDocuments: [4] });
    const three = await store.writeBuild({ graph: next, sentencesOf: syntheticSentences });
    expect(three.changes.documents).toEqual({ inserted: 1, updated: 1, rescored: 0, deleted: 0 });
    expect(three.changes.relations.updated).toBe(1); // the hub's edge whose evidence sentence changed
    expect(await store.readGraph()).toEqual(next);
    const rows = await store.db.all<{ key: string; built_in: number }>(
      "SELECT key, built_in FROM documents WHERE built_in = 3 ORDER BY key",
    );
    expect(rows.map((r) => r.key)).toEqual([documentKey(30), documentKey(4)]);
    const sentences = await store.db.all<{ n: number }>("SELECT COUNT(*) AS n FROM sentences");
    expect(Number(sentences[0]!.n)).toBe(62);
    expect((await store.currentBuild())?.version).toBe(3);
  });

  it("deletes one article with its mentions and evidence", async () => {
    const report = await store.deleteDocument(documentKey(7));
    expect(report.changes.documents.deleted).toBe(1);
    const graph = await store.readGraph();
    expect(graph!.nodes.some((n) => n.key === documentKey(7))).toBe(false);
    const stale = await store.db.all("SELECT doc FROM mentions WHERE doc = ?", [documentKey(7)]);
    expect(stale).toEqual([]);
    const evidence = await store.db.all("SELECT doc FROM evidence WHERE doc = ?", [documentKey(7)]);
    expect(evidence).toEqual([]);
    expect(await store.evidence("r:7")).toEqual([]);
    await expect(store.deleteDocument("doc:missing")).rejects.toThrow(/no document "doc:missing"/);
  });

  it("searches names and aliases by prefix, without accents, by type", async () => {
    const name = inventedName(12);
    const hits = await store.search(name.slice(0, 5).toLowerCase(), { limit: 50 });
    expect(hits.map((h) => h.id)).toContain(entityKey(12));
    expect((await store.search("societe centr"))[0]?.id).toBe(HUB_KEY);
    expect((await store.search("SOCIÉTÉ"))[0]?.id).toBe(HUB_KEY);
    const people = await store.search(name.split(" ")[1]!, { types: ["PERSON"], limit: 100 });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((h) => h.type === "PERSON")).toBe(true);
    expect(await store.search("zzzzqqq")).toEqual([]);
    expect(await store.search("   ")).toEqual([]);
  });

  it("answers entity and name look-ups", async () => {
    const hub = await store.entity(HUB_KEY);
    expect(hub).toMatchObject({ id: HUB_KEY, type: "ORGANIZATION", aliases: expect.arrayContaining(["SC"]) });
    expect(hub!.documentCount).toBe(30);
    expect(await store.entity("e:none")).toBeNull();
    expect((await store.entitiesNamed("sc")).map((e) => e.id)).toEqual([HUB_KEY]);
    expect((await store.entitiesNamed(inventedName(3).toUpperCase())).map((e) => e.id)).toEqual([entityKey(3)]);
  });

  it("walks neighbourhoods and shortest paths over indexed edges", async () => {
    const one = await store.neighbourhood(entityKey(10), { depth: 1 });
    expect(one.nodes.map((n) => n.id).sort()).toEqual([entityKey(10), entityKey(11), entityKey(9), HUB_KEY].sort());
    expect(one.edges.every((e) => e.category !== "MENTIONS")).toBe(true);
    const alliance = await store.neighbourhood(entityKey(10), { depth: 2, categories: ["ALLIANCE"] });
    expect(alliance.nodes.map((n) => n.id).sort()).toEqual([8, 9, 10, 11, 12].map(entityKey).sort());
    const capped = await store.neighbourhood(HUB_KEY, { depth: 1, limit: 5 });
    expect(capped.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect((await store.neighbourhood("e:none")).nodes).toEqual([]);

    // Through the hub every chain entity is two hops from every other.
    expect(await store.shortestPath(entityKey(20), entityKey(21))).toEqual([entityKey(20), entityKey(21)]);
    expect(await store.shortestPath(entityKey(2), entityKey(25))).toEqual([entityKey(2), HUB_KEY, entityKey(25)]);
    expect(await store.shortestPath(entityKey(2), "e:none")).toBeNull();
  });

  it("serves evidence and a complete edge list in pages", async () => {
    const graph = await store.readGraph();
    const edge = graph!.edges.find((e) => e.key === "r:12")!;
    expect(await store.evidence("r:12")).toEqual(edge.attributes.evidence);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await store.edgeList({ first: 7, after });
      seen.push(...page.rows.map((r) => r.id));
      after = page.endCursor;
    } while (after !== null);
    const expected = graph!.edges.filter((e) => e.attributes.category !== "MENTIONS").map((e) => e.key);
    expect(seen.sort()).toEqual(expected.sort());
    const supports = await store.edgeList({ first: 1000, categories: ["SUPPORT"] });
    expect(supports.rows.every((r) => r.category === "SUPPORT")).toBe(true);
  });

  it("keeps the curation log per build", async () => {
    const graph = (await store.readGraph())!;
    const { version } = await store.writeBuild({
      graph,
      curation: [
        { action: { op: "rename", entity: HUB_KEY, label: "Centrale" }, applied: true },
        { action: { op: "rejectEntity", entity: "e:none" }, applied: false, reason: "no such entity" },
      ],
    });
    const log = await store.curationLog();
    expect(log.filter((e) => e.build === version)).toEqual([
      { build: version, action: { op: "rename", entity: HUB_KEY, label: "Centrale" }, applied: true },
      { build: version, action: { op: "rejectEntity", entity: "e:none" }, applied: false, reason: "no such entity" },
    ]);
  });

  it("rolls back a write that fails half-way: the previous build stays whole", async () => {
    const before = await store.readGraph();
    const version = (await store.currentBuild())!.version;
    let calls = 0;
    await expect(
      store.writeBuild({
        graph: syntheticGraph({ documents: 40, editedDocuments: [1, 2, 3, 4, 5, 6] }),
        sentencesOf: (text) => {
          if (++calls === 4) throw new Error("splitter crashed");
          return syntheticSentences(text);
        },
      }),
    ).rejects.toThrow("splitter crashed");
    expect((await store.currentBuild())!.version).toBe(version);
    expect(await store.readGraph()).toEqual(before);
  });

  it("survives a writer killed mid-write: other processes see the last committed build", async () => {
    const version = (await store.currentBuild())!.version;
    const before = sortedKeys(await store.readGraph());
    const { exit } = runChild(["kill", spec, "200"]);
    const result = await exit;
    expect(result.signal).toBe("SIGKILL");
    const reopened = await openStore(spec);
    try {
      expect((await reopened.currentBuild())!.version).toBe(version);
      expect(sortedKeys(await reopened.readGraph())).toEqual(before);
      // And the store still takes writes.
      const next = await reopened.writeBuild({ graph: syntheticGraph({ documents: 31 }) });
      expect(next.version).toBe(version + 1);
    } finally {
      await reopened.close();
    }
  });

  it("lets readers see the previous build while another process writes", async () => {
    const version = (await store.currentBuild())!.version;
    const before = sortedKeys(await store.readGraph());
    let writing!: () => void;
    const started = new Promise<void>((done) => (writing = done));
    const { exit } = runChild(["hold", spec, "50", "1500"], (line) => line === "writing" && writing());
    await started;
    const reader = await openStore(spec, { cacheEntries: 0 });
    try {
      expect((await reader.currentBuild())!.version).toBe(version);
      expect(sortedKeys(await reader.readGraph())).toEqual(before);
      const result = await exit;
      expect(result.code, result.stderr).toBe(0);
      expect((await reader.currentBuild())!.version).toBe(version + 1);
      expect(sortedKeys(await reader.readGraph())).toHaveLength(50 + 52);
    } finally {
      await reader.close();
    }
  });
});
