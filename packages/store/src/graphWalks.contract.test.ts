// Shortest paths and neighbourhoods on both engines against answers computed by brute force over a graph with hubs
// (the bidirectional search asks a hub for its relations into the other side instead of reading them all), and
// neighbor_summary against its definition through builds and changes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph, StoreRelationFilter } from "@newskg/graph-model";
import { graphChanges } from "./graphChanges.js";
import { NEIGHBOR_SUMMARY_SIZE } from "./neighborSummary.js";
import { openStore } from "./openStore.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { hubbedGraph, hubbedKey } from "./testing/hubbedGraph.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";

let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-walks-"));
let files = 0;

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

const GRAPH = { entities: 160, hubs: 3, sparse: 1, seed: 11 };

/** Undirected adjacency over the relations passing a category filter (MENTIONS never among them here). */
function adjacency(graph: SerializedKnowledgeGraph, categories: readonly string[] | null) {
  const out = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (categories && !categories.includes(e.attributes.category)) continue;
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      let set = out.get(a);
      if (!set) out.set(a, (set = new Set()));
      set.add(b);
    }
  }
  return out;
}

/** Hops between two entities and how many distinct fewest-hop entity sequences join them. */
function bfs(adj: Map<string, Set<string>>, from: string, to: string): { length: number; count: number } {
  const dist = new Map([[from, 0]]);
  const ways = new Map([[from, 1]]);
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    for (const at of frontier)
      for (const other of adj.get(at) ?? []) {
        if (!dist.has(other)) {
          dist.set(other, dist.get(at)! + 1);
          ways.set(other, 0);
          next.push(other);
        }
        if (dist.get(other) === dist.get(at)! + 1) ways.set(other, ways.get(other)! + ways.get(at)!);
      }
    frontier = next;
  }
  return dist.has(to) ? { length: dist.get(to)!, count: ways.get(to)! } : { length: -1, count: 0 };
}

/** neighbor_summary as migration 014 defines it, from a graph's relations: rows by entity, then rank. */
function summaryOf(graph: SerializedKnowledgeGraph) {
  type End = { neighbor: string; strength: number; confidence: number; key: string };
  const ends = new Map<string, End[]>();
  for (const e of graph.edges) {
    if (e.attributes.category === "MENTIONS" || e.source === e.target) continue;
    const { weight, confidence } = e.attributes;
    for (const [at, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      let list = ends.get(at);
      if (!list) ends.set(at, (list = []));
      list.push({ neighbor: other, strength: weight * confidence, confidence, key: e.key });
    }
  }
  const rows: { entity: string; ord: number; neighbor: string; strength: number }[] = [];
  for (const entity of [...ends.keys()].sort()) {
    const seen = new Set<string>();
    const list = ends
      .get(entity)!
      .sort((a, b) => b.strength - a.strength || b.confidence - a.confidence || (a.key < b.key ? -1 : 1))
      .filter((x) => !seen.has(x.neighbor) && seen.add(x.neighbor))
      .slice(0, NEIGHBOR_SUMMARY_SIZE);
    list.forEach((x, i) => rows.push({ entity, ord: i + 1, neighbor: x.neighbor, strength: x.strength }));
  }
  return rows;
}

async function storedSummary(store: SqlGraphStore) {
  const rows = await store.db.all<{ entity: string; ord: number; neighbor: string; strength: number }>(
    "SELECT entity, ord, neighbor, strength FROM neighbor_summary",
  );
  return rows
    .map((r) => ({ entity: r.entity, ord: Number(r.ord), neighbor: r.neighbor, strength: Number(r.strength) }))
    .sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.ord - b.ord));
}

describe.each([
  { engine: "sqlite", newSpec: async () => join(tempDir, `walks-${++files}.db`) },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const)("graph walks on $engine", ({ newSpec }) => {
  let store: SqlGraphStore;
  const graph = hubbedGraph(GRAPH);
  beforeAll(async () => {
    store = await openStore(await newSpec());
    await store.writeBuild({ graph });
  });
  afterAll(async () => {
    await store?.close();
  });

  it.each([
    { filter: null, categories: null },
    { filter: { categories: ["ALLIANCE"] } as StoreRelationFilter, categories: ["ALLIANCE"] },
  ])("finds every fewest-hop path through and around hubs ($categories)", async ({ filter, categories }) => {
    const adj = adjacency(graph, categories);
    const related = new Set(graph.edges.filter((e) => !categories || categories.includes(e.attributes.category)));
    const reader = store.reader();
    const pairs: [number, number][] = [];
    for (let a = 0; a < GRAPH.entities; a += 7) for (let b = 1; b < GRAPH.entities; b += 11) pairs.push([a, b]);
    let long = 0;
    for (const [a, b] of pairs) {
      const from = hubbedKey(a);
      const to = hubbedKey(b);
      const want = bfs(adj, from, to);
      const paths = await reader.shortestPaths(from, to, filter, 20);
      if (want.length < 0) {
        expect(paths).toEqual([]);
        continue;
      }
      if (want.length >= 3) long++;
      expect(new Set(paths.map((p) => p.length))).toEqual(new Set([want.length]));
      // Distinct entity sequences, as many as there are (up to 20), each a walk over allowed relations.
      expect(new Set(paths.map((p) => p.nodeIds.join(" "))).size).toBe(Math.min(20, want.count));
      for (const p of paths) {
        expect(p.nodeIds[0]).toBe(from);
        expect(p.nodeIds.at(-1)).toBe(to);
        expect(p.edges).toHaveLength(want.length);
        p.edges.forEach((edge, i) => {
          expect([edge.sourceId, edge.targetId].sort()).toEqual([p.nodeIds[i], p.nodeIds[i + 1]].sort());
          expect([...related].some((e) => e.key === edge.id)).toBe(true);
        });
      }
    }
    // The sample holds paths long enough to need a hub's probe and an expansion past it.
    expect(long).toBeGreaterThan(5);
  });

  it("keeps neighbor_summary to its definition through whole builds, changes and removed entities", async () => {
    const spec = await newSpec();
    let other = await openStore(spec);
    try {
      const big = { entities: 500, hubs: 3, sparse: 2, seed: 5 };
      const steps = [
        hubbedGraph(big),
        hubbedGraph({ ...big, variant: 1 }), // weights moved, relations dropped and added
        hubbedGraph({ ...big, variant: 2, omit: [1, 17, 230] }), // a hub and two others gone
        hubbedGraph({ ...big, variant: 3, omit: [17] }), // the hub back
      ];
      await other.writeBuild({ graph: steps[0]! });
      const first = await storedSummary(other);
      expect(first).toEqual(summaryOf(steps[0]!));
      // The hubs' lists are cut at the summary's size.
      expect(first.filter((r) => r.entity === hubbedKey(0))).toHaveLength(NEIGHBOR_SUMMARY_SIZE);
      await other.writeBuild({ graph: steps[1]! });
      expect(await storedSummary(other)).toEqual(summaryOf(steps[1]!));
      for (let i = 2; i < steps.length; i++) {
        await other.writeChanges(graphChanges(steps[i - 1]!, steps[i]!));
        expect(await storedSummary(other)).toEqual(summaryOf(steps[i]!));
      }
      // A hub's full list is kept when only relations weaker than its last entry change, and rewritten when one
      // grows past that entry.
      const last = steps.at(-1)!;
      const hub = hubbedKey(0);
      const floor = summaryOf(last).find((r) => r.entity === hub && r.ord === NEIGHBOR_SUMMARY_SIZE)!.strength;
      const related = new Set(
        last.edges.flatMap((e) => (e.source === hub ? [e.target] : e.target === hub ? [e.source] : [])),
      );
      const stranger = last.nodes.find((n) => n.key !== hub && !related.has(n.key))!.key;
      const withEdge = (confidence: number): SerializedKnowledgeGraph => ({
        ...last,
        edges: [
          ...last.edges,
          {
            key: `SUPPORT:${hub}->${stranger}`,
            source: hub,
            target: stranger,
            attributes: {
              category: "SUPPORT",
              label: "support",
              labels: ["support"],
              confidence,
              weight: 2,
              evidence: [],
              docs: [],
            },
          },
        ],
      });
      const weak = withEdge(floor / 4);
      const strong = withEdge(floor * 0.6);
      for (const [before, after] of [
        [last, weak],
        [weak, strong],
        [strong, weak],
        [weak, last],
      ] as const) {
        await other.writeChanges(graphChanges(before, after));
        expect(await storedSummary(other)).toEqual(summaryOf(after));
      }
      expect((await storedSummary(other)).filter((r) => r.entity === hub && r.neighbor === stranger)).toEqual([]);
      // A store written before migration 014 gets the table filled from its relations when it is opened.
      await other.db.run("DROP TABLE neighbor_summary");
      await other.db.run("DELETE FROM schema_migrations WHERE version = 14");
      await other.close();
      other = await openStore(spec);
      expect(await storedSummary(other)).toEqual(summaryOf(last));
    } finally {
      await other.close();
    }
  });

  it("reads the same neighbourhoods from neighbor_summary as from the relations", async () => {
    const reader = store.reader();
    for (const focus of [0, 1, 2, 3, 40, 77, 150])
      for (const [depth, limit] of [
        [1, 5],
        [1, 200],
        [2, 30],
        [2, 120],
        [3, 60],
      ] as const) {
        // An empty filter is no filter, but it is answered from the relations.
        const summary = await reader.neighbourhood(hubbedKey(focus), depth, limit, 5000, null);
        const relations = await reader.neighbourhood(hubbedKey(focus), depth, limit, 5000, {});
        expect(summary).toEqual(relations);
        expect(summary.nodeIds.length).toBeLessThanOrEqual(limit);
      }
  });
});
