// Mutations over HTTP against a graph built by the real builder: authorisation, articles in and out (rebuilt in
// the worker), curation actions, and concurrent mutations that must not lose each other's changes.
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltWorkspace } from "./buildWorkspace.js";
import { buildWorkspace } from "./buildWorkspace.js";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer, startHarness } from "./serverHarness.js";
import { scaled } from "../setup/timeouts.js";

const TOKEN = "test-token-123";
const auth = { authorization: `Bearer ${TOKEN}` };

let ws: BuiltWorkspace;
let h: Harness;
// Two invented articles (not the demo), so the test names no real person or organisation.
const CURATION_ARTICLES = fileURLToPath(new URL("./fixtures/curation-articles", import.meta.url));

beforeAll(async () => {
  const names = await readdir(CURATION_ARTICLES);
  const articles = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(CURATION_ARTICLES, n), "utf8")] as const)),
  );
  ws = await buildWorkspace(articles);
  h = await startHarness(
    { graphPath: ws.graphPath, token: TOKEN, buildWorkers: 0, staticDir: join(ws.dir, "none") },
    ws.dir,
  );
});
afterAll(() => h?.close());

const ARTICLE = `Pellucian President Ander Solberg met Valerian-Tomas Venkov in Arvenna on October 3.
Solberg said Pellucia supports closer trade with Valdoria.`;

const addArticle = `mutation($input: AddArticleInput!, $wait: Boolean) {
  addArticle(input: $input, wait: $wait) { id status message documentId }
}`;

/** Entity ids come from the builder; tests find them by name so they do not depend on its key scheme. */
const idOf = async (name: string): Promise<string> => {
  const entity = (await h.gql(`query($n: String!) { entity(name: $n) { id } }`, { n: name })).data!.entity;
  if (!entity) throw new Error(`the fixture build has no entity named ${name}`);
  return entity.id;
};

const curation = async () => JSON.parse(await readFile(ws.curationPath, "utf8")).actions as Record<string, unknown>[];

describe("authorisation", () => {
  it("disables mutations without a configured token, with a clear error", async () => {
    const open = await startFixtureServer();
    try {
      const res = await open.gql(`mutation { rejectEntity(id: "e:orsin") { ok } }`, {}, auth);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.errors?.[0]?.message).toMatch(/KG_TOKEN/);
    } finally {
      await open.close();
    }
  });

  it("needs the right bearer token; reads stay public", async () => {
    const president = await idOf("Aldo Remsky");
    const none = await h.gql(`mutation($id: ID!) { rejectEntity(id: $id) { ok } }`, { id: president });
    expect(none.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await h.gql(
      `mutation($id: ID!) { rejectEntity(id: $id) { ok } }`,
      { id: president },
      {
        authorization: "Bearer nope",
      },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await h.gql(`query($id: ID!) { entity(id: $id) { label } }`, { id: president })).data!.entity.label).toBe(
      "Aldo Remsky",
    );
    expect(await curation()).toEqual([]);
  });
});

describe("articles", () => {
  it("adds an article, rebuilds in the worker and answers with the new document", async () => {
    const res = await h.gql(
      addArticle,
      {
        input: {
          title: "Pellucia & Valdoria: talks",
          text: ARTICLE,
          publisher: "Test Wire",
          date: "2022-10-03",
          fileName: "pellucia-talks",
        },
      },
      auth,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addArticle).toMatchObject({ status: "DONE" });
    const docId = res.data!.addArticle.documentId;
    expect(docId).toBeTruthy();
    const stored = await readFile(join(ws.articlesDir, "pellucia-talks.md"), "utf8");
    expect(stored).toMatch(
      /^---\ntitle: "Pellucia & Valdoria: talks"\npublisher: "Test Wire"\ndate: 2022-10-03\n---\n/,
    );
    const doc = await h.gql(`query($id: ID!) { document(id: $id) { title date publisher mentions { text } } }`, {
      id: docId,
    });
    expect(doc.data!.document).toMatchObject({ title: "Pellucia & Valdoria: talks", date: "2022-10-03" });
    expect(doc.data!.document.mentions.map((m: { text: string }) => m.text)).toContain("Arvenna");
    expect((await h.gql(`{ stats { documentCount } }`)).data!.stats.documentCount).toBe(3);
  });

  it("queues with wait: false and reports the job", async () => {
    const res = await h.gql(
      addArticle,
      { input: { title: "Second", text: "Valdoria and Pellucia signed a deal in Port Emmerin." }, wait: false },
      auth,
    );
    expect(["QUEUED", "RUNNING"]).toContain(res.data!.addArticle.status);
    const id = res.data!.addArticle.id;
    let job: { status: string; documentId: string | null } = { status: "QUEUED", documentId: null };
    // Polled for up to 20 s times the run's factor.
    for (const until = Date.now() + scaled(20_000); !["DONE", "FAILED"].includes(job.status) && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await h.gql(`query($id: ID!) { job(id: $id) { status message documentId } }`, { id })).data!.job;
    }
    expect(job.status).toBe("DONE");
    expect((await h.gql(`{ stats { documentCount } }`)).data!.stats.documentCount).toBe(4);
    // a job that fails without changing the graph is not hidden behind a cached QUEUED answer
    const failing = await h.gql(`mutation { deleteArticle(id: "doc:none", wait: false) { id status } }`, {}, auth);
    const query = `query($id: ID!) { job(id: $id) { status } }`;
    let status = "";
    for (const until = Date.now() + scaled(2_000); status !== "FAILED" && Date.now() < until;) {
      status = (await h.gql(query, { id: failing.data!.deleteArticle.id })).data!.job.status;
      if (status !== "FAILED") await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe("FAILED");
  });

  it("refuses bad input before writing anything", async () => {
    const bad = await h.gql(addArticle, { input: { title: "x", text: "y", fileName: "../escape" } }, auth);
    expect(bad.errors?.[0]?.message).toMatch(/fileName/);
    const empty = await h.gql(addArticle, { input: { title: " ", text: "y" } }, auth);
    expect(empty.errors?.[0]?.message).toMatch(/title/);
    expect((await readdir(ws.articlesDir)).some((f) => f.includes("escape"))).toBe(false);
  });

  it("adds two articles at once without losing either", async () => {
    const [x, y] = await Promise.all([
      h.gql(
        addArticle,
        { input: { title: "Orlesca visit", text: "Milan Dravic visited Halvik and met Dario Orsin." } },
        auth,
      ),
      h.gql(
        addArticle,
        {
          input: { title: "Tarvessa border", text: "Tarvessan officials in Dunmere counted Kestovians at the border." },
        },
        auth,
      ),
    ]);
    expect(x.data!.addArticle.status).toBe("DONE");
    expect(y.data!.addArticle.status).toBe("DONE");
    const docs = (await h.gql(`{ documents { nodes { id title } } }`)).data!.documents.nodes.map(
      (d: { title: string }) => d.title,
    );
    expect(docs).toEqual(expect.arrayContaining(["Orlesca visit", "Tarvessa border"]));
  });

  it("deletes an article", async () => {
    const docs = (await h.gql(`{ documents { nodes { id file } } }`)).data!.documents.nodes as {
      id: string;
      file: string;
    }[];
    const second = docs.find((d) => d.file.startsWith("second"))!;
    const res = await h.gql(
      `mutation($id: ID!) { deleteArticle(id: $id) { status message } }`,
      { id: second.id },
      auth,
    );
    expect(res.data!.deleteArticle.status).toBe("DONE");
    expect((await h.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: second.id })).data!.document).toBeNull();
    expect(await readdir(ws.articlesDir)).not.toContain(second.file);
    const missing = await h.gql(`mutation { deleteArticle(id: "doc:nope") { status message } }`, {}, auth);
    expect(missing.data!.deleteArticle).toMatchObject({ status: "FAILED" });
  });
});

describe("curation", () => {
  it("applies concurrent renames and retypes without losing any", async () => {
    const [spokesman, ministry, agency] = await Promise.all([
      idOf("Pavel Dusek"),
      idOf("Interior Ministry"),
      idOf("Kelvane News Agency"),
    ]);
    const ministryType = (await h.gql(`query($id: ID!) { entity(id: $id) { type } }`, { id: ministry })).data!.entity
      .type;
    const newType = ministryType === "ORGANIZATION" ? "LOCATION" : "ORGANIZATION";
    const [a, b, c] = await Promise.all([
      h.gql(
        `mutation($id: ID!) { renameEntity(id: $id, label: "Pavel Dusek (spokesman)") { ok entity { id label } } }`,
        { id: spokesman },
        auth,
      ),
      h.gql(
        `mutation($id: ID!, $type: EntityType!) { retypeEntity(id: $id, type: $type, note: "the government") { ok entity { type label } } }`,
        { id: ministry, type: newType },
        auth,
      ),
      h.gql(
        `mutation($id: ID!) { renameEntity(id: $id, label: "Kelvane News Agency (wire)") { ok entity { label } } }`,
        { id: agency },
        auth,
      ),
    ]);
    expect(a.errors).toBeUndefined();
    expect(a.data!.renameEntity.entity.label).toBe("Pavel Dusek (spokesman)");
    expect(b.data!.retypeEntity.entity).toEqual({ type: newType, label: "Interior Ministry" });
    expect(c.data!.renameEntity.entity.label).toBe("Kelvane News Agency (wire)");
    const ops = await curation();
    expect(ops.map((o) => o.op).sort()).toEqual(["rename", "rename", "retype"]);
    expect(ops.find((o) => o.op === "retype")).toMatchObject({
      entity: ministry,
      note: "the government",
      by: "api",
    });
    const found = await h.gql(
      `{ a: entity(name: "Pavel Dusek (spokesman)") { id } b: entity(name: "Kelvane News Agency (wire)") { id } }`,
    );
    expect(found.data!.a).not.toBeNull();
    expect(found.data!.b).not.toBeNull();
  });

  it("adds and rejects relations, rejects and merges entities", async () => {
    const add = await h.gql(
      `mutation($input: AddRelationInput!) { addRelation(input: $input) { ok relation { id category label curated source { id } target { id } } } }`,
      {
        input: {
          source: await idOf("Jonas Velt"),
          target: await idOf("Kelvane News Agency"),
          category: "SUPPORT",
          label: "praised",
          note: "analyst's addition",
          confidence: 0.8,
        },
      },
      auth,
    );
    expect(add.errors).toBeUndefined();
    const relation = add.data!.addRelation.relation;
    expect(relation).toMatchObject({ category: "SUPPORT", label: "praised", curated: true });

    const reject = await h.gql(
      `mutation($id: ID!) { rejectRelation(id: $id) { ok message } }`,
      { id: relation.id },
      auth,
    );
    expect(reject.data!.rejectRelation.ok).toBe(true);
    expect(
      (await h.gql(`query($id: ID!) { relation(id: $id) { id } }`, { id: relation.id })).data!.relation,
    ).toBeNull();

    const palace = await idOf("Halbrook Palace");
    const gone = await h.gql(`mutation($id: ID!) { rejectEntity(id: $id) { ok } }`, { id: palace }, auth);
    expect(gone.data!.rejectEntity.ok).toBe(true);
    expect((await h.gql(`query($id: ID!) { entity(id: $id) { id } }`, { id: palace })).data!.entity).toBeNull();

    const [toskan, varro] = await Promise.all([idOf("Mirela Toskan"), idOf("Ilyas Varro")]);
    const merge = await h.gql(
      `mutation($ids: [ID!]!, $into: ID) { mergeEntities(ids: $ids, into: $into) { ok entity { id label aliases } } }`,
      { ids: [toskan, varro], into: toskan },
      auth,
    );
    expect(merge.errors).toBeUndefined();
    expect(merge.data!.mergeEntities.entity.aliases).toContain("Ilyas Varro");
    expect((await curation()).map((o) => o.op).slice(-4)).toEqual([
      "addRelation",
      "rejectRelation",
      "rejectEntity",
      "merge",
    ]);
  });

  it("refuses unknown ids without touching the curation file", async () => {
    const before = await readFile(ws.curationPath, "utf8");
    const res = await h.gql(`mutation { renameEntity(id: "person:nobody", label: "X") { ok } }`, {}, auth);
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const rel = await h.gql(
      `mutation($target: ID!) { addRelation(input: { source: "person:nobody", target: $target, category: ROLE, label: "x" }) { ok } }`,
      { target: await idOf("Halbrook") },
      auth,
    );
    expect(rel.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await readFile(ws.curationPath, "utf8")).toBe(before);
  });
});

describe("a failing rebuild", () => {
  it("reports the failure and leaves the curation file as it was", async () => {
    // The fixture graph has no articles directory behind it, so the builder refuses to build.
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const missing = join(await mkdtemp(join(tmpdir(), "newskg-noarticles-")), "articles");
    const broken = await startFixtureServer({ token: TOKEN, buildWorkers: 0, articlesDir: missing });
    try {
      const curationPath = join(broken.dir, "curation.json");
      const res = await broken.gql(`mutation { renameEntity(id: "e:orsin", label: "V. Orsin") { ok } }`, {}, auth);
      expect(res.errors?.[0]?.extensions?.code).toBe("BUILD_FAILED");
      expect(res.errors?.[0]?.message).toMatch(/articles directory not found/);
      await expect(readFile(curationPath, "utf8")).rejects.toThrow(/ENOENT/);
      expect((await broken.gql(`{ entity(id: "e:orsin") { label } }`)).data!.entity.label).toBe("Dario Orsin");
    } finally {
      await broken.close();
    }
  });
});
