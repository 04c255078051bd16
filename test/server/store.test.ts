// The server reading the graph store on both engines: the GraphQL contract answered from a store (no graph.json),
// /graph.json served from the loaded build, each new build followed whole, a missing store reported until it
// appears, a store that goes away leaves the last good build served, and queries beyond what the server admits
// are answered 503 BUSY at once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { openStore } from "../../packages/store/src/index.js";
import {
  entityKey,
  HUB_KEY,
  startTestPostgres,
  syntheticGraph,
  syntheticSentences,
  type TestPostgres,
} from "../../packages/store/src/testing/index.js";
import { startServer, type RunningServer } from "../../packages/server/src/index.js";
import { buildGraph } from "../../packages/builder/src/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let postgres: TestPostgres;
const dir = mkdtempSync(join(tmpdir(), "kg-serve-store-"));
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function gql<T>(server: RunningServer, query: string): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Health {
  status: string;
  error: string | null;
  source: { kind: string; location: string; buildVersion: number | null };
}
const health = async (server: RunningServer) => (await (await fetch(`${server.url}/health`)).json()) as Health;

async function waitFor(check: () => Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe.each(["sqlite", "postgres"] as const)("kg serve on the %s store", (engine) => {
  let spec: string;
  let server: RunningServer;
  beforeAll(async () => {
    spec = engine === "sqlite" ? join(dir, "graph.db") : await postgres.createDatabase();
    const store = await openStore(spec);
    await store.writeBuild({ graph: syntheticGraph({ documents: 40 }), sentencesOf: syntheticSentences });
    await store.close();
    server = await startServer({
      port: 0,
      store: spec,
      graphPath: join(dir, `${engine}-export.json`), // never written: the server needs no graph.json
      staticDir: join(dir, "no-viewer"),
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers the GraphQL contract from the store", async () => {
    expect(await health(server)).toMatchObject({ status: "ok", source: { kind: engine, buildVersion: 1 } });
    const data = await gql<{
      stats: { entityCount: number; documentCount: number };
      entity: { label: string; degree: number; documents: { id: string }[] };
      search: { entity: { id: string } }[];
      neighborhood: { nodes: { id: string }[] };
      shortestPath: { nodes: { id: string }[] }[];
    }>(
      server,
      `{
        stats { entityCount documentCount }
        entity(id: "${entityKey(5)}") { label degree documents(first: 5) { id } }
        search(query: "societe centrale", limit: 3) { entity { id } }
        neighborhood(id: "${entityKey(5)}", depth: 1) { nodes { id } }
        shortestPath(from: "${entityKey(3)}", to: "${entityKey(30)}") { nodes { id } }
      }`,
    );
    expect(data.stats).toEqual({ entityCount: 42, documentCount: 40 });
    expect(data.entity.documents.map((d) => d.id).sort()).toEqual(["doc:4", "doc:5"]);
    expect(data.search[0]!.entity.id).toBe(HUB_KEY);
    expect(data.neighborhood.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([entityKey(4), entityKey(6)]));
    expect(data.shortestPath[0]!.nodes.map((n) => n.id)).toEqual([entityKey(3), HUB_KEY, entityKey(30)]);
  });

  it("serves /graph.json from the loaded build", async () => {
    const res = await fetch(`${server.url}/graph.json`);
    expect(res.status).toBe(200);
    const graph = (await res.json()) as SerializedKnowledgeGraph;
    expect(graph).toEqual(syntheticGraph({ documents: 40 }));
    const again = await fetch(`${server.url}/graph.json`, { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("answers queries it cannot admit with 503 BUSY and Retry-After, and the admitted ones in full", async () => {
    const gated = await startServer({
      port: 0,
      store: spec,
      graphPath: join(dir, `${engine}-gated.json`),
      staticDir: join(dir, "no-viewer"),
      responseCacheMb: 0, // every request executes
      gate: { active: 1, maxQueue: 0, maxWaitMs: 5000 },
    });
    try {
      const ask = async (i: number) => {
        const res = await fetch(`${gated.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } } }`,
            variables: { id: entityKey(i % 40) },
          }),
        });
        const body = (await res.json()) as { data?: { neighborhood: { nodes: unknown[] } }; errors?: unknown[] };
        return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
      };
      // Sent together: while one executes (awaiting the store) the others find no place and no queue. Until the
      // SQLite reader threads are up, the server's own connection answers each request within one turn of the
      // event loop, so nothing overlaps: rounds are sent until one shows the gate (every answer checked).
      let busy = 0;
      for (let round = 0; round < 40 && busy === 0; round++) {
        if (round > 0) await new Promise((done) => setTimeout(done, 250));
        const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => ask(i)));
        for (const a of answers) {
          if (a.status === 503) {
            busy++;
            expect(a.retryAfter).toBe("1");
            expect(a.body.errors).toEqual([
              {
                message: expect.stringMatching(/^The server is busy: 1 queries are running/),
                extensions: { code: "BUSY" },
              },
            ]);
          } else {
            expect(a.status).toBe(200);
            expect(a.body.errors).toBeUndefined();
            expect(a.body.data!.neighborhood.nodes.length).toBeGreaterThan(1);
          }
        }
      }
      expect(busy).toBeGreaterThan(0);
      expect((await ask(5)).status).toBe(200); // nothing is left holding the place
    } finally {
      await gated.close();
    }
  });

  it("follows a new build, whole", async () => {
    const store = await openStore(spec);
    await store.writeBuild({ graph: syntheticGraph({ documents: 45 }), sentencesOf: syntheticSentences });
    await store.close();
    await waitFor(async () => (await health(server)).source.buildVersion === 2, "build 2 to load");
    const data = await gql<{ stats: { entityCount: number; documentCount: number } }>(
      server,
      "{ stats { entityCount documentCount } }",
    );
    expect(data.stats).toEqual({ entityCount: 47, documentCount: 45 });
  });
});

describe("mutations on a store-backed server", () => {
  it("adds an article: the rebuild writes the store and the server loads it", async () => {
    const ws = mkdtempSync(join(tmpdir(), "kg-serve-mutate-"));
    const articlesDir = join(ws, "articles");
    mkdirSync(articlesDir);
    writeFileSync(
      join(articlesDir, "first.txt"),
      "First report\n\nMaria Lindqvist met Tomas Berg in Oslo on Monday.\n",
    );
    const spec = join(ws, "graph.db");
    const graphPath = join(ws, "graph.json");
    await buildGraph({ articlesDir, outFile: graphPath, store: spec, workers: 0, log: () => undefined });
    const server = await startServer({
      port: 0,
      store: spec,
      graphPath,
      articlesDir,
      token: "t0ken",
      buildWorkers: 0,
      staticDir: ws,
    });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer t0ken" },
        body: JSON.stringify({
          query: `mutation($input: AddArticleInput!) { addArticle(input: $input, wait: true) { status message documentId } }`,
          variables: {
            input: { title: "Second report", text: "Tomas Berg visited Bergen with Ines Moreau.", fileName: "second" },
          },
        }),
      });
      const body = (await res.json()) as { data: { addArticle: { status: string; message: string } } };
      expect(body.data.addArticle.status, body.data.addArticle.message).toBe("DONE");
      expect((await health(server)).source.buildVersion).toBe(2);
      const data = await gql<{ stats: { documentCount: number } }>(server, "{ stats { documentCount } }");
      expect(data.stats.documentCount).toBe(2);
      const store = await openStore(spec);
      expect((await store.currentBuild())!.changes.documents).toMatchObject({ inserted: 1, updated: 0, deleted: 0 });
      await store.close();
    } finally {
      await server.close();
      rmSync(ws, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("kg serve without a usable store", () => {
  it("says a store file that is not a database is not one, and answers GRAPH_UNAVAILABLE", async () => {
    const spec = join(dir, "notes.db");
    writeFileSync(spec, "these are notes, not a database\n");
    const server = await startServer({ port: 0, store: spec, graphPath: join(dir, "notes.json"), staticDir: dir });
    try {
      const first = await health(server);
      expect(first.status).toBe("error");
      expect(first.error).toMatch(/notes\.db is not a SQLite database/);
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { entityCount } }" }),
      });
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe("GRAPH_UNAVAILABLE");
      expect(body.errors?.[0]?.message).toMatch(/not a SQLite database/);
    } finally {
      await server.close();
    }
  });

  it("starts while PostgreSQL is down, says so, and serves once it is up", async () => {
    const spec = await postgres.createDatabase();
    const store = await openStore(spec);
    await store.writeBuild({ graph: syntheticGraph({ documents: 6 }) });
    await store.close();
    await postgres.stop();
    let server: RunningServer | null = null;
    try {
      server = await startServer({ port: 0, store: spec, graphPath: join(dir, "pg-down.json"), staticDir: dir });
      const first = await health(server);
      expect(first.status).toBe("error");
      expect(first.error).toMatch(/cannot reach PostgreSQL at postgres.*is the server running/);
      await postgres.start();
      const up = server;
      await waitFor(async () => (await health(up)).status === "ok", "PostgreSQL to come up");
      const data = await gql<{ stats: { documentCount: number } }>(up, "{ stats { documentCount } }");
      expect(data.stats.documentCount).toBe(6);
    } finally {
      await server?.close();
      await postgres.start().catch(() => undefined);
    }
  });

  it("reports a missing SQLite store until a build creates it", async () => {
    const spec = join(dir, "later.db");
    const server = await startServer({ port: 0, store: spec, graphPath: join(dir, "later.json"), staticDir: dir });
    try {
      const first = await health(server);
      expect(first.status).toBe("error");
      expect(first.error).toMatch(/no graph store at .*later\.db: build it with `pnpm kg build`/);
      const store = await openStore(spec);
      await store.writeBuild({ graph: syntheticGraph({ documents: 5 }) });
      await store.close();
      await waitFor(async () => (await health(server)).status === "ok", "the new store to load");
    } finally {
      await server.close();
    }
  });

  it("keeps serving the last good build while PostgreSQL is down", async () => {
    const spec = await postgres.createDatabase();
    const store = await openStore(spec);
    await store.writeBuild({ graph: syntheticGraph({ documents: 8 }) });
    await store.close();
    const server = await startServer({ port: 0, store: spec, graphPath: join(dir, "pg.json"), staticDir: dir });
    try {
      expect((await health(server)).status).toBe("ok");
      await postgres.stop();
      await waitFor(async () => (await health(server)).status === "degraded", "the outage to show");
      expect((await health(server)).error).toMatch(/PostgreSQL.*\(serving the last good graph\)/);
      const data = await gql<{ stats: { documentCount: number } }>(server, "{ stats { documentCount } }");
      expect(data.stats.documentCount).toBe(8);
      // A query that needs the store (nothing cached) says the store is gone, naming it.
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ neighborhood(id: "${entityKey(2)}", depth: 2) { nodes { id } } }` }),
      });
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code, body.errors?.[0]?.message).toBe("STORE_UNAVAILABLE");
      expect(body.errors?.[0]?.message).toMatch(/graph store is unavailable: .*PostgreSQL at postgres/);
      await postgres.start();
      await waitFor(async () => (await health(server)).status === "ok", "the store to come back");
    } finally {
      await server.close();
      await postgres.start().catch(() => undefined);
    }
  });
});
