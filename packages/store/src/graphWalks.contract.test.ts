// Shortest paths and neighbourhoods on both engines against answers computed by brute force over a graph with hubs
// (the bidirectional search asks a hub for its relations into the other side instead of reading them all).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph, StoreRelationFilter } from "@newskg/graph-model";
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
});
