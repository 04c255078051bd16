// Every query that takes an entity accepts an id or a name (as `entity` does): neighborhood, shortestPath and the
// snapshot image; an unknown reference names the argument.

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticGraph } from "../../bench/viewerRender.js";
import type { Harness } from "./serverHarness.js";
import { startHarness } from "./serverHarness.js";

const graph = syntheticGraph(60, 240, 5);
const label = (i: number) => String((graph.nodes[i]!.attributes as { label: string }).label);
const key = (i: number) => graph.nodes[i]!.key;
let h: Harness;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "newskg-refs-"));
  const graphPath = join(dir, "graph.json");
  await writeFile(graphPath, JSON.stringify(graph));
  h = await startHarness({ graphPath, staticDir: join(dir, "none") }, dir);
});

afterAll(async () => {
  await h?.close();
});

describe("entity references by id or name", () => {
  it("neighborhood takes a name, case and accents aside, and answers as for the id", async () => {
    const q = `query($id: ID!) { neighborhood(id: $id) { nodes { id } } }`;
    const byId = (await h.gql(q, { id: key(3) })).data!.neighborhood;
    const byName = (await h.gql(q, { id: label(3).toUpperCase() })).data!.neighborhood;
    expect(byName).toEqual(byId);
    const missing = await h.gql(q, { id: "Nobody Of That Name" });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0]?.message).toMatch(/^"id": no entity with id or name "Nobody Of That Name"/);
  });

  it("shortestPath takes names for both ends and names the argument that is wrong", async () => {
    const q = `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { nodes { id } } }`;
    const byId = (await h.gql(q, { from: key(1), to: key(40) })).data!.shortestPath;
    const byName = (await h.gql(q, { from: label(1), to: label(40) })).data!.shortestPath;
    expect(byName).toEqual(byId);
    expect(byName[0].nodes[0].id).toBe(key(1));
    const bad = await h.gql(q, { from: label(1), to: "nope" });
    expect((bad.errors?.[0]?.extensions as { argument?: string } | undefined)?.argument).toBe("to");
  });

  it("the snapshot image takes a name", async () => {
    const res = await fetch(`${h.server.url}/embed/snapshot.svg?focus=${encodeURIComponent(label(7))}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`Neighbourhood of ${label(7)}`);
  });
});
