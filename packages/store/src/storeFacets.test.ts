// GraphReader.facets and relations' first dates on both engines, over the synthetic graph (dated and undated relations),
// checked against counts made directly from the graph written.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedEdge } from "@newskg/graph-model";
import { openStore } from "./openStore.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";
import { startTestPostgres, type TestPostgres } from "./testing/testPostgres.js";
import { syntheticGraph } from "./testing/syntheticGraph.js";

let postgres: TestPostgres;
const tempDir = mkdtempSync(join(tmpdir(), "kg-facets-"));
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

const graph = syntheticGraph({ documents: 30 });
const docDate = new Map(
  graph.nodes.flatMap((n) =>
    n.attributes.kind === "document" && n.attributes.date ? [[n.key, n.attributes.date]] : [],
  ),
);
const relations = graph.edges.filter((e) => e.attributes.category !== "MENTIONS");
const entities = graph.nodes.filter((n) => n.attributes.kind === "entity");
const datesOf = (e: SerializedEdge): string[] =>
  e.attributes.date ? [e.attributes.date] : e.attributes.docs.flatMap((d) => docDate.get(d) ?? []);
const countBy = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
};

describe.each([
  { engine: "sqlite", newSpec: async () => join(tempDir, "facets.db") },
  { engine: "postgres", newSpec: () => postgres.createDatabase() },
] as const)("facets on $engine", ({ newSpec }) => {
  let store: SqlGraphStore;
  beforeAll(async () => {
    store = await openStore(await newSpec());
    await store.writeBuild({ graph });
  });
  afterAll(async () => {
    await store?.close();
  });

  it("count entities by type and relations by category, with the relation date range", async () => {
    expect(relations.some((e) => e.attributes.date) && relations.some((e) => !e.attributes.date)).toBe(true);
    const f = await store.reader().facets(null, null);
    expect(f.entityCount).toBe(entities.length);
    expect(f.relationCount).toBe(relations.length);
    expect(new Map(f.entitiesByType.map((t) => [t.type, t.count]))).toEqual(
      countBy(entities, (n) => String(n.attributes.type)),
    );
    expect(new Map(f.relationsByCategory.map((c) => [c.category, c.count]))).toEqual(
      countBy(relations, (e) => e.attributes.category),
    );
    const dates = relations
      .flatMap(datesOf)
      .map((d) => d.slice(0, 10))
      .sort();
    expect(f.dateRange).toEqual({ from: dates[0], to: dates.at(-1) });
  });

  it("apply each filter to its own counts", async () => {
    const f = await store.reader().facets({ types: ["PERSON"] }, { excludeCoOccurrence: true });
    expect(f.entitiesByType.map((t) => t.type)).toEqual(["PERSON"]);
    expect(f.entityCount).toBe(entities.filter((n) => n.attributes.type === "PERSON").length);
    const typed = relations.filter((e) => e.attributes.category !== "CO_OCCURRENCE");
    expect(f.relationCount).toBe(typed.length);
    expect(f.relationsByCategory.some((c) => c.category === "CO_OCCURRENCE")).toBe(false);
  });

  it("give each relation the date the date filter reads", async () => {
    const rows = await store.reader().relationsAfter(null, null, relations.length + 1);
    const dates = new Map(rows.map((r) => [r.id, r.firstDate]));
    for (const e of relations) {
      const own = e.attributes.date;
      const first = e.attributes.docs.map((d) => docDate.get(d)).find((d) => d);
      expect(dates.get(e.key) ?? null).toBe(own ?? first ?? null);
    }
  });
});
