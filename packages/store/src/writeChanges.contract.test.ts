// writeChanges on both engines: a change (articles added, edited, removed) leaves the store as a whole build of
// the resulting graph would, reads only the rows it names, and is one transaction.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import type { Db, SqlValue } from "./db.js";
import { graphChanges } from "./graphChanges.js";
import { openStore } from "./openStore.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { documentKey, entityKey, syntheticGraph, syntheticSentences } from "./testing/syntheticGraph.js";

let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-changes-"));
let files = 0;

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

/** What a reader sees of a store, beyond the graph file: counts, the build's counts, a search, a neighbourhood. */
async function seen(store: SqlGraphStore) {
  const reader = store.reader();
  const build = await store.currentBuild();
  return {
    graph: await store.readGraph(),
    counts: await reader.counts(),
    build: build && {
      documentCount: build.documentCount,
      entityCount: build.entityCount,
      relationCount: build.relationCount,
    },
    search: await reader.search("holding", null, 5),
    around: await reader.neighbourhood(entityKey(20), 2, 30, 1000, null),
    sentences: await store.db.all("SELECT doc, idx, start_offset FROM sentences ORDER BY doc, idx"),
  };
}

describe.each([
  { engine: "sqlite", newSpec: async () => join(tempDir, `changes-${++files}.db`) },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const)("writeChanges on $engine", ({ newSpec }) => {
  it("adds, edits and removes articles as a whole build of the result would", async () => {
    const changed = await openStore(await newSpec());
    const whole = await openStore(await newSpec());
    try {
      let previous = syntheticGraph({ documents: 40 });
      for (const store of [changed, whole])
        await store.writeBuild({ graph: previous, sentencesOf: syntheticSentences });
      const steps: SerializedKnowledgeGraph[] = [
        syntheticGraph({ documents: 46 }), // six articles added
        syntheticGraph({ documents: 46, editedDocuments: [3, 44] }), // two edited
        syntheticGraph({ documents: 42, editedDocuments: [3], omitDocuments: [10] }), // five removed, one restored
      ];
      for (const next of steps) {
        const change = graphChanges(previous, next);
        const report = await changed.writeChanges({ ...change, sentencesOf: syntheticSentences });
        const reference = await whole.writeBuild({ graph: next, sentencesOf: syntheticSentences });
        expect(report.version).toBe(reference.version);
        expect(report.changes).toEqual(reference.changes);
        expect(await seen(changed)).toEqual(await seen(whole));
        previous = next;
      }
      // Removing an entity takes its edges along, though the change does not list them.
      const entity = entityKey(41);
      const edges = await changed.db.all<{ key: string }>(
        "SELECT key FROM relations WHERE source = ? OR target = ? ORDER BY key",
        [entity, entity],
      );
      expect(edges.length).toBeGreaterThan(0);
      const report = await changed.writeChanges({
        attributes: previous.attributes,
        nodes: [],
        edges: [],
        removedNodes: [entity],
        removedEdges: [],
      });
      expect(report.changes.entities.deleted).toBe(1);
      expect(report.changes.relations.deleted).toBe(edges.length);
      const left = await changed.db.all("SELECT key FROM relations WHERE source = ? OR target = ?", [entity, entity]);
      expect(left).toEqual([]);
      expect((await changed.reader().entities([entity])).size).toBe(0);
      expect((await changed.currentBuild())?.entityCount).toBe((await whole.currentBuild())!.entityCount - 1);
    } finally {
      await changed.close();
      await whole.close();
    }
  });

  it("reads only the rows a change names, and rolls back whole when it fails", async () => {
    const store = await openStore(await newSpec());
    try {
      const before = syntheticGraph({ documents: 30 });
      await store.writeBuild({ graph: before, sentencesOf: syntheticSentences });
      // Every statement a write's transaction runs, on either engine (PostgreSQL hands it a pooled client).
      const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
        const statements: string[] = [];
        const write = store.db.write.bind(store.db);
        store.db.write = ((fn: (tx: Db) => Promise<unknown>) =>
          write((tx) =>
            fn(
              new Proxy(tx, {
                get: (target, name, receiver) => {
                  const value = Reflect.get(target, name, receiver) as unknown;
                  if (name !== "all" || typeof value !== "function") return value;
                  return (sql: string, params?: SqlValue[]) => {
                    statements.push(sql);
                    return (value as Db["all"]).call(target, sql, params);
                  };
                },
              }),
            ),
          )) as typeof store.db.write;
        try {
          await run();
        } finally {
          store.db.write = write;
        }
        return statements;
      };
      // A read of a graph table that is not by key (or by end, for removed nodes' edges): a whole-table scan.
      const scans = (statements: string[]) =>
        statements.filter(
          (sql) => /FROM (documents|entities|relations)\b/.test(sql) && !/WHERE|COUNT\(\*\)|MAX\(/.test(sql),
        );
      const change = graphChanges(before, syntheticGraph({ documents: 31 }));
      const changing = await statementsOf(() => store.writeChanges({ ...change, sentencesOf: syntheticSentences }));
      expect(changing.some((sql) => /FROM entities WHERE key IN/.test(sql))).toBe(true);
      expect(scans(changing)).toEqual([]);
      // writeBuild compares every row.
      const building = await statementsOf(() =>
        store.writeBuild({ graph: syntheticGraph({ documents: 31 }), sentencesOf: syntheticSentences }),
      );
      expect(scans(building).length).toBe(3);
      const version = (await store.currentBuild())!.version;
      const failing = () => {
        throw new Error("splitter crashed");
      };
      const next = graphChanges(syntheticGraph({ documents: 31 }), syntheticGraph({ documents: 33 }));
      await expect(store.writeChanges({ ...next, sentencesOf: failing })).rejects.toThrow("splitter crashed");
      expect((await store.currentBuild())!.version).toBe(version);
      expect((await store.reader().documents([documentKey(32)])).size).toBe(0);
      expect(await store.readGraph()).toEqual(syntheticGraph({ documents: 31 }));
    } finally {
      await store.close();
    }
  });
});
