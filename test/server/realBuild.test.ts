// The server over a graph the real builder made from the demo articles: the contract between builder and server
// holds (offsets point into document texts, evidence mentions line up, exports are well-formed).
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGraph } from "../browser/helpers/demoGraph.js";
import type { Harness } from "./serverHarness.js";
import { startHarness } from "./serverHarness.js";
import { xmlProblem } from "./xmlCheck.js";

let h: Harness;
beforeAll(async () => {
  // The run's one demo build (sharedFixture), copied into a folder of this file's own.
  const { path } = await demoGraph();
  h = await startHarness({ graphPath: path, staticDir: join(dirname(path), "none") }, dirname(path));
});
afterAll(() => h?.close());

describe("a real build of the demo articles", () => {
  it("has the demo's people, places and documents", async () => {
    const { data } = await h.gql(`{
      stats { entityCount relationCount documentCount builtAt }
      putin: search(query: "putin", limit: 1) { entity { id label type } }
      almaty: entity(name: "almaty") { id type }
      documents { nodes { id title wordCount } }
    }`);
    expect(data!.stats.documentCount).toBe(2);
    expect(data!.stats.entityCount).toBeGreaterThan(10);
    expect(data!.stats.relationCount).toBeGreaterThan(10);
    expect(data!.putin[0].entity).toMatchObject({ label: "Vladimir Putin", type: "PERSON" });
    expect(data!.almaty.type).toBe("LOCATION");
  });

  it("keeps every offset consistent with the document texts", async () => {
    const docs = (await h.gql(`{ documents { nodes { id text mentions { start end text entity { id } } } } }`)).data!
      .documents.nodes as { text: string; mentions: { start: number; end: number; text: string }[] }[];
    for (const doc of docs) {
      expect(doc.mentions.length).toBeGreaterThan(5);
      for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
    const rels = (
      await h.gql(`{ relations(first: 50, filter: { excludeCoOccurrence: true }) { totalCount nodes {
        category label evidence { start end text document { text } mentions { start end text } }
      } } }`)
    ).data!.relations;
    expect(rels.totalCount).toBeGreaterThan(3);
    for (const r of rels.nodes)
      for (const ev of r.evidence) {
        expect(ev.document.text.slice(ev.start, ev.end)).toBe(ev.text);
        for (const m of ev.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(ev.start);
          expect(ev.document.text.slice(m.start, m.end)).toBe(m.text);
        }
      }
  });

  it("connects the activists to Putin and draws them", async () => {
    const from = (await h.gql(`{ entity(name: "Qarakoz Qasym") { id } }`)).data!.entity.id;
    const to = (await h.gql(`{ entity(name: "Putin") { id } }`)).data!.entity.id;
    const paths = (
      await h.gql(`query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length } }`, { f: from, t: to })
    ).data!.shortestPath;
    expect(paths[0].length).toBeGreaterThan(0);
    const svg = await (
      await fetch(`${h.server.url}/embed/snapshot.svg?focus=${encodeURIComponent(to)}&depth=2`)
    ).text();
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain("Vladimir Putin");
    for (const name of ["graph.gexf", "graph.graphml"])
      expect(xmlProblem(await (await fetch(`${h.server.url}/export/${name}`)).text()), name).toBeNull();
  });
});
