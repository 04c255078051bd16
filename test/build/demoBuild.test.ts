// The real pipeline end to end on the project's demo articles: real extractor and NER model, curation file,
// worker threads, then every export format of the result.
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../packages/builder/src/index.js";
import type { SerializedKnowledgeGraph } from "../../packages/graph-model/src/index.js";
import { toEdgesCsv, toGexf, toGraphml, toNodesCsv } from "../../packages/graph-model/src/index.js";
import { REPO_ROOT as root, sharedPath } from "../paths.js";

const bbcSport = sharedPath("corpus/bbc/sport");

describe("demo build", () => {
  it("builds the demo articles with the real extractor and curation", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-demo-"));
    const articlesDir = join(dir, "articles");
    await cp(join(root, "graph-data/articles"), articlesDir, { recursive: true });
    await cp(join(root, "graph-data/curation.json"), join(dir, "curation.json"));
    const report = await buildGraph({ articlesDir, outFile: join(dir, "graph.json"), workers: 0, log: () => {} });
    expect(report).toMatchObject({ documents: 2, extracted: 2, skipped: [] });
    expect(report.entities).toBeGreaterThan(5);
    expect(report.relations).toBeGreaterThan(5);
    expect(report.curation).not.toBeNull();
    // The shipped curation file applies cleanly: a build of the demo does not warn about it.
    expect(report.warnings.filter((w) => /curation/i.test(w))).toEqual([]);
    const graph = JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as SerializedKnowledgeGraph;
    expect(graph.attributes).toMatchObject({ documentCount: 2, curationApplied: true });
    expect(graph.edges.some((e) => e.attributes.category === "MENTIONS")).toBe(true);
    for (const node of graph.nodes)
      expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
    for (const text of [toGexf(graph), toGraphml(graph), toNodesCsv(graph), toEdgesCsv(graph)])
      expect(text.length).toBeGreaterThan(100);
  });

  it("gives the same graph on worker threads as in-thread with the real extractor", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-demo-workers-"));
    const articlesDir = join(dir, "articles");
    await mkdir(articlesDir);
    // Enough distinct articles for two workers (copies differ by a last line, or they would be duplicates).
    for (const name of await readdir(join(root, "graph-data/articles")))
      for (let i = 0; i < 8; i++) {
        const text = await readFile(join(root, "graph-data/articles", name), "utf8");
        await writeFile(join(articlesDir, `${i}-${name}`), `${text}\n\nCopy number ${i}.\n`);
      }
    const build = (name: string, workers: number) =>
      buildGraph({
        articlesDir,
        outFile: join(dir, `${name}.json`),
        cacheDir: join(dir, `cache-${name}`),
        curationFile: null,
        // Only the two graph.json files are compared: no store to write.
        store: null,
        workers,
        log: () => {},
      });
    expect(await build("threaded", 2)).toMatchObject({ workers: 2, documents: 16 });
    expect(await build("inline", 0)).toMatchObject({ workers: 0, documents: 16 });
    const strip = (text: string): string => text.replace(/"builtAt":"[^"]*"/, "");
    expect(strip(await readFile(join(dir, "threaded.json"), "utf8"))).toBe(
      strip(await readFile(join(dir, "inline.json"), "utf8")),
    );
  });

  it.skipIf(!bbcSport)(
    "decodes the latin-1 BBC article and names the byte offset (skipped without ../shared)",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "kg-bbc-"));
      await cp(join(bbcSport!, "199.txt"), join(dir, "articles/199.txt"));
      await cp(join(bbcSport!, "001.txt"), join(dir, "articles/001.txt"));
      const report = await buildGraph({
        articlesDir: join(dir, "articles"),
        outFile: join(dir, "graph.json"),
        workers: 0,
        log: () => {},
      });
      expect(report.documents).toBe(2);
      expect(report.warnings.join("\n")).toMatch(
        /199\.txt: not valid UTF-8 \(first invalid byte 0xa3 at offset \d+\); decoded as windows-1252/,
      );
      const graph = JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as SerializedKnowledgeGraph;
      const doc = graph.nodes.find((n) => n.key === "doc:199")!.attributes;
      expect(doc.kind === "document" && doc.text).toContain("£15.8m");
    },
  );
});
