// HTTP surface: health, graph file, exports, SVG snapshot, viewer files, CORS, CSRF and the abuse limits.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_COLORS } from "@newskg/graph-model";
import { typeColor } from "../../packages/viewer/src/index.js";
import { XSS_NAME } from "./fixtureGraph.js";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";
import { xmlProblem } from "./xmlCheck.js";

let h: Harness;
let viewer: Harness;
beforeAll(async () => {
  h = await startFixtureServer();
  viewer = await startFixtureServer();
  const dist = join(viewer.dir, "dist");
  await mkdir(join(dist, "assets"), { recursive: true });
  await writeFile(join(dist, "index.html"), "<!doctype html><title>explorer</title>");
  await writeFile(join(dist, "embed.html"), "<!doctype html><title>embed</title>");
  await writeFile(join(dist, "kg-embed.js"), "console.log('widget')");
  await writeFile(join(dist, "assets", "app-1234.js"), "export {}");
  await viewer.close();
  viewer = await startFixtureServer({ staticDir: dist, graphPath: viewer.graphPath });
});
afterAll(async () => {
  await h.close();
  await viewer.close();
});

const rawStatus = (port: number, path: string) =>
  new Promise<number>((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });

const post = (url: string, body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", headers, body });

describe("health and graph file", () => {
  it("reports the loaded graph", async () => {
    const res = await fetch(`${h.server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      graphLoaded: true,
      counts: { entities: 11, relations: 10, documents: 2 },
      builtAt: "2026-01-01T00:00:00.000Z",
      error: null,
    });
  });

  it("serves graph.json as written", async () => {
    const res = await fetch(`${h.server.url}/graph.json`);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.text()).toBe(await readFile(h.graphPath, "utf8"));
    const cached = await fetch(`${h.server.url}/graph.json`, {
      headers: { "if-none-match": res.headers.get("etag")! },
    });
    expect(cached.status).toBe(304);
  });
});

describe("exports", () => {
  it("serves well-formed GEXF and GraphML", async () => {
    for (const name of ["graph.gexf", "graph.graphml"]) {
      const res = await fetch(`${h.server.url}/export/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get("content-disposition")).toContain(name);
      const xml = await res.text();
      expect(xmlProblem(xml), name).toBeNull();
      expect(xml).toContain("Zürich Group");
      expect(xml).not.toContain(XSS_NAME);
    }
  });

  it("serves CSV node and edge lists and the JSON file", async () => {
    const nodes = await (await fetch(`${h.server.url}/export/nodes.csv`)).text();
    const edges = await (await fetch(`${h.server.url}/export/edges.csv`)).text();
    expect(nodes.split("\n")[0]).toMatch(/^key,/);
    expect(nodes).toContain("Valdoria");
    expect(edges).toContain("detained");
    const json = await fetch(`${h.server.url}/export/graph.json`);
    expect(JSON.parse(await json.text()).nodes.length).toBeGreaterThan(10);
    expect((await fetch(`${h.server.url}/export/graph.xlsx`)).status).toBe(404);
  });
});

describe("SVG snapshot", () => {
  it("colours nodes like the viewer's widgets and the exports", async () => {
    const svg = await (await fetch(`${h.server.url}/embed/snapshot.svg?focus=e:zurich`)).text();
    const fill = /fill="(#[0-9a-f]{6})"><title>Zürich Group/.exec(svg)?.[1];
    expect(fill).toBe(typeColor("ORGANIZATION"));
    const gexf = await (await fetch(`${h.server.url}/export/graph.gexf`)).text();
    const node = gexf.slice(gexf.indexOf('label="Zürich Group"'));
    const [r, g, b] = /<viz:color r="(\d+)" g="(\d+)" b="(\d+)"/.exec(node)!.slice(1).map(Number);
    expect(`#${[r, g, b].map((c) => c!.toString(16).padStart(2, "0")).join("")}`).toBe(fill);
  });

  it("draws the focus neighbourhood with escaped labels", async () => {
    const res = await fetch(`${h.server.url}/embed/snapshot.svg?focus=e:xss&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/image\/svg\+xml/);
    const svg = await res.text();
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("Zürich Group");
    // The no-script image draws with the widget's palette (one palette in @newskg/graph-model).
    expect(svg).toMatch(new RegExp(`fill="${NODE_COLORS.ORGANIZATION}"><title>Zürich Group`));
    expect(svg).toMatch(new RegExp(`fill="${NODE_COLORS.PERSON}"><title>`));
    expect((svg.match(/<circle/g) ?? []).length).toBe(3); // xss - zurich - valdoria
    expect(svg).toContain("#ffffff");
  });

  it("has a dark theme, an overview without focus and a 404 image for unknown ids", async () => {
    const dark = await (await fetch(`${h.server.url}/embed/snapshot.svg?focus=e:orsin&theme=dark`)).text();
    expect(dark).toContain("#111827");
    const overview = await (await fetch(`${h.server.url}/embed/snapshot.svg`)).text();
    expect(xmlProblem(overview)).toBeNull();
    expect((overview.match(/<circle/g) ?? []).length).toBe(11);
    const missing = await fetch(`${h.server.url}/embed/snapshot.svg?focus=${encodeURIComponent("<script>")}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain("<script>");
  });
});

describe("viewer files", () => {
  it("serves the explorer, the embed page with its query string, the widget and assets", async () => {
    const root = await fetch(`${viewer.server.url}/`);
    expect(await root.text()).toContain("explorer");
    const embed = await fetch(`${viewer.server.url}/embed?focus=e:orsin&depth=2`);
    expect(embed.status).toBe(200);
    expect(embed.url).toContain("focus=e:orsin");
    expect(await embed.text()).toContain("embed");
    const widget = await fetch(`${viewer.server.url}/kg-embed.js`);
    expect(widget.headers.get("content-type")).toMatch(/javascript/);
    const asset = await fetch(`${viewer.server.url}/assets/app-1234.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${viewer.server.url}/nope.js`)).status).toBe(404);
    // fetch() normalises "..", so send raw paths
    expect(await rawStatus(viewer.server.port, "/../../etc/passwd")).toBe(404);
    expect(await rawStatus(viewer.server.port, "/..%2f..%2f..%2fetc%2fpasswd")).toBe(404);
    expect(await rawStatus(viewer.server.port, "/assets/..%2f..%2fgraph.json")).toBe(404);
  });

  it("says how to build the viewer when it is missing", async () => {
    const res = await fetch(`${h.server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("build:viewer");
  });
});

describe("GraphQL over HTTP", () => {
  it("shows the landing page to browsers, with an offline console", async () => {
    const res = await fetch(`${h.server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("embeddable-sandbox");
    expect(html).toContain("/graphql-console.js");
    const script = await fetch(`${h.server.url}/graphql-console.js`);
    expect(await script.text()).toContain("EmbeddedSandbox");
  });

  it("caches successful query responses per graph version, but not errors", async () => {
    const body = JSON.stringify({ query: `{ entity(id: "e:venkov") { label } }` });
    const headers = { "content-type": "application/json" };
    const first = await post(`${h.server.url}/graphql`, body, headers);
    const second = await post(`${h.server.url}/graphql`, body, headers);
    expect(first.headers.get("x-kg-cache")).toBeNull();
    expect(second.headers.get("x-kg-cache")).toBe("hit");
    expect(await second.json()).toEqual(await first.json());
    const bad = JSON.stringify({ query: `{ entities(first: 9999) { totalCount } }` });
    await post(`${h.server.url}/graphql`, bad, headers);
    expect((await post(`${h.server.url}/graphql`, bad, headers)).headers.get("x-kg-cache")).toBeNull();
  });

  it("answers introspection", async () => {
    const { data } = await h.gql(`{ __schema { queryType { name } } __type(name: "Entity") { fields { name } } }`);
    expect(data!.__schema.queryType.name).toBe("Query");
  });

  it("refuses malformed queries and bodies with 400", async () => {
    const syntax = await post(`${h.server.url}/graphql`, JSON.stringify({ query: "{ entity(id: " }), {
      "content-type": "application/json",
    });
    expect(syntax.status).toBe(400);
    expect((await syntax.json()).errors[0].message).toMatch(/Syntax Error/);
    const unknown = await h.gql(`{ nope }`);
    expect(unknown.status).toBe(400);
    const badJson = await post(`${h.server.url}/graphql`, "{not json", { "content-type": "application/json" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).errors[0].message).toMatch(/JSON/);
  });

  it("refuses a simple (CSRF-able) text/plain POST", async () => {
    const res = await post(`${h.server.url}/graphql`, JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "text/plain",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    const get = await fetch(`${h.server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(400);
    const getOk = await fetch(`${h.server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(await getOk.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("allows cross-origin reads and answers preflights", async () => {
    const res = await post(`${h.server.url}/graphql`, JSON.stringify({ query: "{ __typename }" }), {
      "content-type": "application/json",
      origin: "https://news.example",
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await fetch(`${h.server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://news.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
    expect(pre.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(
      (await fetch(`${h.server.url}/graph.json`, { headers: { origin: "https://x.example" } })).headers.get(
        "access-control-allow-origin",
      ),
    ).toBe("*");
  });

  it("restricts origins when configured", async () => {
    const strict = await startFixtureServer({ corsOrigins: ["https://ok.example"] });
    try {
      const ok = await fetch(`${strict.server.url}/health`, { headers: { origin: "https://ok.example" } });
      expect(ok.headers.get("access-control-allow-origin")).toBe("https://ok.example");
      const other = await fetch(`${strict.server.url}/health`, { headers: { origin: "https://evil.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await strict.close();
    }
  });
});

describe("compression", () => {
  /** A raw response (fetch would decode it): status, headers and the bytes as sent. */
  const raw = (path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ headers: Record<string, unknown>; bytes: Buffer }>((done, fail) => {
      const req = request(`${h.server.url}${path}`, { method: body ? "POST" : "GET", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      });
      req.on("error", fail);
      req.end(body);
    });

  it("compresses GraphQL answers and streamed exports when the client accepts it", async () => {
    const query = JSON.stringify({ query: "{ __schema { types { name description } } }" });
    const json = { "content-type": "application/json" };
    const br = await raw("/graphql", { ...json, "accept-encoding": "gzip, br" }, query);
    expect(br.headers["content-encoding"]).toBe("br");
    const answer = JSON.parse(brotliDecompressSync(br.bytes).toString("utf8")) as { data: { __schema: object } };
    expect(answer.data.__schema).toBeDefined();
    const plain = await raw("/graphql", json, query);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(br.bytes.length * 2);
    const gexf = await raw("/export/graph.gexf", { "accept-encoding": "gzip" });
    expect(gexf.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gexf.bytes).toString("utf8")).toMatch(/^<\?xml[\s\S]*<\/gexf>\n$/);
    const refused = await raw("/export/nodes.csv", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });
});

describe("limits", () => {
  it("refuses bodies over 1 MB with 413", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1_100_000) } });
    const res = await post(`${h.server.url}/graphql`, big, { "content-type": "application/json" });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/larger than/);
  });

  it("refuses too deep queries", async () => {
    let inner = "id";
    for (let i = 0; i < 8; i++) inner = `relations { source { ${inner} } }`;
    const res = await h.gql(`{ entity(id: "e:orsin") { ${inner} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/too deep/);
  });

  it("refuses too expensive queries and stays responsive", async () => {
    const res = await h.gql(
      `{ entities(first: 500) { nodes { relations(first: 1000) { evidence { mentions { entity { id } } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TOO_EXPENSIVE" } });
    const viaVariables = await h.gql(
      `query($n: Int) { entities(first: $n) { nodes { relations(first: $n) { source { relations(first: $n) { id } } } } } }`,
      { n: 400 },
    );
    expect(viaVariables.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
    const aliases = Array.from(
      { length: 3000 },
      (_, i) => `a${i}: neighborhood(id: "e:orsin", limit: 100) { nodes { id } }`,
    ).join(" ");
    const many = await h.gql(`{ ${aliases} }`);
    expect(many.status).toBe(400);
    expect((await h.gql(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });

  it("caps page sizes", async () => {
    expect((await h.gql(`{ entities(first: 501) { totalCount } }`)).errors?.[0]?.message).toMatch(/"first" must be/);
    expect((await h.gql(`{ entities(first: 500) { totalCount } }`)).errors).toBeUndefined();
    expect((await h.gql(`{ edgeList(first: 5000) { totalCount } }`)).errors).toBeUndefined();
    expect((await h.gql(`{ neighborhood(id: "e:orsin", limit: 100000) { truncated } }`)).errors?.[0]?.message).toMatch(
      /limit/,
    );
  });
});
