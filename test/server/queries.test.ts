// Query families over real HTTP against the fixture graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphqlResponse, Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string; label: string }[];
}

interface EdgeListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  rows: { id: string; category: string; [field: string]: unknown }[];
}

let h: Harness;
beforeAll(async () => {
  h = await startFixtureServer();
});
afterAll(() => h.close());

describe("entity lookup", () => {
  it("finds by id, by name and by alias (case- and accent-insensitive), null when unknown", async () => {
    const { data, errors } = await h.gql(`{
      byId: entity(id: "e:orsin") { id label type aliases roles degree pagerank community x y size curated mentionCount }
      byName: entity(name: "dario orsin") { id }
      byAlias: entity(name: "ORSIN") { id }
      accents: entity(name: "zurich group") { id label }
      unknown: entity(id: "nope") { id }
      country: entity(name: "Valdoria") { iso type documents { id } newest: documents(first: 1) { id date } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.byId).toMatchObject({ id: "e:orsin", label: "Dario Orsin", type: "PERSON", roles: ["President"] });
    expect(data!.byId.aliases).toContain("Orsin");
    expect(data!.byName.id).toBe("e:orsin");
    expect(data!.byAlias.id).toBe("e:orsin");
    expect(data!.accents).toEqual({ id: "e:zurich", label: "Zürich Group" });
    expect(data!.unknown).toBeNull();
    expect(data!.country).toMatchObject({ iso: "XV", type: "COUNTRY" });
    expect(data!.country.documents.map((d: { id: string }) => d.id)).toEqual(["doc:refugees", "doc:aldmere"]);
    expect(data!.country.newest).toEqual([{ id: "doc:refugees", date: "2022-09-27" }]);
  });

  it("answers null, not an error, when given neither id nor name", async () => {
    const { data, errors } = await h.gql(
      `query($id: ID, $name: String) { a: entity(id: $id) { id } b: entity(name: $name) { id } }`,
      {
        id: null,
        name: "Orsin",
      },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: { id: "e:orsin" } });
  });
});

describe("search", () => {
  const search = async (query: string, extra = "") =>
    (await h.gql(`{ search(query: ${JSON.stringify(query)}${extra}) { entity { id } score matched } }`)).data!
      .search as { entity: { id: string }; score: number; matched: string }[];

  it("ranks exact before prefix before fuzzy, then by PageRank", async () => {
    const hits = await search("aldmere");
    // exact "Aldmere" first, then the prefix match "Aldmere police"
    expect(hits.map((h) => h.entity.id)).toEqual(["e:aldmere", "e:police"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    const val = await search("va");
    // prefix of Valdoria and of Valerian-Tomas Venkov: PageRank decides
    expect(val.map((h) => h.entity.id).slice(0, 2)).toEqual(["e:valdoria", "e:venkov"]);
  });

  it("is accent-insensitive both ways", async () => {
    expect((await search("zurich"))[0]!.entity.id).toBe("e:zurich");
    expect((await search("ZÜRICH GROUP"))[0]).toMatchObject({ entity: { id: "e:zurich" }, matched: "Zürich Group" });
    expect((await search("Valdoría"))[0]!.entity.id).toBe("e:valdoria");
  });

  it("matches word prefixes and misspellings", async () => {
    expect((await search("venk"))[0]!.entity.id).toBe("e:venkov");
    const fuzzy = await search("Orsn");
    expect(fuzzy[0]).toMatchObject({ entity: { id: "e:orsin" }, matched: "Orsin" });
    expect(fuzzy[0]!.score).toBeLessThan(0.7);
    expect((await search("Valdora"))[0]!.entity.id).toBe("e:valdoria");
    expect(await search("qqqqqqq")).toEqual([]);
  });

  it("filters by type and caps the limit", async () => {
    const hits = await search("a", ", types: [LOCATION]");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((x) => ["e:aldmere", "e:arvenna"].includes(x.entity.id))).toBe(true);
    expect(await search("aldmere", ", limit: 1")).toHaveLength(1);
    const { errors } = await h.gql(`{ search(query: "a", limit: 1000) { score } }`);
    expect(errors?.[0]?.message).toMatch(/limit/);
  });
});

describe("entities connection", () => {
  const page = `query($first: Int, $after: String, $filter: EntityFilter, $orderBy: EntityOrder) {
    entities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id label }
    }
  }`;

  it("pages through every entity with opaque cursors", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const response: GraphqlResponse<{ entities: Connection }> = await h.gql(page, { first: 4, after });
      const c: Connection = response.data!.entities;
      expect(c.totalCount).toBe(11);
      seen.push(...c.nodes.map((n: { id: string }) => n.id));
      expect(c.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(c.nodes.map((n: { id: string }) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      expect(c.pageInfo.endCursor).not.toMatch(/^\d+$/);
      after = c.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it("rejects bad cursors and cursors of another list clearly", async () => {
    const bad = await h.gql(page, { after: "not-a-cursor!" });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(bad.errors?.[0]?.message).toMatch(/Invalid cursor/);
    const docs = await h.gql(`{ documents(first: 1) { pageInfo { endCursor } } }`);
    const other = await h.gql(page, { after: docs.data!.documents.pageInfo.endCursor });
    expect(other.errors?.[0]?.message).toMatch(/documents/);
  });

  it("sorts by PageRank, name and degree", async () => {
    const pr = await h.gql(page, { first: 3, orderBy: { field: "PAGERANK" } });
    expect(pr.data!.entities.nodes.map((n: { id: string }) => n.id)).toEqual(["e:valdoria", "e:orsin", "e:venkov"]);
    // NAME reads A to Z by default and under ASC (case, accents and punctuation aside), Z to A under DESC.
    const labels = (r: { data?: { entities: { nodes: { label: string }[] } } | null }) =>
      r.data!.entities.nodes.map((n) => n.label);
    const byName = labels(await h.gql(page, { first: 2, orderBy: { field: "NAME" } }));
    expect(byName).toEqual(["Aldmere", "Aldmere police"]);
    const all = labels(await h.gql(page, { first: 100, orderBy: { field: "NAME", direction: "ASC" } }));
    expect(all.slice(0, 2)).toEqual(byName);
    expect(all.indexOf("<img src=x onerror=alert(1)>")).toBeGreaterThan(all.indexOf("Aldmere"));
    const desc = labels(await h.gql(page, { first: 100, orderBy: { field: "NAME", direction: "DESC" } }));
    expect(desc).toEqual([...all].reverse());
    const deg = await h.gql(page, { first: 1, orderBy: { field: "DEGREE", direction: "ASC" } });
    expect(deg.data!.entities.nodes[0].id).toBe("e:lonely");
  });

  it("filters by type, community, document and degree", async () => {
    const types = await h.gql(page, { filter: { types: ["COUNTRY"] } });
    expect(types.data!.entities.totalCount).toBe(2);
    const community = await h.gql(page, { filter: { community: 2 } });
    expect(community.data!.entities.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      "e:aldmere",
      "e:fenwick",
      "e:police",
    ]);
    const doc = await h.gql(page, { filter: { document: "doc:refugees", types: ["PERSON"] } });
    expect(doc.data!.entities.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["e:venkov", "e:xss"]);
    const degree = await h.gql(page, { filter: { minDegree: 4 } });
    expect(degree.data!.entities.nodes.map((n: { id: string }) => n.id)).toEqual(["e:valdoria"]);
  });
});

describe("relations", () => {
  const page = `query($first: Int, $after: String, $filter: RelationFilter, $orderBy: RelationOrder) {
    relations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id category label confidence weight date source { id } target { id } }
    }
  }`;
  const ids = (r: { data?: { relations: { nodes: { id: string }[] } } }) =>
    r.data!.relations.nodes.map((n) => n.id).sort();

  it("filters by category, co-occurrence, confidence, document, date, entity type and community", async () => {
    expect((await h.gql(page, {})).data!.relations.totalCount).toBe(10);
    expect(ids(await h.gql(page, { filter: { categories: ["ROLE"] } }))).toEqual(["r2", "r8"]);
    expect((await h.gql(page, { filter: { excludeCoOccurrence: true } })).data!.relations.totalCount).toBe(9);
    const confident = await h.gql(page, { filter: { minConfidence: 0.8 } });
    expect(confident.data!.relations.nodes.every((n: { confidence: number }) => n.confidence >= 0.8)).toBe(true);
    expect(ids(await h.gql(page, { filter: { document: "doc:refugees" } }))).toEqual(["r10", "r8", "r9"]);
    // r3 has its own date (2022-09-20); others fall back to their document's date
    expect(ids(await h.gql(page, { filter: { from: "2022-09-19", to: "2022-09-21" } }))).toEqual(["r3"]);
    expect(ids(await h.gql(page, { filter: { from: "2022-09-25" } }))).toEqual(["r10", "r8", "r9"]);
    expect((await h.gql(page, { filter: { from: "2022-09" } })).data!.relations.totalCount).toBe(10);
    expect(ids(await h.gql(page, { filter: { entityTypes: ["ORGANIZATION"] } }))).toEqual(["r1", "r10", "r7", "r9"]);
    // Both ends in the community: r3 and r5 join community 1 to community 0 and are left out.
    expect(ids(await h.gql(page, { filter: { community: 1 } }))).toEqual(["r2"]);
    expect(ids(await h.gql(page, { filter: { community: 2 } }))).toEqual(["r1", "r7"]);
    const badDate = await h.gql(page, { filter: { from: "last tuesday" } });
    expect(badDate.errors?.[0]?.message).toMatch(/ISO date/);
  });

  it("sorts by confidence, weight and date", async () => {
    const conf = await h.gql(page, { first: 10, orderBy: { field: "CONFIDENCE", direction: "ASC" } });
    const values = conf.data!.relations.nodes.map((n: { confidence: number }) => n.confidence);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const weight = await h.gql(page, { first: 10, orderBy: { field: "WEIGHT" } });
    const weights = weight.data!.relations.nodes.map((n: { weight: number }) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    // DATE sorts by firstDate: the relation's own date (r3), else its first dated document's.
    const dated = await h.gql(`{ relations(first: 10, orderBy: { field: DATE }) { nodes { id date firstDate } } }`);
    const rows = dated.data!.relations.nodes as { id: string; date: string | null; firstDate: string | null }[];
    const firstDates = rows.map((n) => n.firstDate ?? "");
    expect(firstDates).toEqual([...firstDates].sort().reverse());
    expect(rows.find((n) => n.id === "r3")).toMatchObject({ date: "2022-09-20", firstDate: "2022-09-20" });
    for (const n of rows.filter((r) => r.date !== null)) expect(n.firstDate).toBe(n.date);
    expect(rows.some((n) => n.date === null && n.firstDate !== null)).toBe(true);
  });

  it("returns evidence with its document, sentence offsets, trigger and the mentions in it", async () => {
    const { data, errors } = await h.gql(`{ relation(id: "r1") {
      category label source { label } target { label }
      evidence { start end text trigger { start end } document { id title text } mentions { text start end entity { id } } }
    } missing: relation(id: "zzz") { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.missing).toBeNull();
    const ev = data!.relation.evidence[0];
    expect(ev.text).toBe("Aldmere police detained Liora Fenwick at the airport.");
    expect(ev.document.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.document.text.slice(ev.trigger.start, ev.trigger.end)).toBe("detained");
    expect(ev.mentions.map((m: { entity: { id: string } }) => m.entity.id)).toEqual(["e:police", "e:fenwick"]);
    for (const m of ev.mentions) expect(ev.document.text.slice(m.start, m.end)).toBe(m.text);
  });

  it("lists an entity's relations with a filter", async () => {
    const { data } = await h.gql(`{ entity(id: "e:valdoria") {
      all: relations { id } roles: relations(filter: { categories: [ROLE] }) { id } one: relations(first: 1) { id }
    } }`);
    expect(data!.entity.all).toHaveLength(4);
    expect(data!.entity.roles).toEqual([{ id: "r8" }]);
    expect(data!.entity.one).toHaveLength(1);
  });

  it("gives each entity of a list its own relations (read for the whole list at once)", async () => {
    const list = await h.gql(`{ entities(first: 5) { nodes { id relations(first: 3) { id firstDate } } } }`);
    const nodes = list.data!.entities.nodes as { id: string; relations: { id: string }[] }[];
    expect(nodes.some((n) => n.relations.length > 0)).toBe(true);
    for (const node of nodes) {
      const one = await h.gql(`query($id: ID!) { entity(id: $id) { relations(first: 3) { id firstDate } } }`, {
        id: node.id,
      });
      expect(node.relations).toEqual(one.data!.entity.relations);
    }
  });
});

describe("neighbourhood and paths", () => {
  it("returns the neighbourhood to a depth, with positions, and the relations among its nodes", async () => {
    const q = `query($id: ID!, $depth: Int, $limit: Int, $filter: RelationFilter) {
      neighborhood(id: $id, depth: $depth, limit: $limit, filter: $filter) { nodes { id x y } edges { id source { id } target { id } } truncated }
    }`;
    const one = (await h.gql(q, { id: "e:fenwick", depth: 1 })).data!.neighborhood;
    expect(one.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["e:fenwick", "e:police"]);
    expect(one.edges.map((e: { id: string }) => e.id)).toEqual(["r1"]);
    const two = (await h.gql(q, { id: "e:fenwick", depth: 2 })).data!.neighborhood;
    expect(two.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["e:aldmere", "e:fenwick", "e:police"]);
    expect(two.edges).toHaveLength(2);
    expect(typeof two.nodes[0].x).toBe("number");
    const cut = (await h.gql(q, { id: "e:valdoria", depth: 3, limit: 3 })).data!.neighborhood;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const filtered = (await h.gql(q, { id: "e:valdoria", depth: 1, filter: { categories: ["ROLE"] } })).data!
      .neighborhood;
    expect(filtered.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["e:valdoria", "e:venkov"]);
    const unknown = await h.gql(q, { id: "nope" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const deep = await h.gql(q, { id: "e:fenwick", depth: 50 });
    expect(deep.errors?.[0]?.message).toMatch(/depth/);
  });

  it("finds shortest paths ignoring direction, optionally over some categories only", async () => {
    const q = `query($from: ID!, $to: ID!, $categories: [RelationCategory!], $maxPaths: Int) {
      shortestPath(from: $from, to: $to, categories: $categories, maxPaths: $maxPaths) { length nodes { id } edges { id } }
    }`;
    const all = (await h.gql(q, { from: "e:fenwick", to: "e:orsin", maxPaths: 5 })).data!.shortestPath;
    expect(all).toHaveLength(2);
    for (const p of all) {
      expect(p.length).toBe(5);
      expect(p.nodes[0].id).toBe("e:fenwick");
      expect(p.nodes[5].id).toBe("e:orsin");
      expect(p.edges).toHaveLength(5);
    }
    const one = (await h.gql(q, { from: "e:fenwick", to: "e:orsin" })).data!.shortestPath;
    expect(one).toHaveLength(1);
    const noCooc = (
      await h.gql(q, {
        from: "e:fenwick",
        to: "e:orsin",
        maxPaths: 5,
        categories: ["VIOLENCE", "LOCATION", "PART_OF", "ROLE", "ASSOCIATION"],
      })
    ).data!.shortestPath;
    expect(noCooc).toHaveLength(1);
    expect(noCooc[0].nodes.map((n: { id: string }) => n.id)).toContain("e:venkov");
    expect((await h.gql(q, { from: "e:fenwick", to: "e:lonely" })).data!.shortestPath).toEqual([]);
    expect((await h.gql(q, { from: "e:fenwick", to: "e:fenwick" })).data!.shortestPath[0].length).toBe(0);
    expect((await h.gql(q, { from: "e:fenwick", to: "nope" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("documents, stats, edge list, exports", () => {
  it("returns a document with its text and mentions sorted by offset", async () => {
    const { data } = await h.gql(`{ document(id: "doc:refugees") {
      id title publisher date file wordCount text mentions { start end text sentence entity { id } } entities { id }
    } documents { totalCount nodes { id date } } none: document(id: "x") { id } }`);
    const doc = data!.document;
    expect(doc).toMatchObject({ title: "Venkov on refugees", date: "2022-09-27", file: "refugees.md" });
    const starts = doc.mentions.map((m: { start: number }) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.entities.map((e: { id: string }) => e.id)).toContain("e:xss");
    expect(data!.documents.totalCount).toBe(2);
    expect(data!.documents.nodes[0].id).toBe("doc:refugees"); // newest first
    expect(data!.none).toBeNull();
  });

  it("reports stats", async () => {
    const { data } = await h.gql(`{ stats {
      entityCount relationCount documentCount builtAt entitiesByType { type count } relationsByCategory { category count }
      communities(first: 2) { id size topMembers(first: 1) { id } }
    } }`);
    expect(data!.stats).toMatchObject({ entityCount: 11, relationCount: 10, documentCount: 2 });
    expect(data!.stats.entitiesByType).toContainEqual({ type: "PERSON", count: 4 });
    expect(data!.stats.relationsByCategory).toContainEqual({ category: "LOCATION", count: 3 });
    expect(data!.stats.communities).toHaveLength(2);
    expect(data!.stats.communities[0].topMembers).toEqual([{ id: "e:valdoria" }]);
  });

  it("pages a flat edge list for notebooks, without MENTIONS", async () => {
    const q = `query($after: String, $filter: RelationFilter) { edgeList(first: 4, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      rows { id source target sourceLabel targetLabel sourceType targetType category label weight confidence date }
    } }`;
    const rows: { id: string; category: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response: GraphqlResponse<{ edgeList: EdgeListPage }> = await h.gql(q, { after });
      const page = response.data!.edgeList;
      expect(page.totalCount).toBe(10);
      rows.push(...page.rows);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(rows).toHaveLength(10);
    expect(rows.some((r) => r.category === "MENTIONS")).toBe(false);
    expect(rows.find((r) => r.id === "r1")).toMatchObject({
      source: "e:police",
      sourceLabel: "Aldmere police",
      targetType: "PERSON",
      date: "2022-09-23",
    });
    const roles = (await h.gql(q, { filter: { categories: ["ROLE"] } })).data!.edgeList;
    expect(roles.totalCount).toBe(2);
    const tooMany = await h.gql(`{ edgeList(first: 5001) { totalCount } }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/first/);
  });

  it("gives export URLs on this server", async () => {
    const { data } = await h.gql(`{ exports { gexf graphml nodesCsv edgesCsv json } }`);
    expect(data!.exports.gexf).toBe(`${h.server.url}/export/graph.gexf`);
    expect(data!.exports.json).toBe(`${h.server.url}/export/graph.json`);
  });
});
