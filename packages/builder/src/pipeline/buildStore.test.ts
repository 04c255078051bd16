// The build's store step on both engines: graph.json and the store hold the same graph, and rebuilding after
// adding, editing or removing one article writes that article's rows and leaves the others alone.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { openStore } from "@newskg/store";
import { startTestPostgres, type TestPostgres } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand } from "../cli/exportCommand.js";
import { buildGraph } from "./buildGraph.js";
import { createWorkspace } from "./testing/buildFixture.js";

const ALPHA = "Alpha Report\n\nJohn Smith met Mary Jones in Paris. The Acme Corp detained John Smith.\n";
const BETA = "Beta Report\n\nMary Jones visited Berlin with Peter Brown. Later Peter Brown met Karl Weber.\n";
const GAMMA = "Gamma Report\n\nKarl Weber met Olga Ivanova in Vienna.\n";

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8")) as SerializedKnowledgeGraph;

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

describe.each(["sqlite", "postgres"] as const)("kg build into the %s store", (engine) => {
  it("writes the graph, then only the articles that changed", async () => {
    const ws = await createWorkspace({ "alpha.txt": ALPHA, "beta.txt": BETA });
    const spec = engine === "sqlite" ? join(ws.root, "graph.db") : await postgres.createDatabase();
    const options = ws.options(engine === "sqlite" ? {} : { store: spec });

    const first = await buildGraph(options);
    expect(first.store).toMatchObject({ engine, version: 1 });
    expect(first.store!.changes.documents).toMatchObject({ inserted: 2, updated: 0, deleted: 0 });
    const store = await openStore(spec);
    try {
      expect(await store.readGraph()).toEqual(await readJson(ws.outFile));
      const sentences = await store.db.all<{ doc: string; n: number }>(
        "SELECT doc, COUNT(*) AS n FROM sentences GROUP BY doc ORDER BY doc",
      );
      expect(sentences.map((s) => [s.doc, Number(s.n)])).toEqual([
        ["doc:alpha", 3],
        ["doc:beta", 3],
      ]);

      await ws.write("gamma.txt", GAMMA);
      const added = await buildGraph(options);
      expect(added.store!.changes.documents).toMatchObject({ inserted: 1, updated: 0, deleted: 0 });
      const written = await store.db.all<{ key: string; built_in: number }>(
        "SELECT key, built_in FROM documents ORDER BY key",
      );
      expect(written.map((r) => [r.key, Number(r.built_in)])).toEqual([
        ["doc:alpha", 1],
        ["doc:beta", 1],
        ["doc:gamma", 2],
      ]);

      await ws.write("beta.txt", BETA.replace("Berlin", "Hamburg"));
      const edited = await buildGraph(options);
      expect(edited.store!.changes.documents).toMatchObject({ inserted: 0, updated: 1, deleted: 0 });
      expect((await store.reader().search("hamburg", null, 10)).map((h) => h.matched)).toEqual(["Hamburg"]);
      expect(await store.reader().namesWithPrefix("berlin", [], 10)).toEqual([]);

      await rm(join(ws.articlesDir, "alpha.txt"));
      const removed = await buildGraph(options);
      expect(removed.store!.changes.documents).toMatchObject({ inserted: 0, updated: 0, deleted: 1 });
      expect(await store.db.all("SELECT entity FROM mentions WHERE doc = 'doc:alpha'")).toEqual([]);
      expect(await store.readGraph()).toEqual(await readJson(ws.outFile));
      expect((await store.currentBuild())!.version).toBe(4);
    } finally {
      await store.close();
    }
  });
});

describe("kg export --store", () => {
  it("exports the store's latest build like the graph file", async () => {
    const ws = await createWorkspace({ "alpha.txt": ALPHA, "beta.txt": BETA });
    await buildGraph(ws.options());
    const out = join(ws.root, "from-store.json");
    expect(await exportCommand(["--format", "json", "--store", join(ws.root, "graph.db"), "--out", out])).toBe(0);
    expect(await readJson(out)).toEqual(await readJson(ws.outFile));
    expect(await exportCommand(["--format", "json", "--store", join(ws.root, "absent.db"), "--out", out])).toBe(1);
  });
});

describe("kg build with a bad store", () => {
  it("fails with the store's reason and leaves graph.json as it was", async () => {
    const ws = await createWorkspace({ "alpha.txt": ALPHA });
    await buildGraph(ws.options({ store: null }));
    const before = await readFile(ws.outFile, "utf8");
    const notADatabase = join(ws.root, "notes.db");
    await writeFile(notADatabase, "plain text, not a database\n");
    await ws.write("beta.txt", BETA);
    await expect(buildGraph(ws.options({ store: notADatabase }))).rejects.toThrow(
      /cannot write the graph store: .*notes\.db is not a SQLite database/,
    );
    expect(await readFile(ws.outFile, "utf8")).toBe(before);
  });
});
