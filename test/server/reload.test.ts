// Following rebuilds: the server swaps in a replaced graph file, survives missing and corrupt files, and keeps
// answering while files change under it.
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureGraph } from "./fixtureGraph.js";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer, startHarness } from "./serverHarness.js";
import { scaled } from "../setup/timeouts.js";

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

/** Replaces the file the way the builder does: write a temporary file, then rename it over the target. */
async function replaceAtomically(path: string, content: string) {
  const temp = `${path}.tmp-${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, content);
  await rename(temp, path);
}

function renamedGraph(label: string) {
  const graph = fixtureGraph();
  const orsin = graph.nodes.find((n) => n.key === "e:orsin")!;
  (orsin.attributes as { label: string }).label = label;
  return JSON.stringify(graph);
}

/** Polls `probe` until `ok`, for up to `ms` times the run's factor (a loaded machine reloads later). */
async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 8000): Promise<T> {
  const until = Date.now() + scaled(ms);
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const health = async (h: Harness) => (await fetch(`${h.server.url}/health`)).json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("graph reload", () => {
  it("picks up a replaced graph file", async () => {
    const h = await startFixtureServer();
    open.push(h);
    await replaceAtomically(h.graphPath, renamedGraph("Dario V. Orsin"));
    const label = await eventually(
      async () => (await h.gql(`{ entity(id: "e:orsin") { label } }`)).data!.entity.label,
      (l) => l === "Dario V. Orsin",
    );
    expect(label).toBe("Dario V. Orsin");
    expect((await health(h)).version).toBeGreaterThanOrEqual(2);
  });

  it("keeps answering every request while the file is replaced repeatedly", async () => {
    const h = await startFixtureServer();
    open.push(h);
    let stop = false;
    const results: { status: number; errors?: unknown }[] = [];
    const client = async () => {
      for (let i = 0; i < 400 && !stop; i++) {
        const r = await h.gql(`{ entity(id: "e:orsin") { label relations { source { id } target { label } } } }`);
        results.push(r);
      }
    };
    const clients = Promise.all([client(), client(), client()]);
    for (let i = 0; i < 6; i++) {
      const version = (await health(h)).version as number;
      await replaceAtomically(h.graphPath, renamedGraph(`Orsin ${i}`));
      // The next replacement only once the server has loaded this one, while the clients keep asking.
      const loaded = await eventually(
        () => health(h),
        (b) => b.version > version,
      );
      expect(loaded.version).toBeGreaterThan(version);
    }
    stop = true;
    await clients;
    expect(results.length).toBeGreaterThan(10);
    expect(results.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const last = await eventually(
      async () => (await h.gql(`{ entity(id: "e:orsin") { label } }`)).data!.entity.label,
      (l) => l === "Orsin 5",
    );
    expect(last).toBe("Orsin 5");
  });

  it("starts without a graph file, says so, and loads it when it appears", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newskg-missing-"));
    const graphPath = join(dir, "graph.json");
    const h = await startHarness({ graphPath, staticDir: join(dir, "none") }, dir);
    open.push(h);
    const res = await fetch(`${h.server.url}/health`);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({ status: "error", graphLoaded: false });
    expect(body.error).toMatch(/not found/);
    const q = await h.gql(`{ stats { entityCount } }`);
    expect(q.errors?.[0]?.extensions?.code).toBe("GRAPH_UNAVAILABLE");
    expect(q.errors?.[0]?.message).toMatch(/not found/);
    expect((await fetch(`${h.server.url}/graph.json`)).status).toBe(503);
    expect((await fetch(`${h.server.url}/embed/snapshot.svg`)).status).toBe(503);
    await replaceAtomically(graphPath, JSON.stringify(fixtureGraph()));
    const after = await eventually(
      () => health(h),
      (b) => b.graphLoaded === true,
    );
    expect(after).toMatchObject({ status: "ok", counts: { entities: 11 } });
  });

  it("reports a corrupt file, keeps the last good graph, and recovers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newskg-corrupt-"));
    const graphPath = join(dir, "graph.json");
    await writeFile(graphPath, '{"nodes": [');
    const h = await startHarness({ graphPath, staticDir: join(dir, "none") }, dir);
    open.push(h);
    const first = await health(h);
    expect(first.graphLoaded).toBe(false);
    expect(first.error).toMatch(/not valid JSON/);
    expect((await h.gql(`{ stats { entityCount } }`)).errors?.[0]?.message).toMatch(/not valid JSON/);

    await replaceAtomically(graphPath, JSON.stringify(fixtureGraph()));
    await eventually(
      () => health(h),
      (b) => b.status === "ok",
    );
    await replaceAtomically(graphPath, JSON.stringify({ nodes: "oops" }));
    const degraded = await eventually(
      () => health(h),
      (b) => b.status === "degraded",
    );
    expect(degraded.error).toMatch(/no "nodes" array.*last good graph/);
    expect((await h.gql(`{ stats { entityCount } }`)).data!.stats.entityCount).toBe(11);
    // Every route that serves the graph serves that same last good graph, not the garbage now in the file.
    for (const route of ["/graph.json", "/export/graph.json"]) {
      const res = await fetch(`${h.server.url}${route}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { nodes: Array<{ attributes: { kind: string } }> };
      expect(body.nodes.filter((n) => n.attributes.kind === "entity")).toHaveLength(11);
    }
    for (const route of ["/export/nodes.csv", "/export/graph.gexf"]) {
      const res = await fetch(`${h.server.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toMatch(/oops/);
    }

    await rm(graphPath);
    const gone = await eventually(
      () => health(h),
      (b) => /not found/.test(b.error ?? ""),
    );
    expect(gone.graphLoaded).toBe(true);
    await replaceAtomically(graphPath, JSON.stringify(fixtureGraph()));
    expect(
      (
        await eventually(
          () => health(h),
          (b) => b.status === "ok",
        )
      ).error,
    ).toBeNull();
  });
});
