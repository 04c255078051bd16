// The explorer's overview query: the most central entities and the relations among them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";

interface Sub {
  truncated: boolean;
  nodes: { id: string; type: string }[];
  edges: { id: string; category: string; source: { id: string }; target: { id: string } }[];
}

let h: Harness;
beforeAll(async () => {
  h = await startFixtureServer();
});
afterAll(() => h.close());

const Q = `query($limit: Int, $cooc: Boolean, $types: [EntityType!]) {
  overview(limit: $limit, includeCoOccurrence: $cooc, types: $types) {
    truncated nodes { id type } edges { id category source { id } target { id } }
  }
  top: entities(first: 500, orderBy: { field: PAGERANK }) { totalCount nodes { id type } }
}`;

describe("overview", () => {
  it("returns the most central entities and only the typed relations among them", async () => {
    const { data, errors } = await h.gql(Q, { limit: 4 });
    expect(errors).toBeUndefined();
    const sub = data!.overview as Sub;
    const top = (data!.top as { totalCount: number; nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(sub.nodes.map((n) => n.id)).toEqual(top.slice(0, 4));
    expect(sub.truncated).toBe((data!.top as { totalCount: number }).totalCount > 4);
    const ids = new Set(sub.nodes.map((n) => n.id));
    for (const e of sub.edges) {
      expect(ids.has(e.source.id) && ids.has(e.target.id)).toBe(true);
      expect(e.category).not.toBe("CO_OCCURRENCE");
    }
  });

  it("adds co-occurrence when asked, filters by type, and names the argument when out of range", async () => {
    const all = (await h.gql(Q, { limit: 5000, cooc: true })).data!.overview as Sub;
    const typed = (await h.gql(Q, { limit: 5000 })).data!.overview as Sub;
    expect(all.truncated).toBe(false);
    expect(all.edges.some((e) => e.category === "CO_OCCURRENCE")).toBe(true);
    expect(all.edges.filter((e) => e.category !== "CO_OCCURRENCE").length).toBe(typed.edges.length);
    const people = (await h.gql(Q, { limit: 5000, types: ["PERSON"] })).data!.overview as Sub;
    expect(people.nodes.length).toBeGreaterThan(0);
    expect(people.nodes.every((n) => n.type === "PERSON")).toBe(true);
    const bad = await h.gql(Q, { limit: 0 });
    expect(bad.errors?.[0]?.message).toMatch(/"limit" must be an integer from 1 to 5000/);
  });
});
