import { readFile, rm, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { buildGraph } from "./buildGraph.js";
import { createWorkspace } from "./testing/buildFixture.js";

const ALPHA = "Alpha Report\n\nJohn Smith met Mary Jones in Paris. The Acme Corp detained John Smith.\n";
const BETA = "Beta Report\n\nMary Jones visited Berlin with Peter Brown. Later Peter Brown met Karl Weber.\n";

const readGraph = async (path: string): Promise<SerializedKnowledgeGraph> =>
  JSON.parse(await readFile(path, "utf8")) as SerializedKnowledgeGraph;
const labels = (graph: SerializedKnowledgeGraph): string[] =>
  graph.nodes.filter((n) => n.attributes.kind === "entity").map((n) => n.attributes.label);

describe("buildGraph", () => {
  it("builds documents, entities, MENTIONS and aggregated relation edges with metrics and layout", async () => {
    const ws = await createWorkspace({
      "alpha.txt": ALPHA,
      "news/beta.md": `---\ntitle: "Beta"\ndate: 2022-09-23\npublisher: Wire\n---\n${BETA}`,
    });
    const report = await buildGraph(ws.options());
    expect(report).toMatchObject({ documents: 2, extracted: 2, reused: 0, removed: 0, skipped: [] });
    const graph = await readGraph(ws.outFile);
    expect(graph.attributes).toMatchObject({ documentCount: 2, nerModel: "fake-ner", curationApplied: false });
    const beta = graph.nodes.find((n) => n.key === "doc:news/beta")!.attributes;
    expect(beta).toMatchObject({
      kind: "document",
      title: "Beta",
      date: "2022-09-23",
      publisher: "Wire",
      file: "news/beta.md",
    });
    const smith = graph.nodes.find((n) => n.key === "person:john-smith")!.attributes;
    expect(smith).toMatchObject({ kind: "entity", type: "PERSON", mentionCount: 2, docs: ["doc:alpha"] });
    expect(smith.degree).toBeGreaterThan(0);
    expect(Number.isFinite(smith.x) && Number.isFinite(smith.pagerank)).toBe(true);
    const mentions = graph.edges.find((e) => e.key === "MENTIONS:doc:alpha->person:john-smith")!;
    expect(mentions.attributes).toMatchObject({ category: "MENTIONS", weight: 2 });
    // Symmetric relation stored once from the smaller key; co-occurrence dropped where something specific exists.
    const met = graph.edges.find((e) => e.key === "ASSOCIATION:person:john-smith->person:mary-jones")!;
    expect(met.attributes).toMatchObject({ label: "met", weight: 1, docs: ["doc:alpha"] });
    expect(met.attributes.evidence[0]!.text).toContain("John Smith met Mary Jones");
    expect(
      graph.edges.some(
        (e) =>
          e.attributes.category === "CO_OCCURRENCE" &&
          e.source === "person:john-smith" &&
          e.target === "person:mary-jones",
      ),
    ).toBe(false);
  });

  it("reads HTML articles as text and keeps same-named files of different formats apart", async () => {
    const ws = await createWorkspace({
      "page.html": `<html><head><title>Site</title><script>alert("John Smith")</script></head><body><h1>Page &amp; Title</h1><p>Then, John Smith met Mary Jones.</p></body></html>`,
      "page.txt": "Plain\n\nThen, Karl Weber met Olga Ivanova.",
    });
    const report = await buildGraph(ws.options());
    expect(report.documents).toBe(2);
    const graph = await readGraph(ws.outFile);
    const docs = Object.fromEntries(
      graph.nodes.filter((n) => n.attributes.kind === "document").map((n) => [n.key, n.attributes]),
    );
    expect(Object.keys(docs).sort()).toEqual(["doc:page", "doc:page.txt"]);
    expect(docs["doc:page"]).toMatchObject({ title: "Page & Title", file: "page.html" });
    expect(docs["doc:page"]!.kind === "document" && docs["doc:page"]!.text).toBe(
      "Page & Title\n\nThen, John Smith met Mary Jones.",
    );
  });

  it("aggregates the same relation across documents (weight, noisy-or confidence, merged docs)", async () => {
    const ws = await createWorkspace({
      "a.txt": "One\n\nThen, Anna Berg met Carl Dahl.",
      "b.txt": "Two\n\nLater, Anna Berg met Carl Dahl again.",
    });
    await buildGraph(ws.options());
    const edge = (await readGraph(ws.outFile)).edges.find(
      (e) => e.key === "ASSOCIATION:person:anna-berg->person:carl-dahl",
    )!;
    expect(edge.attributes).toMatchObject({ weight: 2, docs: ["doc:a", "doc:b"], labels: ["met"] });
    expect(edge.attributes.confidence).toBeCloseTo(1 - 0.4 * 0.4);
  });

  describe("bad input", () => {
    it("skips each bad file with its reason and still builds the others", async () => {
      const ws = await createWorkspace({ "good.txt": ALPHA });
      await ws.write("empty.txt", "");
      await ws.write("binary.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
      await ws.write("punctuation.md", "---\ntitle: x\n---\n... --- !!! ???\n");
      await ws.write("copy/good-again.txt", ALPHA.replace(/\n/g, "\r\n"));
      await truncate(await ws.write("huge.txt", ""), 50 * 1024 * 1024);
      await ws.write(
        "latin1.txt",
        Uint8Array.from([...Buffer.from("Fee Report\n\nThe fee was "), 0xa3, ...Buffer.from("15m for Anna Berg.")]),
      );
      const options = ws.options();
      const report = await buildGraph(options);
      const reasons = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
      expect(reasons["empty.txt"]).toMatch(/empty/);
      expect(reasons["binary.txt"]).toMatch(/binary/);
      expect(reasons["punctuation.md"]).toMatch(/no words/);
      expect(reasons["huge.txt"]).toMatch(/too large \(52428800 bytes/);
      expect(reasons["good.txt"]).toMatch(/duplicate of copy\/good-again.txt/);
      expect(report.documents).toBe(2);
      expect(report.warnings.join("\n")).toMatch(
        /latin1\.txt: not valid UTF-8 \(first invalid byte 0xa3 at offset 24\)/,
      );
      expect(options.messages.join("\n")).toMatch(/skipped empty\.txt: empty/);
      const graph = await readGraph(ws.outFile);
      const latin = graph.nodes.find((n) => n.key === "doc:latin1")!.attributes;
      expect(latin.kind === "document" && latin.text).toContain("£15m");
    });

    it("honours maxArticleBytes", async () => {
      const ws = await createWorkspace({ "a.txt": ALPHA, "b.txt": BETA + "x".repeat(200) });
      const report = await buildGraph(ws.options({ maxArticleBytes: 150 }));
      expect(report.skipped).toEqual([{ file: "b.txt", reason: expect.stringMatching(/too large/) }]);
    });

    it("skips an article whose extraction throws", async () => {
      const ws = await createWorkspace({ "a.txt": ALPHA, "b.txt": "Bad\n\nFAIL_EXTRACTION here." });
      const report = await buildGraph(ws.options());
      expect(report.documents).toBe(1);
      expect(report.skipped).toEqual([
        { file: "b.txt", reason: expect.stringMatching(/extraction failed: the fake extractor/) },
      ]);
    });

    it("fails when no article is usable and leaves the previous graph alone", async () => {
      const ws = await createWorkspace({ "empty.txt": "" });
      await writeFile(ws.outFile, "previous");
      await expect(buildGraph(ws.options())).rejects.toThrow(/no article could be read from .*\(1 skipped\)/);
      expect(await readFile(ws.outFile, "utf8")).toBe("previous");
    });
  });

  describe("incremental builds", () => {
    it("reuses unchanged articles, re-extracts changed ones and drops what only a deleted article supported", async () => {
      const ws = await createWorkspace({ "alpha.txt": ALPHA, "beta.txt": BETA });
      expect(await buildGraph(ws.options())).toMatchObject({ extracted: 2, reused: 0 });
      expect(await buildGraph(ws.options())).toMatchObject({ extracted: 0, reused: 2, removed: 0 });

      await ws.write("beta.txt", BETA + "Peter Brown met Olga Ivanova.\n");
      expect(await buildGraph(ws.options())).toMatchObject({ extracted: 1, reused: 1 });
      expect(labels(await readGraph(ws.outFile))).toContain("Olga Ivanova");

      await rm(join(ws.articlesDir, "beta.txt"));
      expect(await buildGraph(ws.options())).toMatchObject({ documents: 1, extracted: 0, reused: 1, removed: 1 });
      const graph = await readGraph(ws.outFile);
      expect(labels(graph)).not.toContain("Karl Weber"); // only beta named him
      expect(labels(graph)).toContain("Mary Jones"); // alpha still does
      expect(graph.edges.every((e) => e.attributes.docs.every((d) => d === "doc:alpha") || e.attributes.curated)).toBe(
        true,
      );
    });

    it("keeps the cache bounded: unused entries beyond the used ones are pruned", async () => {
      const ws = await createWorkspace({ "alpha.txt": ALPHA, "beta.txt": BETA });
      const countEntries = async (): Promise<number> => {
        const { readdir } = await import("node:fs/promises");
        const dir = join(ws.root, ".cache", "extractions");
        let n = 0;
        for (const shard of await readdir(dir)) n += (await readdir(join(dir, shard))).length;
        return n;
      };
      await buildGraph(ws.options());
      expect(await countEntries()).toBe(2);
      await ws.write("alpha.txt", ALPHA + "Version two.\n");
      await buildGraph(ws.options());
      expect(await countEntries()).toBe(3); // one old entry kept: switching back is cheap
      await ws.write("alpha.txt", ALPHA + "Version three.\n");
      await ws.write("beta.txt", BETA + "Version three.\n");
      await buildGraph(ws.options());
      await ws.write("alpha.txt", ALPHA + "Version four.\n");
      await ws.write("beta.txt", BETA + "Version four.\n");
      await buildGraph(ws.options());
      expect(await countEntries()).toBe(4);
    });

    it("does not load the NER model when every article comes from the cache", async () => {
      const { loads } = await import("./testing/fakeExtractor.js");
      const ws = await createWorkspace({ "alpha.txt": ALPHA });
      await buildGraph(ws.options());
      const before = loads.count;
      expect(before).toBeGreaterThan(0);
      expect(await buildGraph(ws.options())).toMatchObject({ reused: 1, nerModel: "fake-ner" });
      expect(loads.count).toBe(before);
    });

    it("ignores a corrupt cache entry and extracts the article again", async () => {
      const ws = await createWorkspace({ "alpha.txt": ALPHA });
      await buildGraph(ws.options());
      const { readdir } = await import("node:fs/promises");
      const dir = join(ws.root, ".cache", "extractions");
      const [shard] = await readdir(dir);
      const [entry] = await readdir(join(dir, shard!));
      await writeFile(join(dir, shard!, entry!), "{ not json");
      expect(await buildGraph(ws.options())).toMatchObject({ extracted: 1, reused: 0 });
      expect(await buildGraph(ws.options())).toMatchObject({ extracted: 0, reused: 1 });
    });
  });

  it("builds even when the cache cannot be written, with a warning", async () => {
    const ws = await createWorkspace({ "alpha.txt": ALPHA });
    const blocker = join(ws.root, "not-a-dir");
    await writeFile(blocker, "file in the way");
    const report = await buildGraph(ws.options({ cacheDir: blocker }));
    expect(report.documents).toBe(1);
    expect(report.warnings.join("\n")).toMatch(/cannot write the extraction cache/);
  });

  it("is deterministic: two builds give the same graph apart from builtAt", async () => {
    const ws = await createWorkspace({
      "alpha.txt": ALPHA,
      "beta.txt": BETA,
      "gamma.txt": "Gamma\n\nKarl Weber met John Smith in Rome.",
    });
    await buildGraph(ws.options({ cacheDir: join(ws.root, "cache-1") }));
    const first = await readFile(ws.outFile, "utf8");
    await buildGraph(ws.options({ cacheDir: join(ws.root, "cache-2") }));
    const second = await readFile(ws.outFile, "utf8");
    const strip = (text: string): string => text.replace(/"builtAt":"[^"]*"/, "");
    expect(strip(second)).toBe(strip(first));
  });

  it("extracts on worker threads with the same result as in-thread", async () => {
    const articles: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      articles[`n${String(i).padStart(2, "0")}.txt`] =
        `Story ${i}\n\nToday Anna Berg${i % 3} met Carl Dahl. Then Carl Dahl visited Oslo Town.`;
    const ws = await createWorkspace(articles);
    const threaded = await buildGraph(ws.options({ workers: 2, cacheDir: join(ws.root, "cache-w") }));
    expect(threaded).toMatchObject({ workers: 2, extracted: 20 });
    const a = await readFile(ws.outFile, "utf8");
    await buildGraph(ws.options({ workers: 0, cacheDir: join(ws.root, "cache-0") }));
    const b = await readFile(ws.outFile, "utf8");
    const strip = (text: string): string => text.replace(/"builtAt":"[^"]*"/, "");
    expect(strip(a)).toBe(strip(b));
  });

  it("skips an article that hangs or crashes its worker and builds the rest", async () => {
    const articles: Record<string, string> = {};
    for (let i = 0; i < 16; i++)
      articles[`n${String(i).padStart(2, "0")}.txt`] = `Story ${i}\n\nThen, Anna Berg met Carl Dahl ${i}.`;
    articles["n03.txt"] = "Hang\n\nHANG_EXTRACTION here.";
    articles["n09.txt"] = "Crash\n\nCRASH_EXTRACTION here.";
    const ws = await createWorkspace(articles);
    const report = await buildGraph(ws.options({ workers: 2, articleTimeoutMs: 1500 }));
    expect(report.documents).toBe(14);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
    expect(reasons["n03.txt"]).toMatch(/extraction failed: timed out after 2 s/);
    expect(reasons["n09.txt"]).toMatch(/extraction failed: worker exited unexpectedly \(code 3\)/);
  });

  it("stops when aborted and leaves the previous graph intact", async () => {
    const ws = await createWorkspace({ "alpha.txt": ALPHA, "beta.txt": BETA });
    await writeFile(ws.outFile, "previous");
    const controller = new AbortController();
    const build = buildGraph(
      ws.options({
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === "extract") controller.abort(new Error("stop"));
        },
      }),
    );
    await expect(build).rejects.toThrow("stop");
    expect(await readFile(ws.outFile, "utf8")).toBe("previous");
  });
});
