// Distributed building on a real PostgreSQL: `kg ingest` queues a folder, two `kg worker` processes share the
// articles (FOR UPDATE SKIP LOCKED) and one resolution writes the build; a worker killed mid-article has its
// article retried by another; POST /articles feeds the queue with the server's token.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleQueue, openStore } from "../../packages/store/src/index.js";
import { startTestPostgres, type TestPostgres } from "../../packages/store/src/testing/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtFakeExtractor } from "../../packages/builder/src/pipeline/testing/buildFixture.js";
import { scaled } from "../setup/timeouts.js";

const KG = fileURLToPath(new URL("../../packages/cli/bin/kg.mjs", import.meta.url));
// The fake extractor as built JavaScript: each `kg` process and worker would otherwise register tsx to compile it.
const FAKE = builtFakeExtractor();
const PEOPLE = ["John Smith", "Mary Jones", "Peter Brown", "Karl Weber", "Olga Ivanova", "Anna Berg"];

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.destroy();
});

function kg(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [KG, ...args], {
    env: { ...process.env, KG_EXTRACTOR_MODULE: FAKE, KG_NER_MODULE: FAKE, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal, stderr })),
  );
  return { child, exit };
}

async function articlesDir(count: number, from = 0): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kg-ingest-"));
  await mkdir(join(dir, "wire"), { recursive: true });
  for (let i = from; i < from + count; i++) {
    const a = PEOPLE[i % PEOPLE.length]!;
    const b = PEOPLE[(i + 1) % PEOPLE.length]!;
    await writeFile(join(dir, "wire", `story-${i}.txt`), `Story ${i}\n\n${a} met ${b} in Vienna on day ${i}.\n`);
  }
  return dir;
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = scaled(30_000)): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

// Each test has its own database and folders, so they run at the same time (most of their time is spent waiting).
describe.concurrent("distributed building on PostgreSQL", () => {
  it("shares the queue between two workers and resolves one build", async () => {
    const url = await postgres.createDatabase();
    const dir = await articlesDir(24);
    const ingest = await kg(["ingest", dir, "--store", url]).exit;
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toMatch(/queued 24 of 24 articles/);

    const slow = { FAKE_EXTRACTOR_DELAY_MS: "120" };
    const a = kg(["worker", "--store", url, "--drain", "--id", "worker-a"], slow);
    const b = kg(["worker", "--store", url, "--drain", "--id", "worker-b"], slow);
    const [ra, rb] = await Promise.all([a.exit, b.exit]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);

    const store = await openStore(url);
    try {
      const claims = await store.db.all<{ claimed_by: string; n: number }>(
        "SELECT claimed_by, COUNT(*) AS n FROM article_queue WHERE status = 'done' GROUP BY claimed_by ORDER BY 1",
      );
      expect(claims.map((c) => c.claimed_by)).toEqual(["worker-a", "worker-b"]);
      expect(claims.reduce((sum, c) => sum + Number(c.n), 0)).toBe(24);
      const build = await store.currentBuild();
      expect(build).toMatchObject({ documentCount: 24 });
      // Resolution merged each person across the documents that mention them.
      const graph = (await store.readGraph())!;
      const smith = graph.nodes.find((n) => n.attributes.label === "John Smith")!;
      expect(smith.attributes.kind === "entity" && smith.attributes.docs.length).toBe(8);
      expect(`${ra.stderr}${rb.stderr}`).toMatch(/resolved 24 articles into build 1/);
    } finally {
      await store.close();
    }
  });

  it("retries the article of a worker killed mid-article", async () => {
    const url = await postgres.createDatabase();
    const dir = await articlesDir(3);
    expect((await kg(["ingest", dir, "--store", url]).exit).code).toBe(0);
    const store = await openStore(url);
    try {
      const doomed = kg(["worker", "--store", url, "--id", "doomed", "--stale-ms", "1000"], {
        FAKE_EXTRACTOR_DELAY_MS: "60000",
      });
      await waitFor(async () => {
        const rows = await store.db.all("SELECT id FROM article_queue WHERE status = 'running'");
        return rows.length === 1;
      }, "the first worker to claim an article");
      doomed.child.kill("SIGKILL");
      expect((await doomed.exit).signal).toBe("SIGKILL");

      const rescuer = await kg(["worker", "--store", url, "--drain", "--id", "rescuer", "--stale-ms", "1000"]).exit;
      expect(rescuer.code, rescuer.stderr).toBe(0);
      const rows = await store.db.all<{ file: string; status: string; attempts: number; claimed_by: string }>(
        "SELECT file, status, attempts, claimed_by FROM article_queue ORDER BY id",
      );
      expect(rows.map((r) => [r.status, r.claimed_by, Number(r.attempts)])).toEqual([
        ["done", "rescuer", 2],
        ["done", "rescuer", 1],
        ["done", "rescuer", 1],
      ]);
      expect((await store.currentBuild())!.documentCount).toBe(3);
    } finally {
      await store.close();
    }
  });

  it("refuses the queue on SQLite with a clear message", async () => {
    const dir = await articlesDir(1);
    const result = await kg(["ingest", dir, "--store", join(dir, "graph.db")]).exit;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the article queue needs PostgreSQL \(--store postgres:\/\/\.\.\.\)/);
  });

  it("takes articles over POST /articles with the token, and only with it", async () => {
    const url = await postgres.createDatabase();
    // The server reads the store: give it a first build.
    const seeding = await openStore(url);
    await ArticleQueue.of(seeding).enqueue([
      { file: "seed/one.txt", body: "One\n\nJohn Smith met Mary Jones.\n" },
      { file: "seed/two.txt", body: "Two\n\nMary Jones met Peter Brown.\n" },
    ]);
    await seeding.close();
    // KG_STORE instead of --store, and a worker that drains the seed articles.
    expect((await kg(["worker", "--drain"], { KG_STORE: url }).exit).code).toBe(0);
    const { startServer } = await import("../../packages/server/src/index.js");
    const dir = await mkdtemp(join(tmpdir(), "kg-post-"));
    const server = await startServer({ port: 0, store: url, graphPath: join(dir, "graph.json"), token: "s3cret" });
    try {
      const post = (body: unknown, token?: string) =>
        fetch(`${server.url}/articles`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
          body: JSON.stringify(body),
        });
      const article = { file: "cms/late-story.md", body: "---\ntitle: Late story\n---\nAnna Berg met Karl Weber.\n" };
      expect((await post(article)).status).toBe(401);
      expect((await post(article, "wrong")).status).toBe(401);
      expect((await post({ file: "../escape.txt", body: "x" }, "s3cret")).status).toBe(400);
      const ok = await post(article, "s3cret");
      expect(ok.status).toBe(202);
      expect(((await ok.json()) as { queued: number[] }).queued).toHaveLength(1);
      expect(await (await post(article, "s3cret")).json()).toEqual({ queued: [], duplicates: 1 });
      const store = await openStore(url);
      expect((await ArticleQueue.of(store).counts()).queued).toBe(1);
      await store.close();
      expect((await kg(["worker", "--store", url, "--drain"]).exit).code).toBe(0);
      await waitFor(async () => {
        const health = (await (await fetch(`${server.url}/health`)).json()) as { counts: { documents: number } };
        return health.counts?.documents === 3;
      }, "the server to load the build with the posted article");
    } finally {
      await server.close();
    }
  });
});
