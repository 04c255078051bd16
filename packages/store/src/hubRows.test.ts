// An entity named in most articles of an archive has hundreds of thousands of mention rows, and a relation between
// two such hubs as many evidence rows: writing them, whole or changed, must not pass them as call arguments.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Mention, SerializedKnowledgeGraph } from "@newskg/graph-model";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "./openStore.js";

const DEMO_GRAPH = fileURLToPath(new URL("../../../graph-data/graph.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "kg-hub-rows-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 300_000;

function hubGraph(firstText: string): SerializedKnowledgeGraph {
  const graph = JSON.parse(readFileSync(DEMO_GRAPH, "utf8")) as SerializedKnowledgeGraph;
  const hub = graph.nodes.find((n) => (n.attributes as { mentions?: Mention[] }).mentions?.length)!;
  const one = (hub.attributes as { mentions: Mention[] }).mentions[0]!;
  (hub.attributes as { mentions: Mention[] }).mentions = Array.from({ length: ROWS }, (_, i) => ({
    ...one,
    text: i === 0 ? firstText : one.text,
    start: one.start + i,
  }));
  const edge = graph.edges.find((e) => e.attributes.evidence?.length)!;
  const evidence = edge.attributes.evidence![0]!;
  edge.attributes.evidence = Array.from({ length: ROWS }, (_, i) => ({ ...evidence, start: evidence.start + i }));
  return graph;
}

describe("a hub's rows", () => {
  it("are written whole and again after a change", async () => {
    const file = join(dir, "hub.db");
    const store = await openStore(file);
    try {
      await store.writeBuild({ graph: hubGraph("first") });
      await store.writeBuild({ graph: hubGraph("changed") });
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(count("mentions")).toBeGreaterThanOrEqual(ROWS);
      expect(count("evidence")).toBeGreaterThanOrEqual(ROWS);
      expect(db.prepare("SELECT text FROM mentions WHERE ord = 0 AND text = 'changed'").all()).toHaveLength(1);
    } finally {
      db.close();
    }
  }, 120_000);
});
