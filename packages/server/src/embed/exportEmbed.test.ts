// kg export --embed: per-entity graph files the widget reads, no-script images and text, an index, written whole.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { assertGraphFile } from "@newskg/graph-model";
import { openStore } from "@newskg/store";
import { entityKey, HUB_KEY, syntheticGraph } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedFileName, exportEmbed } from "./exportEmbed.js";

const dir = mkdtempSync(join(tmpdir(), "kg-embed-"));
const spec = join(dir, "graph.db");
beforeAll(async () => {
  const store = await openStore(spec);
  await store.writeBuild({ graph: syntheticGraph({ documents: 20 }) });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Index {
  entities: Record<string, { label: string; type: string; json: string; svg: string; text: string }>;
}

describe("kg export --embed", () => {
  it("writes a small graph file and an image per entity, most central first, and an index", async () => {
    const out = join(dir, "cdn");
    const report = await exportEmbed({ store: spec, dir: out, limit: 5, maxNodes: 4 });
    expect(report.entities).toBe(5);
    const index = JSON.parse(readFileSync(join(out, "index.json"), "utf8")) as Index;
    const ids = Object.keys(index.entities);
    expect(ids[0]).toBe(HUB_KEY);
    expect(ids).toHaveLength(5);
    const entry = index.entities[entityKey(3)]!;
    expect(entry.json).toBe(`entities/${embedFileName(entityKey(3))}.json`);
    const graph = JSON.parse(readFileSync(join(out, entry.json), "utf8")) as SerializedKnowledgeGraph;
    assertGraphFile(graph);
    const keys = graph.nodes.map((n) => n.key);
    expect(keys[0]).toBe(entityKey(3));
    expect(keys).toEqual(expect.arrayContaining([entityKey(2), entityKey(4), HUB_KEY]));
    expect(keys.length).toBeLessThanOrEqual(4);
    for (const e of graph.edges) expect(keys).toEqual(expect.arrayContaining([e.source, e.target]));
    // Each relation lists its documents (read apart from the neighbourhood, whose rows leave them out).
    for (const e of graph.edges) expect(e.attributes.docs.length).toBeGreaterThan(0);

    expect(readFileSync(join(out, entry.svg), "utf8")).toMatch(/^<svg [^>]*role="img"[\s\S]*<\/svg>$/);
    // The text alternative: the focus's own relations as sentences, each naming both ends.
    expect(entry.text).toBe(`entities/${embedFileName(entityKey(3))}.html`);
    const text = readFileSync(join(out, entry.text), "utf8");
    const label = new Map(graph.nodes.map((n) => [n.key, String(n.attributes.label)]));
    expect(text).toContain(`<p>Connections of ${label.get(entityKey(3))}</p>`);
    const own = graph.edges.filter((e) => e.source === entityKey(3) || e.target === entityKey(3));
    expect(own.length).toBeGreaterThan(0);
    const items = text.match(/<li>/g) ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(own.length);
    for (const e of own) expect(text).toContain(label.get(e.source === entityKey(3) ? e.target : e.source)!);
  });

  it("replaces an earlier export whole, leaving no temporary directory", async () => {
    const out = join(dir, "again");
    await exportEmbed({ store: spec, dir: out, limit: 3 });
    await exportEmbed({ store: spec, dir: out, limit: 2 });
    expect(Object.keys((JSON.parse(readFileSync(join(out, "index.json"), "utf8")) as Index).entities)).toHaveLength(2);
    expect(readdirSync(join(out, "entities"))).toHaveLength(6);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("says what is wrong with a missing store and writes nothing", async () => {
    const out = join(dir, "none");
    await expect(exportEmbed({ store: join(dir, "missing.db"), dir: out })).rejects.toThrow(/no graph store at/);
    expect(existsSync(out)).toBe(false);
  });

  it("names files safely and uniquely", () => {
    expect(embedFileName("person:jane-doe")).toMatch(/^person-jane-doe-[0-9a-f]{10}$/);
    expect(embedFileName("a/b")).not.toBe(embedFileName("a:b"));
    expect(embedFileName("../../etc")).not.toContain("/");
  });
});
