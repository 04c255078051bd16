// Subgraph.nodeColumns / edgeColumns and Relation.sourceId / targetId: the same rows as the object fields, as
// columns, with a focus's own relations and the others as separate pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";

interface Objects {
  nodes: { id: string; label: string; type: string; degree: number; pagerank: number; x: number; y: number }[];
  edges: {
    id: string;
    category: string;
    weight: number;
    firstDate: string | null;
    source: { id: string };
    target: { id: string };
    sourceId: string;
    targetId: string;
  }[];
}
interface Columns {
  nodeColumns: {
    id: string[];
    label: string[];
    type: string[];
    degree: number[];
    pagerank: number[];
    x: number[];
    y: number[];
  };
  edgeColumns: {
    totalCount: number;
    id: string[];
    sourceId: string[];
    targetId: string[];
    category: string[];
    weight: number[];
    firstDate: (string | null)[];
  };
}

const Q = `query($id: ID!, $touching: ID, $notTouching: ID, $offset: Int, $first: Int) {
  neighborhood(id: $id, depth: 2, limit: 2000) {
    nodes { id label type degree pagerank x y }
    edges { id category weight firstDate source { id } target { id } sourceId targetId }
    nodeColumns { id label type degree pagerank x y }
    edgeColumns(touching: $touching, notTouching: $notTouching, offset: $offset, first: $first) {
      totalCount id sourceId targetId category weight firstDate
    }
  }
}`;

let h: Harness;
let hub: string;
beforeAll(async () => {
  h = await startFixtureServer();
  const top = await h.gql(`{ entities(first: 1) { nodes { id } } }`);
  hub = (top.data!.entities as { nodes: { id: string }[] }).nodes[0]!.id;
});
afterAll(() => h.close());

async function ask(vars: Record<string, unknown>): Promise<Objects & Columns> {
  const { data, errors } = await h.gql(Q, { id: hub, ...vars });
  expect(errors).toBeUndefined();
  return data!.neighborhood as Objects & Columns;
}

describe("subgraph columns", () => {
  it("hold the same entities and relations as the object fields, in the same order", async () => {
    const sub = await ask({});
    expect(sub.edges.length).toBeGreaterThan(2);
    const n = sub.nodeColumns;
    expect(n.id).toEqual(sub.nodes.map((e) => e.id));
    expect(n.label).toEqual(sub.nodes.map((e) => e.label));
    expect(n.type).toEqual(sub.nodes.map((e) => e.type));
    expect(n.degree).toEqual(sub.nodes.map((e) => e.degree));
    expect(n.pagerank).toEqual(sub.nodes.map((e) => e.pagerank));
    expect(n.x).toEqual(sub.nodes.map((e) => e.x));
    const c = sub.edgeColumns;
    expect(c.totalCount).toBe(sub.edges.length);
    expect(c.id).toEqual(sub.edges.map((r) => r.id));
    expect(c.sourceId).toEqual(sub.edges.map((r) => r.source.id));
    expect(c.targetId).toEqual(sub.edges.map((r) => r.target.id));
    expect(sub.edges.map((r) => r.sourceId)).toEqual(sub.edges.map((r) => r.source.id));
    expect(sub.edges.map((r) => r.targetId)).toEqual(sub.edges.map((r) => r.target.id));
    expect(c.category).toEqual(sub.edges.map((r) => r.category));
    expect(c.weight).toEqual(sub.edges.map((r) => r.weight));
    expect(c.firstDate).toEqual(sub.edges.map((r) => r.firstDate));
  });

  it("split into the focus's own relations and the others, and page", async () => {
    const all = (await ask({})).edgeColumns;
    const own = (await ask({ touching: hub })).edgeColumns;
    const rest = (await ask({ notTouching: hub })).edgeColumns;
    expect(own.totalCount).toBeGreaterThan(0);
    expect(rest.totalCount).toBeGreaterThan(0);
    own.id.forEach((_, i) => expect([own.sourceId[i], own.targetId[i]]).toContain(hub));
    rest.id.forEach((_, i) => expect([rest.sourceId[i], rest.targetId[i]]).not.toContain(hub));
    expect(new Set([...own.id, ...rest.id])).toEqual(new Set(all.id));
    expect(own.totalCount + rest.totalCount).toBe(all.totalCount);
    // Pages of 2: concatenated, the whole list in order; the total counts every match.
    const pages: string[] = [];
    for (let offset = 0; offset < all.totalCount; offset += 2) {
      const page = (await ask({ offset, first: 2 })).edgeColumns;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.id.length).toBeLessThanOrEqual(2);
      pages.push(...page.id);
    }
    expect(pages).toEqual(all.id);
  });

  it("names the argument when a page is out of range", async () => {
    const bad = await h.gql(Q, { id: hub, first: 20001 });
    expect(bad.errors?.[0]?.message).toMatch(/"first" must be an integer from 0 to 20000/);
    const neg = await h.gql(Q, { id: hub, offset: -1 });
    expect(neg.errors?.[0]?.message).toMatch(/"offset" must be an integer from 0 to 20000/);
  });
});
