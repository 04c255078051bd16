// Query.facets (whole-graph counts and date range under filters) and Relation.firstDate (the date the date filters
// read), checked against counts made directly from the fixture graph file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureGraph } from "./fixtureGraph.js";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";

interface Facets {
  entityCount: number;
  relationCount: number;
  entitiesByType: { type: string; count: number }[];
  relationsByCategory: { category: string; count: number }[];
  dateRange: { from: string; to: string } | null;
}

const Q = `query($e: EntityFilter, $r: RelationFilter) {
  facets(entityFilter: $e, filter: $r) {
    entityCount relationCount
    entitiesByType { type count }
    relationsByCategory { category count }
    dateRange { from to }
  }
}`;

const graph = fixtureGraph();
const docDate = new Map(
  graph.nodes.flatMap((n) => (n.attributes.kind === "document" ? [[n.key, n.attributes.date]] : [])),
);
const relations = graph.edges.filter((e) => e.attributes.category !== "MENTIONS");
const entities = graph.nodes.filter((n) => n.attributes.kind === "entity");
/** Dates as the date filter reads them: the relation's own, else all of its documents'. */
const datesOf = (e: (typeof relations)[number]): string[] =>
  e.attributes.date ? [e.attributes.date] : e.attributes.docs.flatMap((d) => docDate.get(d) ?? []);
const countBy = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
};

let h: Harness;
beforeAll(async () => {
  h = await startFixtureServer();
});
afterAll(() => h.close());

async function facets(variables: Record<string, unknown>): Promise<Facets> {
  const { data, errors } = await h.gql(Q, variables);
  expect(errors).toBeUndefined();
  return data!.facets as Facets;
}

describe("facets", () => {
  it("count every entity and relation of the graph by type and category, with the whole date range", async () => {
    const f = await facets({});
    expect(f.entityCount).toBe(entities.length);
    expect(f.relationCount).toBe(relations.length);
    expect(new Map(f.entitiesByType.map((t) => [t.type, t.count]))).toEqual(
      countBy(entities, (n) => String(n.attributes.type)),
    );
    expect(new Map(f.relationsByCategory.map((c) => [c.category, c.count]))).toEqual(
      countBy(relations, (e) => e.attributes.category),
    );
    const counts = f.relationsByCategory.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const dates = relations.flatMap(datesOf).sort();
    expect(f.dateRange).toEqual({ from: dates[0], to: dates.at(-1) });
  });

  it("apply the entity filter to entity counts and the relation filter to relation counts and dates", async () => {
    const f = await facets({ e: { types: ["PERSON"] }, r: { categories: ["ROLE"] } });
    const people = entities.filter((n) => n.attributes.type === "PERSON");
    expect(f.entityCount).toBe(people.length);
    expect(f.entitiesByType).toEqual([{ type: "PERSON", count: people.length }]);
    const roles = relations.filter((e) => e.attributes.category === "ROLE");
    expect(f.relationsByCategory).toEqual([{ category: "ROLE", count: roles.length }]);
    const dates = roles.flatMap(datesOf).sort();
    expect(f.dateRange).toEqual({ from: dates[0], to: dates.at(-1) });
  });

  it("date the relations a date filter keeps by their documents when they have no date of their own", async () => {
    const latest = [...docDate.values()].sort().at(-1)!;
    const f = await facets({ r: { from: latest } });
    const kept = relations.filter((e) => datesOf(e).some((d) => d >= latest));
    expect(kept.length).toBeGreaterThan(0);
    expect(f.relationCount).toBe(kept.length);
    expect(f.dateRange).toEqual({ from: latest, to: latest });
    // Nothing in range: no dates, no relations.
    const none = await facets({ r: { from: "2999" } });
    expect(none.relationCount).toBe(0);
    expect(none.dateRange).toBeNull();
  });

  it("name the argument of a malformed date", async () => {
    const { errors } = await h.gql(Q, { r: { to: "last week" } });
    expect(errors?.[0]?.message).toMatch(/"to" must be an ISO date/);
  });
});

describe("Relation.firstDate", () => {
  it("is the relation's own date, else its first dated document's, in every query that lists relations", async () => {
    const { data, errors } = await h.gql(`{
      overview(limit: 100, includeCoOccurrence: true) { edges { id date firstDate } }
      relations(first: 100) { nodes { id date firstDate } }
    }`);
    expect(errors).toBeUndefined();
    const expected = new Map(relations.map((e) => [e.key, e.attributes.date ?? docDate.get(e.attributes.docs[0]!)]));
    const lists = [data!.overview.edges, data!.relations.nodes] as { id: string; firstDate: string | null }[][];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) expect(r.firstDate).toBe(expected.get(r.id));
    }
    expect(lists[0]!.some((r) => !relations.find((e) => e.key === r.id)!.attributes.date)).toBe(true);
  });
});
