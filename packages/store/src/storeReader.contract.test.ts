// The server's reads (GraphReader) on both engines, over the synthetic graph: a chain of entities (entity j and
// j+1 share document j), a hub mentioned everywhere, dated and undated relations.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  edgesCsvFormat,
  gexfFormat,
  graphmlFormat,
  nodesCsvFormat,
  toEdgesCsv,
  toGexf,
  toGraphml,
  toNodesCsv,
  normalizeSearchText,
} from "@newskg/graph-model";
import type { EntityAttributes, GraphReader, StoreRelation } from "@newskg/graph-model";
import type { Db } from "./db.js";
import { writeExport, writeGraphJson } from "./graphExport.js";
import { openStore } from "./openStore.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { ReaderPool } from "./readerPool.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { documentKey, entityKey, HUB_KEY, inventedName, syntheticGraph } from "./testing/syntheticGraph.js";

const DOCUMENTS = 40;
let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-reader-"));

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

// "sqlite, reader threads": the same reads answered by the server's reader pool (readerPool.ts).
const engines = [
  { engine: "sqlite", newSpec: async () => join(tempDir, "reader.db"), threads: false },
  { engine: "sqlite, reader threads", newSpec: async () => join(tempDir, "pooled.db"), threads: true },
  { engine: "postgres", newSpec: () => postgres.createDatabase(), threads: false },
] as const;

const ids = (list: { id: string }[]) => list.map((x) => x.id);

const labelsByName = () =>
  syntheticGraph({ documents: DOCUMENTS })
    .nodes.filter((n) => n.attributes.kind === "entity")
    .map((n) => ({ id: n.key, name: normalizeSearchText(n.attributes.label) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => e.id);

describe.each(engines)("graph reader on $engine", ({ newSpec, threads }) => {
  let spec: string;
  let store: SqlGraphStore;
  let reader: GraphReader;
  let pool: ReaderPool | null = null;
  beforeAll(async () => {
    spec = await newSpec();
    store = await openStore(spec);
    await store.writeBuild({ graph: syntheticGraph({ documents: DOCUMENTS }) });
    if (threads) {
      pool = new ReaderPool(spec, { size: 2 });
      await pool.ready();
      reader = pool.reader();
    } else reader = store.reader();
  });
  afterAll(async () => {
    await pool?.close();
    await store?.close();
  });

  it("finds names exactly, by word prefix and despite misspellings, accents folded", async () => {
    expect((await reader.namesExact("societe centrale", [], 5)).map((m) => m.entityId)).toEqual([HUB_KEY]);
    expect((await reader.namesWithPrefix("centr", [], 5)).map((m) => m.entityId)).toEqual([HUB_KEY]);
    // Every chain entity ends in a suffix word; PageRank falls along the chain.
    const suffix = inventedName(0).split(" ")[1]!.toLowerCase();
    const first = await reader.namesWithPrefix(suffix.slice(0, 4), [], 3);
    expect(first.map((m) => m.entityId)).toEqual([entityKey(0), entityKey(1), entityKey(2)]);
    const persons = await reader.namesWithPrefix(suffix, ["PERSON"], 3);
    expect(persons.map((m) => m.entityId)).toEqual([entityKey(0), entityKey(3), entityKey(6)]);
    const name = inventedName(5).toLowerCase();
    const misspelt = name.slice(0, 3) + name.slice(4); // one letter dropped
    expect((await reader.namesLike(misspelt, [], 50)).map((m) => m.entityId)).toContain(entityKey(5));
  });

  it("lists entities in the API's orders, filtered and counted", async () => {
    expect(ids(await reader.entityPage(null, "PAGERANK", false, 0, 3))).toEqual([HUB_KEY, entityKey(0), entityKey(1)]);
    expect(ids(await reader.entityPage(null, "PAGERANK", true, 0, 1))).toEqual([entityKey(DOCUMENTS)]);
    const persons = Array.from({ length: DOCUMENTS + 1 }, (_, i) => i).filter((i) => i % 3 === 0).length;
    expect(await reader.entityCount({ types: ["PERSON"] })).toBe(persons);
    expect(ids(await reader.entityPage({ document: documentKey(5) }, "PAGERANK", false, 0, 10))).toEqual([
      HUB_KEY,
      entityKey(5),
      entityKey(6),
    ]);
    const [biggest] = await reader.communities(1);
    expect(biggest).toEqual({ id: 0, size: 11 }); // entities 0-9 and the hub
    expect(ids(await reader.communityMembers(0, 2))).toEqual([HUB_KEY, entityKey(0)]);
  });

  it("lists entities by NAME A to Z under ASC, Z to A under DESC, case and accents folded", async () => {
    const expected = labelsByName();
    const total = expected.length;
    expect(ids(await reader.entityPage(null, "NAME", true, 0, total))).toEqual(expected);
    expect(ids(await reader.entityPage(null, "NAME", false, 0, 5))).toEqual(expected.reverse().slice(0, 5));
  });

  it("gives an entity's relations strongest first, both directions, filtered", async () => {
    const around = await reader.relationsOf([entityKey(5), entityKey(6)], null, 10);
    expect(ids(around.get(entityKey(5))!)).toEqual(["r:4", "r:5", "r:hub:5"]);
    expect(ids(around.get(entityKey(6))!)).toEqual(["r:5", "r:6", "r:hub:6"]);
    const support = await reader.relationsOf([entityKey(5)], { categories: ["SUPPORT"] }, 10);
    expect(ids(support.get(entityKey(5))!)).toEqual(["r:hub:5"]);
    expect(ids((await reader.relationsOf([entityKey(5)], null, 1)).get(entityKey(5))!)).toEqual(["r:4"]);
    expect(ids(await reader.relationsAmong([entityKey(4), entityKey(5), entityKey(6)], null, 10)).sort()).toEqual([
      "r:4",
      "r:5",
    ]);
    // The hub is the source of more relations than four times the set: its relations into the set are sought
    // one member at a time instead of read whole; the answer is the same.
    const withHub = [HUB_KEY, entityKey(4), entityKey(5), entityKey(6)];
    expect(ids(await reader.relationsAmong(withHub, null, 10)).sort()).toEqual(
      ["r:4", "r:5", "r:hub:4", "r:hub:5", "r:hub:6"].sort(),
    );
    expect(ids(await reader.relationsAmong(withHub, { categories: ["SUPPORT"] }, 10)).sort()).toEqual(
      ["r:hub:4", "r:hub:5", "r:hub:6"].sort(),
    );
    // Relations among a set come without their document lists, otherwise as relations(ids) gives them, with
    // filters on the index SQLite reads them by.
    const among = await reader.relationsAmong(withHub, null, 10);
    const full = await reader.relations(ids(among));
    expect(among.every((r) => !("docIds" in r))).toBe(true);
    const withoutDocs = (id: string) => {
      const row: Partial<StoreRelation> = { ...full.get(id)! };
      delete row.docIds;
      return row;
    };
    expect(among).toEqual(ids(among).map(withoutDocs));
    expect([...full.values()].some((r) => r.docIds.length > 0)).toBe(true);
    const dated = await reader.relationsAmong(withHub, { from: "2024-01-03", minConfidence: 0 }, 10);
    expect(ids(dated).every((id) => ids(among).includes(id))).toBe(true);
    // One more than `max` when there are more, so that a neighbourhood sees it was cut.
    expect(await reader.relationsAmong(withHub, null, 2)).toHaveLength(3);
    const next = (await reader.neighbours([entityKey(5)], null)).map(([, other]) => other).sort();
    expect(next).toEqual([HUB_KEY, entityKey(4), entityKey(6)].sort());
  });

  it("applies relation filters in SQL: dates (own or the documents'), document, entity types", async () => {
    // Relations dated 2024-01-03: two chain relations with that date, two hub relations whose documents have it.
    const day = { from: "2024-01-03", to: "2024-01-03" };
    expect(await reader.relationCount(day)).toBe(4);
    expect(await reader.relationCount({ from: "2024-01" })).toBe(2 * DOCUMENTS);
    expect(ids(await reader.relationPage({ document: documentKey(5) }, "CONFIDENCE", false, 0, 10))).toEqual([
      "r:5",
      "r:hub:5",
    ]);
    const touchingPersons = await reader.relationCount({ entityTypes: ["PERSON"], categories: ["SUPPORT"] });
    expect(touchingPersons).toBe(Array.from({ length: DOCUMENTS }, (_, j) => j).filter((j) => j % 3 === 0).length);
    const [hubRelation] = (await reader.relations(["r:hub:7"])).values();
    expect(hubRelation).toMatchObject({ date: null, firstDate: "2024-01-08", sourceId: HUB_KEY });
  });

  it("dates every relation row by its own date or its first dated document, and sorts by it", async () => {
    const around = (await reader.relationsOf([HUB_KEY], null, 100)).get(HUB_KEY)!;
    expect(around.find((r) => r.id === "r:hub:7")).toMatchObject({ date: null, firstDate: "2024-01-08" });
    const newest = await reader.relationPage(null, "DATE", false, 0, 2 * DOCUMENTS);
    const dates = newest.map((r) => r.firstDate ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const oldest = await reader.relationPage(null, "DATE", true, 0, 2 * DOCUMENTS);
    expect(ids(oldest)).toEqual(ids(newest).reverse());
  });

  it("pages the edge list by key to the end, without MENTIONS", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { id: string }[] = await reader.relationsAfter(null, after, 7);
      if (page.length === 0) break;
      seen.push(...ids(page));
      after = page.at(-1)!.id;
    }
    expect(seen).toHaveLength(2 * DOCUMENTS);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.every((id) => !id.startsWith("m:"))).toBe(true);
  });

  it("gives edge-list rows as the relations and their ends would, filtered and paged alike", async () => {
    let total = 0;
    for (const filter of [null, { categories: ["SUPPORT" as const] }, { minConfidence: 0.7 }])
      for (const after of [null, "r:1", "r:hub:3", "r:9"]) {
        const relations = await reader.relationsAfter(filter, after, 9);
        const ends = await reader.entities(relations.flatMap((r) => [r.sourceId, r.targetId]));
        const rows = await reader.edgeRowsAfter(filter, after, 9);
        expect(rows).toEqual(
          relations.map((r) => ({
            id: r.id,
            sourceId: r.sourceId,
            targetId: r.targetId,
            category: r.category,
            label: r.label,
            weight: r.weight,
            confidence: r.confidence,
            firstDate: r.firstDate,
            sourceLabel: ends.get(r.sourceId)!.label,
            sourceType: ends.get(r.sourceId)!.type,
            targetLabel: ends.get(r.targetId)!.label,
            targetType: ends.get(r.targetId)!.type,
          })),
        );
        total += rows.length;
      }
    expect(total).toBeGreaterThan(50);
  });

  it("reads documents, mentions and evidence", async () => {
    expect(ids(await reader.documentsOf(entityKey(5), 5))).toEqual([documentKey(5), documentKey(4)]);
    expect(await reader.entitiesIn(documentKey(5))).toEqual([entityKey(5), entityKey(6), HUB_KEY]);
    const mentions = await reader.mentionsIn(documentKey(5), null);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    const [evidence] = (await reader.evidence(["r:5"])).get("r:5")!;
    expect(await reader.mentionsIn(documentKey(5), evidence!)).toHaveLength(2);
    expect(await reader.documentsWithFile("report-5.txt")).toEqual([documentKey(5)]);
    expect(await reader.counts()).toMatchObject({
      entityCount: DOCUMENTS + 2,
      relationCount: 2 * DOCUMENTS,
      documentCount: DOCUMENTS,
    });
  });

  it("streams exports equal to the in-memory serializers, in one snapshot", async () => {
    const graph = (await store.readGraph())!;
    const collect = async (run: (db: Db, sink: (c: string) => void) => Promise<boolean>) => {
      const chunks: string[] = [];
      expect(await store.snapshotRead((db) => run(db, (c) => void chunks.push(c)))).toBe(true);
      return chunks.join("");
    };
    expect(JSON.parse(await collect(writeGraphJson))).toEqual(graph);
    expect(await collect((db, sink) => writeExport(db, gexfFormat, sink))).toBe(toGexf(graph));
    expect(await collect((db, sink) => writeExport(db, graphmlFormat, sink))).toBe(toGraphml(graph));
    expect(await collect((db, sink) => writeExport(db, nodesCsvFormat, sink))).toBe(toNodesCsv(graph));
    expect(await collect((db, sink) => writeExport(db, edgesCsvFormat, sink))).toBe(toEdgesCsv(graph));
  });

  it("fills the name index of a store written before it existed", async () => {
    await store.db.run("DELETE FROM entity_names");
    expect(await reader.namesExact("societe centrale", [], 1)).toEqual([]);
    expect(await store.backfillEntityNames()).toBeGreaterThan(DOCUMENTS);
    expect((await reader.namesExact("sc", [], 1)).map((m) => m.entityId)).toEqual([HUB_KEY]);
  });

  it("fills first_date and sort_name when migrating a store written before those columns", async () => {
    // The store as migrations 007 and 008 found it: neither column, neither recorded (nor 013's index on one).
    for (const sql of [
      "DROP INDEX relations_edge_rows",
      "DROP INDEX relations_by_date",
      "ALTER TABLE relations DROP COLUMN first_date",
      "DROP INDEX entities_sort_name",
      "ALTER TABLE entities DROP COLUMN sort_name",
      "DELETE FROM schema_migrations WHERE version IN (7, 8, 13)",
    ])
      await store.db.run(sql);
    const migrated = await openStore(spec);
    try {
      const again = migrated.reader();
      const [hubRelation] = (await again.relations(["r:hub:7"])).values();
      expect(hubRelation).toMatchObject({ date: null, firstDate: "2024-01-08" });
      expect(ids(await again.entityPage(null, "NAME", true, 0, 100))).toEqual(labelsByName());
    } finally {
      await migrated.close();
    }
  });
});

// NAME order on names that tie once folded and on punctuation, where a language collation (PostgreSQL created
// with en_US or ICU) and byte order disagree: both engines list them in byte order, as SQLite does.
describe.each([
  { engine: "sqlite", newSpec: async () => join(tempDir, "name-order.db") },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
  { engine: "postgres, ICU en-US collation", newSpec: () => postgres.createDatabase({ icuLocale: "en-US" }) },
] as const)("NAME order on $engine", ({ newSpec }) => {
  it("is byte order for ties and punctuation", async () => {
    const graph = syntheticGraph({ documents: 2 });
    const template = graph.nodes.find((n) => n.key === entityKey(0))!.attributes as EntityAttributes;
    // Folded, the first two tie ("ab c"): their ids decide, and "e:B" < "e:a" in bytes but not in English.
    for (const [key, label] of [
      ["e:a", "Ab C"],
      ["e:B", "ab c"],
      ["e:dash", "ab-c"],
      ["e:dot", "ab.c"],
      ["e:joined", "abc"],
      ["e:upper", "ABD"],
    ])
      graph.nodes.push({
        key: key!,
        attributes: { ...template, label: label!, aliases: [], mentions: [], docs: [], mentionCount: 0 },
      });
    const store = await openStore(await newSpec());
    try {
      await store.writeBuild({ graph });
      const names = graph.nodes
        .filter((n) => n.attributes.kind === "entity")
        .map((n) => ({ id: n.key, name: normalizeSearchText(n.attributes.label) }));
      const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
      const byBytes = (a: { id: string; name: string }, b: { id: string; name: string }) =>
        bytes(a.name, b.name) || bytes(a.id, b.id);
      const expected = names.sort(byBytes).map((e) => e.id);
      expect(expected.indexOf("e:B")).toBeLessThan(expected.indexOf("e:a"));
      const reader = store.reader();
      expect(ids(await reader.entityPage(null, "NAME", true, 0, 100))).toEqual(expected);
      expect(ids(await reader.entityPage(null, "NAME", false, 0, 100))).toEqual([...expected].reverse());
    } finally {
      await store.close();
    }
  });
});
