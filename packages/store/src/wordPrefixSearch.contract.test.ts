// Word-prefix search (namesWithPrefix of one word) on both engines: the top names by PageRank exactly, however
// many names and distinct words a prefix matches, following PageRank and type changes and removed entities.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeSearchText } from "@newskg/graph-model";
import type { EntityAttributes, SerializedKnowledgeGraph } from "@newskg/graph-model";
import { openStore } from "./openStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { entityKey, syntheticGraph } from "./testing/syntheticGraph.js";

let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-word-prefix-"));

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

const SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vel", "sa", "du", "nor", "bel", "qui", "zan"];
const SECOND = ["Vessel", "Vesta", "Vendor"];
const EXTRA = 300;

/**
 * The synthetic graph with EXTRA more entities: 60 distinct first words all starting "ta" (more distinct words than
 * the search reads one by one), three second words starting "ve" (each in a hundred names), PageRank with ties.
 */
function graphWith(rank: (i: number) => number, keep: (i: number) => boolean = () => true): SerializedKnowledgeGraph {
  const graph = syntheticGraph({ documents: 2 });
  const template = graph.nodes.find((n) => n.key === entityKey(0))!.attributes as EntityAttributes;
  for (let i = 0; i < EXTRA; i++) {
    if (!keep(i)) continue;
    const first = `Ta${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 5]}`;
    graph.nodes.push({
      key: `e:x${i}`,
      attributes: {
        ...template,
        type: i % 4 === 0 ? "PERSON" : "ORGANIZATION",
        label: `${first} ${SECOND[i % 3]}`,
        aliases: i % 10 === 0 ? [`${first} ${SECOND[i % 3]}`, `Vex ${first}`] : [],
        mentions: [],
        docs: [],
        mentionCount: 0,
        pagerank: rank(i),
      },
    });
  }
  return graph;
}

/** The expected answer, worked out from the graph: names with a word starting with the prefix, strongest first. */
function expected(graph: SerializedKnowledgeGraph, prefix: string, types: string[], limit: number): string[] {
  const rows: { id: string; ord: number; pagerank: number; display: string }[] = [];
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (a.kind !== "entity" || (types.length > 0 && !types.includes(a.type))) continue;
    const seen = new Set<string>();
    for (const display of [a.label, ...a.aliases]) {
      const norm = normalizeSearchText(display);
      if (!norm || seen.has(norm)) continue;
      const ord = seen.size;
      seen.add(norm);
      if (norm.split(" ").some((w) => w.startsWith(prefix)))
        rows.push({ id: node.key, ord, pagerank: a.pagerank, display });
    }
  }
  return rows
    .sort((x, y) => y.pagerank - x.pagerank || (x.id < y.id ? -1 : x.id > y.id ? 1 : x.ord - y.ord))
    .slice(0, limit)
    .map((r) => `${r.id} ${r.display}`);
}

describe.each([
  { engine: "sqlite", newSpec: async () => join(tempDir, "prefix.db") },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const)("word-prefix search on $engine", ({ newSpec }) => {
  it("lists the strongest names exactly and follows rescores, type changes and removals", async () => {
    const store = await openStore(await newSpec());
    try {
      const reader = store.reader();
      const check = async (graph: SerializedKnowledgeGraph) => {
        for (const [prefix, types, limit] of [
          ["ta", [], 12], // 60 distinct words: the whole range is read
          ["tak", [], 7], // 5 distinct words
          ["ve", [], 25], // 3 words, a hundred names each, and the "vex" aliases
          ["vesse", ["PERSON"], 9],
          ["vex", [], 40],
          ["tu", [], 5], // nothing
        ] as const) {
          const got = await reader.namesWithPrefix(prefix, [...types], limit);
          expect(got.map((m) => `${m.entityId} ${m.display}`)).toEqual(expected(graph, prefix, [...types], limit));
        }
      };
      const first = graphWith((i) => ((i * 37) % 50) / 100);
      await store.writeBuild({ graph: first });
      await check(first);
      // Every PageRank moves (a rescore, no row content changes) and one entity changes type.
      const second = graphWith((i) => ((i * 11) % 40) / 80);
      (second.nodes.find((n) => n.key === "e:x5")!.attributes as EntityAttributes).type = "PERSON";
      await store.writeBuild({ graph: second });
      await check(second);
      // A third of the entities go.
      const third = graphWith(
        (i) => ((i * 11) % 40) / 80,
        (i) => i % 3 !== 1,
      );
      (third.nodes.find((n) => n.key === "e:x5")!.attributes as EntityAttributes).type = "PERSON";
      await store.writeBuild({ graph: third });
      await check(third);
    } finally {
      await store.close();
    }
  });

  it("fills the name words of a store written before them when migrating it", async () => {
    const spec = await newSpec();
    const graph = graphWith((i) => ((i * 37) % 50) / 100);
    const store = await openStore(spec);
    try {
      await store.writeBuild({ graph });
      // The store as migration 012 found it.
      await store.db.run("DROP TABLE name_word_ranks");
      await store.db.run("DELETE FROM schema_migrations WHERE version = 12");
    } finally {
      await store.close();
    }
    const migrated = await openStore(spec);
    try {
      const got = await migrated.reader().namesWithPrefix("ve", [], 30);
      expect(got.map((m) => `${m.entityId} ${m.display}`)).toEqual(expected(graph, "ve", [], 30));
    } finally {
      await migrated.close();
    }
  });
});
