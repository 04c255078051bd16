import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EntityAttributes, SerializedKnowledgeGraph } from "@newskg/graph-model";
import { buildGraph } from "../pipeline/buildGraph.js";
import { createWorkspace } from "../pipeline/testing/buildFixture.js";
import { createKnowledgeGraph } from "@newskg/graph-model";
import { applyCuration } from "./applyCuration.js";
import { CurationFileError, parseCuration } from "./loadCurationFile.js";

const ARTICLES = {
  "a.txt": "First\n\nThen, John Smith met Mary Jones in Paris Town. Later, Karl Weber met Olga Ivanova.",
  "b.txt": "Second\n\nThen, Jon Smith visited Berlin City with Karl Weber.",
};

const readGraph = async (path: string): Promise<SerializedKnowledgeGraph> =>
  JSON.parse(await readFile(path, "utf8")) as SerializedKnowledgeGraph;
const entity = (graph: SerializedKnowledgeGraph, key: string): EntityAttributes | undefined =>
  graph.nodes.find((n) => n.key === key)?.attributes as EntityAttributes | undefined;

describe("curation file validation", () => {
  it("names the position of invalid JSON", () => {
    expect(() => parseCuration("cur.json", '{\n  "version": 1,\n  "actions": [ { "op": "rename", } ]\n}')).toThrow(
      /curation file cur\.json: invalid JSON at line 3, column \d+/,
    );
  });

  it("names the action index and the reason of an invalid action", () => {
    const file = (actions: unknown[]): string => JSON.stringify({ version: 1, actions });
    expect(() => parseCuration("c.json", file([{ op: "rename", entity: "A", label: "B" }, { op: "explode" }]))).toThrow(
      /c\.json: actions\[1\]: unknown op "explode"/,
    );
    expect(() => parseCuration("c.json", file([{ op: "retype", entity: "A", type: "ANIMAL" }]))).toThrow(
      /actions\[0\] \(op "retype"\): "type" must be one of PERSON/,
    );
    expect(() => parseCuration("c.json", file([{ op: "merge", entities: ["A"] }]))).toThrow(/at least two entities/);
    expect(() => parseCuration("c.json", JSON.stringify({ version: 2, actions: [] }))).toThrow(/unsupported "version"/);
    expect(() => parseCuration("c.json", "[]")).toThrow(CurationFileError);
  });
});

describe("curation in builds", () => {
  it("applies every operation, marks what it touched, and keeps applying on rebuilds", async () => {
    const ws = await createWorkspace(ARTICLES);
    const curationFile = join(ws.root, "curation.json");
    await writeFile(
      curationFile,
      JSON.stringify({
        version: 1,
        actions: [
          { op: "merge", entities: ["john smith", "Jon Smith"] },
          { op: "rename", entity: "person:mary-jones", label: "Mary J. Jones" },
          { op: "retype", entity: "Paris Town", type: "LOCATION" },
          { op: "rejectEntity", entity: "Berlin City" },
          { op: "rejectRelation", source: "Olga Ivanova", target: "Karl Weber", category: "ASSOCIATION" },
          {
            op: "addRelation",
            source: "Mary J. Jones",
            target: "Paris Town",
            category: "LOCATION",
            label: "lives in",
            note: "checked by phone",
          },
          { op: "rename", entity: "Nobody At All", label: "x" },
        ],
      }),
    );
    for (let build = 0; build < 2; build++) {
      const report = await buildGraph(ws.options({ curationFile }));
      expect(report.reused).toBe(build === 0 ? 0 : 2);
      expect(report.curation).toEqual({
        applied: 6,
        skipped: [{ action: 'actions[6] rename "Nobody At All"', reason: 'unknown entity "Nobody At All"' }],
      });
      expect(report.warnings.join("\n")).toMatch(/actions\[6\] rename "Nobody At All" skipped: unknown entity/);
      const graph = await readGraph(ws.outFile);
      expect(graph.attributes.curationApplied).toBe(true);
      const smith = entity(graph, "person:john-smith")!;
      expect(smith).toMatchObject({ curated: true, docs: ["doc:a", "doc:b"], mentionCount: 2 });
      expect(smith.aliases).toEqual(expect.arrayContaining(["John Smith", "Jon Smith"]));
      expect(entity(graph, "person:jon-smith")).toBeUndefined();
      expect(graph.edges.some((e) => e.source === "person:jon-smith" || e.target === "person:jon-smith")).toBe(false);
      expect(graph.edges.some((e) => e.key === "MENTIONS:doc:b->person:john-smith")).toBe(true);
      expect(entity(graph, "person:mary-jones")).toMatchObject({ label: "Mary J. Jones", curated: true });
      expect(entity(graph, "person:paris-town")).toMatchObject({ type: "LOCATION", curated: true });
      expect(entity(graph, "person:berlin-city")).toBeUndefined();
      expect(graph.edges.some((e) => e.key === "ASSOCIATION:person:karl-weber->person:olga-ivanova")).toBe(false);
      const added = graph.edges.find((e) => e.key === "LOCATION:person:mary-jones->person:paris-town")!;
      expect(added.attributes).toMatchObject({
        label: "lives in",
        curated: true,
        note: "checked by phone",
        confidence: 1,
      });
    }
    // --no-curation: the same articles without the corrections.
    await buildGraph(ws.options({ curationFile: null }));
    const raw = await readGraph(ws.outFile);
    expect(raw.attributes.curationApplied).toBe(false);
    expect(entity(raw, "person:jon-smith")).toBeDefined();
  });

  it("fails on a malformed curation file and leaves the previous graph intact", async () => {
    const ws = await createWorkspace(ARTICLES);
    await buildGraph(ws.options({ curationFile: null }));
    const before = await readFile(ws.outFile, "utf8");
    const curationFile = join(ws.root, "curation.json");
    await writeFile(curationFile, '{ "version": 1, "actions": [ { "op": "merge" ');
    await expect(buildGraph(ws.options({ curationFile }))).rejects.toThrow(
      /curation file .*curation\.json: invalid JSON/,
    );
    await writeFile(curationFile, JSON.stringify({ version: 1, actions: [{ op: "rejectEntity" }] }));
    await expect(buildGraph(ws.options({ curationFile }))).rejects.toThrow(
      /actions\[0\] \(op "rejectEntity"\): "entity"/,
    );
    expect(await readFile(ws.outFile, "utf8")).toBe(before);
  });

  it("uses curation.json next to the articles folder by default", async () => {
    const ws = await createWorkspace(ARTICLES);
    await writeFile(
      join(ws.root, "curation.json"),
      JSON.stringify({ version: 1, actions: [{ op: "rejectEntity", entity: "Karl Weber" }] }),
    );
    const report = await buildGraph(ws.options());
    expect(report.curation?.applied).toBe(1);
    expect(entity(await readGraph(ws.outFile), "person:karl-weber")).toBeUndefined();
  });
});

describe("curation merges", () => {
  const club = (label: string, aliases: string[]): EntityAttributes => ({
    kind: "entity",
    type: "ORGANIZATION",
    label,
    aliases,
    roles: [],
    mentions: [],
    docs: [],
    mentionCount: 1,
    degree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
  });

  it("refuses a name several entities share, so rivals are not merged by an ambiguous alias", () => {
    const graph = createKnowledgeGraph();
    graph.addNode("organization:northfield-united", club("Northfield United", ["Northfield United", "United"]));
    graph.addNode("organization:southport-united", club("Southport United", ["Southport United", "United"]));
    graph.addNode("organization:nfu", club("NFU", ["NFU"]));
    const result = applyCuration(graph, {
      version: 1,
      actions: [
        { op: "merge", entities: ["United", "NFU"] },
        { op: "merge", entities: ["organization:northfield-united", "NFU"] },
      ],
    });
    expect(result.applied).toBe(1);
    expect(result.skipped[0]!.reason).toMatch(/"United" names 2 entities .*name one by its key/);
    expect(graph.hasNode("organization:southport-united")).toBe(true);
    expect(graph.hasNode("organization:nfu")).toBe(false);
  });
});
