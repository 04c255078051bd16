// The store's contract, run on both engines: a real SQLite file and a throwaway PostgreSQL cluster.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { normalizeSearchText } from "@newskg/graph-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_SHARED_VERSION, migrationsOf } from "./migrations.js";
import { openStore } from "./openStore.js";
import { withoutDocument } from "./withoutDocument.js";
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
    expect(await store.reader().search("anything", null, 10)).toEqual([]);
  });

  it("deletes a document of the demo graph as a rewrite without it would", async () => {
    const demo = JSON.parse(readFileSync(DEMO_GRAPH, "utf8")) as SerializedKnowledgeGraph;
    const fresh = await openStore(await newSpec());
    try {
      await fresh.writeBuild({ graph: demo });
      const doc = demo.nodes.find((n) => n.attributes.kind === "document")!.key;
      await fresh.deleteDocument(doc);
      const after = (await fresh.readGraph())!;
      const whole = withoutDocument(demo, doc);
      expect({ nodes: after.nodes, edges: after.edges }).toEqual({ nodes: whole.nodes, edges: whole.edges });
      expect(after.nodes.some((n) => n.key === doc)).toBe(false);
    } finally {
      await fresh.close();
    }
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

  it("builds every index of a first build after its load, as the migrations defined it", async () => {
    const fresh = await openStore(await newSpec());
    const indexes = () =>
      fresh.db.all<{ name: string; sql: string }>(
        fresh.engine === "sqlite"
          ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
          : "SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1",
      );
    try {
      const before = await indexes();
      expect(before.map((i) => i.name)).toEqual(expect.arrayContaining(["relations_source_strength", "mentions_doc"]));
      // A first build that fails half-way (its indexes dropped, rows sent) leaves them and no rows.
      const failing = () => {
        throw new Error("splitter crashed");
      };
      const graph = syntheticGraph({ documents: 20 });
      await expect(fresh.writeBuild({ graph, sentencesOf: failing })).rejects.toThrow("splitter crashed");
      expect(await indexes()).toEqual(before);
      expect(await fresh.readGraph()).toBeNull();
      await fresh.writeBuild({ graph, sentencesOf: syntheticSentences });
      expect(await indexes()).toEqual(before);
      expect(await fresh.readGraph()).toEqual(graph);
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
    const before = (await store.readGraph())!;
    const report = await store.deleteDocument(documentKey(7));
    expect(report.changes.documents.deleted).toBe(1);
    const graph = await store.readGraph();
    // The change touches what names the document and leaves the store as a rewrite of the graph without it would.
    const whole = withoutDocument(before, documentKey(7));
    expect({ nodes: graph!.nodes, edges: graph!.edges }).toEqual({ nodes: whole.nodes, edges: whole.edges });
    expect(graph!.attributes.documentCount).toBe(before.attributes.documentCount - 1);
    const rewritten = Object.values(report.changes).reduce((n, c) => n + c.inserted + c.updated + c.deleted, 0);
    expect(rewritten).toBeLessThan(before.nodes.length / 4);
    expect(graph!.nodes.some((n) => n.key === documentKey(7))).toBe(false);
    const stale = await store.db.all("SELECT doc FROM mentions WHERE doc = ?", [documentKey(7)]);
    expect(stale).toEqual([]);
    const evidence = await store.db.all("SELECT doc FROM evidence WHERE doc = ?", [documentKey(7)]);
    expect(evidence).toEqual([]);
    expect((await store.reader().evidence(["r:7"])).get("r:7")).toBeUndefined();
    await expect(store.deleteDocument("doc:missing")).rejects.toThrow(/no document "doc:missing"/);
  });

  it("searches names and aliases by prefix, without accents, by type", async () => {
    const reader = store.reader();
    const name = inventedName(12);
    const hits = await reader.search(name.slice(0, 5).toLowerCase(), null, 50);
    expect(hits.map((h) => h.entityId)).toContain(entityKey(12));
    expect((await reader.search("societe centr", null, 10))[0]?.entityId).toBe(HUB_KEY);
    expect((await reader.search("SOCIÉTÉ", null, 10))[0]).toMatchObject({ entityId: HUB_KEY, score: 0.8 });
    const people = await reader.search(name.split(" ")[1]!, ["PERSON"], 100);
    expect(people.length).toBeGreaterThan(0);
    const found = await reader.entities(people.map((h) => h.entityId));
    expect([...found.values()].every((e) => e.type === "PERSON")).toBe(true);
    expect(await reader.search("zzzzqqq", null, 10)).toEqual([]);
    expect(await reader.search("   ", null, 10)).toEqual([]);
  });

  it("answers entity and name look-ups", async () => {
    const reader = store.reader();
    const hub = (await reader.entities([HUB_KEY])).get(HUB_KEY);
    expect(hub).toMatchObject({ id: HUB_KEY, type: "ORGANIZATION", aliases: expect.arrayContaining(["SC"]) });
    expect(await reader.documentsOf(HUB_KEY, 100)).toHaveLength(30);
    expect((await reader.entities(["e:none"])).size).toBe(0);
    expect((await reader.namesExact("sc", [], 10)).map((e) => e.entityId)).toEqual([HUB_KEY]);
    const upper = normalizeSearchText(inventedName(3).toUpperCase());
    expect((await reader.namesExact(upper, [], 10)).map((e) => e.entityId)).toEqual([entityKey(3)]);
  });

  it("walks neighbourhoods and shortest paths over indexed edges", async () => {
    const reader = store.reader();
    const one = await reader.neighbourhood(entityKey(10), 1, 200, 1000, null);
    expect(one.nodeIds.sort()).toEqual([entityKey(10), entityKey(11), entityKey(9), HUB_KEY].sort());
    expect(one.edges.every((e) => e.category !== ("MENTIONS" as string))).toBe(true);
    const alliance = await reader.neighbourhood(entityKey(10), 2, 200, 1000, { categories: ["ALLIANCE"] });
    expect(alliance.nodeIds.sort()).toEqual([8, 9, 10, 11, 12].map(entityKey).sort());
    const capped = await reader.neighbourhood(HUB_KEY, 1, 5, 1000, null);
    expect(capped.nodeIds).toHaveLength(5);
    expect(capped.truncated).toBe(true);

    // Through the hub every chain entity is two hops from every other.
    const path = async (from: string, to: string) =>
      (await reader.shortestPaths(from, to, null, 1)).map((p) => p.nodeIds);
    expect(await path(entityKey(20), entityKey(21))).toEqual([[entityKey(20), entityKey(21)]]);
    expect(await path(entityKey(2), entityKey(25))).toEqual([[entityKey(2), HUB_KEY, entityKey(25)]]);
    expect(await path(entityKey(2), "e:none")).toEqual([]);
    // A direct relation is one hop (found by one seek, not by reading the hub's every neighbour), under the filter:
    // the chain's own relation is an ALLIANCE, so under SUPPORT alone the way is through the hub.
    expect(await path(HUB_KEY, entityKey(25))).toEqual([[HUB_KEY, entityKey(25)]]);
    expect(
      (await reader.shortestPaths(entityKey(20), entityKey(21), { categories: ["SUPPORT"] }, 1)).map((p) => p.nodeIds),
    ).toEqual([[entityKey(20), HUB_KEY, entityKey(21)]]);
  });

  it("serves evidence and a complete edge list in pages", async () => {
    const reader = store.reader();
    const graph = await store.readGraph();
    const edge = graph!.edges.find((e) => e.key === "r:12")!;
    expect((await reader.evidence(["r:12"])).get("r:12")).toEqual(
      edge.attributes.evidence.map((e) => ({
        docId: e.doc,
        start: e.start,
        end: e.end,
        text: e.text,
        trigger: e.trigger ?? null,
      })),
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { id: string }[] = await reader.relationsAfter(null, after, 7);
      if (page.length === 0) break;
      seen.push(...page.map((r) => r.id));
      after = page.at(-1)!.id;
    }
    const expected = graph!.edges.filter((e) => e.attributes.category !== "MENTIONS").map((e) => e.key);
    expect(seen.sort()).toEqual(expected.sort());
    const supports = await reader.relationsAfter({ categories: ["SUPPORT"] }, null, 1000);
    expect(supports.length).toBeGreaterThan(0);
    expect(supports.every((r) => r.category === "SUPPORT")).toBe(true);
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

  it("survives a writer killed mid-way through an incremental build (articles added to a store)", async () => {
    await store.writeBuild({ graph: syntheticGraph({ documents: 60 }) });
    const version = (await store.currentBuild())!.version;
    const before = await store.readGraph();
    const { exit } = runChild(["kill-add", spec, "60", "6"]);
    const result = await exit;
    expect(result.signal, result.stderr).toBe("SIGKILL");
    const reopened = await openStore(spec);
    try {
      expect((await reopened.currentBuild())!.version).toBe(version);
      expect(await reopened.readGraph()).toEqual(before);
      // The same addition then writes only the new articles' rows.
      const next = await reopened.writeBuild({ graph: syntheticGraph({ documents: 66 }) });
      expect(next.version).toBe(version + 1);
      expect(next.changes.documents).toMatchObject({ inserted: 6, updated: 0, deleted: 0 });
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
    const reader = await openStore(spec);
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

describe("one schema on both engines", () => {
  // What each engine has on its own by design: PostgreSQL's queue and trigram index, SQLite's FTS5 tables.
  const POSTGRES_ONLY = ["article_queue", "queue_state", "entity_names_trgm"];
  const isFts = (name: string) => /^entity_name_(words|grams)/.test(name) || name === "entity_name_gram_counts";

  it("has the same tables, columns and indexes after every migration", async () => {
    const sqlite = await openStore(join(tempDir, "parity.db"));
    const pg = await openStore(await postgres.createDatabase());
    try {
      const sqliteColumns = await sqlite.db.all<{ t: string; c: string }>(
        `SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
      );
      const pgColumns = await pg.db.all<{ t: string; c: string }>(
        "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'",
      );
      const sqliteIndexes = await sqlite.db.all<{ n: string }>(
        "SELECT name AS n FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
      );
      const pgIndexes = await pg.db.all<{ n: string }>(
        "SELECT indexname AS n FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'",
      );
      const columns = (rows: { t: string; c: string }[]) =>
        rows
          .filter((r) => !isFts(r.t) && !POSTGRES_ONLY.includes(r.t))
          .map((r) => `${r.t}.${r.c}`)
          .sort();
      const names = (rows: { n: string }[]) =>
        rows
          .map((r) => r.n)
          .filter((n) => !POSTGRES_ONLY.some((only) => n.startsWith(only)))
          .sort();
      expect(columns(sqliteColumns)).toEqual(columns(pgColumns));
      expect(names(sqliteIndexes)).toEqual(names(pgIndexes));
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });

  it("numbers migrations alike on both engines from the first shared one", () => {
    const from = (engine: "sqlite" | "postgres") =>
      migrationsOf(engine)
        .filter((m) => m.version >= FIRST_SHARED_VERSION)
        .map((m) => m.name);
    expect(from("sqlite")).toEqual(from("postgres"));
    expect(from("sqlite")).toContain("008_entity_sort_name");
  });
});
