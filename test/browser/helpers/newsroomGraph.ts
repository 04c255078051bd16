// A generated newsroom-sized graph for the browser tests (nothing large is committed): the bench's seeded synthetic
// graph plus a hub entity tied to `hubNeighbours` others, articles, and supporting sentences on every hub relation.
// Importing 10k nodes into a store costs seconds of CPU, so `newsroomStore` imports each size once per test run
// (sharedFixture) and every file's server reads that one store; the generator is seeded, so each file's in-memory
// copy of the graph is the same graph.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticGraph } from "../../../bench/viewerRender.js";
import type { RelationCategory, SerializedKnowledgeGraph } from "../../../packages/graph-model/src/index.js";
import { openStore } from "../../../packages/store/src/index.js";
import { sharedFixture } from "./sharedFixture.js";

export interface NewsroomGraph {
  path: string;
  graph: SerializedKnowledgeGraph;
  hub: string;
  hubNeighbours: string[];
  /** A typed hub relation with two supporting sentences. */
  typedEdge: string;
  /** Number of articles. */
  articles: number;
}

const ARTICLES = 40;

export interface NewsroomStore extends NewsroomGraph {
  /** The shared SQLite store holding the graph. */
  store: string;
}

export interface NewsroomOptions {
  nodes?: number;
  edges?: number;
  hubNeighbours?: number;
}

/** The graph written to a graph.json of its own (a server started on it imports it into a private store). */
export function newsroomGraph(opts: NewsroomOptions = {}): NewsroomGraph {
  const { graph, ...rest } = generate(opts);
  const dir = mkdtempSync(join(tmpdir(), "kg-newsroom-"));
  const path = join(dir, "graph.json");
  writeFileSync(path, JSON.stringify(graph));
  return { path, graph, ...rest };
}

/**
 * The graph imported once per test run into a SQLite store shared by every caller: start the server with
 * `startViewerServer(fixture.path, { store: fixture.store })`. The store and graph.json are read-only for callers.
 */
export async function newsroomStore(opts: NewsroomOptions = {}): Promise<NewsroomStore> {
  const { graph, ...rest } = generate(opts);
  const name = `newsroom-${opts.nodes ?? 10_000}-${opts.edges ?? 40_000}-${opts.hubNeighbours ?? 2000}`;
  const dir = await sharedFixture(name, async (into) => {
    writeFileSync(join(into, "graph.json"), JSON.stringify(graph));
    const store = await openStore(join(into, "graph.db"));
    try {
      await store.writeBuild({ graph });
    } finally {
      await store.close();
    }
  });
  return { path: join(dir, "graph.json"), store: join(dir, "graph.db"), graph, ...rest };
}

function generate(opts: NewsroomOptions): Omit<NewsroomGraph, "path"> {
  const nodes = opts.nodes ?? 10_000;
  const graph = syntheticGraph(nodes, opts.edges ?? 40_000, 11);
  const hubIndex = 0;
  const hub = graph.nodes[hubIndex]!.key;
  const hubLabel = String((graph.nodes[hubIndex]!.attributes as { label: string }).label);
  const count = Math.min(nodes - 1, opts.hubNeighbours ?? 2000);
  const texts: string[] = Array.from({ length: ARTICLES }, () => "");
  for (let d = 0; d < ARTICLES; d++) {
    graph.nodes.push({
      key: `doc:a${d}`,
      attributes: {
        kind: "document",
        type: "DOCUMENT",
        label: `Article ${d}`,
        title: `Article ${d}`,
        date: `2024-0${1 + (d % 9)}-1${d % 10}`,
        file: `a${d}.txt`,
        contentHash: "",
        text: "",
        wordCount: 0,
        degree: 0,
        pagerank: 0,
        community: 0,
        x: 0,
        y: 0,
        size: 1,
      },
    });
  }
  const sentence = (doc: number, a: string, b: string, verb: string) => {
    const text = `${a} ${verb} ${b} on Tuesday.`;
    const start = texts[doc]!.length;
    texts[doc] += `${text} `;
    return { doc: `doc:a${doc}`, start, end: start + text.length, text };
  };
  const categories: RelationCategory[] = ["ROLE", "STATEMENT", "SUPPORT", "CO_OCCURRENCE"];
  const hubNeighbours: string[] = [];
  for (let i = 1; i <= count; i++) {
    const other = graph.nodes[Math.floor((i * (nodes - 1)) / count)]!;
    const label = String((other.attributes as { label: string }).label);
    const category = categories[i % categories.length]!;
    const verb = category === "CO_OCCURRENCE" ? "was seen with" : "met";
    const evidence = [
      sentence(i % ARTICLES, hubLabel, label, verb),
      sentence((i + 7) % ARTICLES, hubLabel, label, verb),
    ];
    hubNeighbours.push(other.key);
    graph.edges.push({
      key: `hub${i}`,
      source: hub,
      target: other.key,
      attributes: {
        category,
        label: category === "CO_OCCURRENCE" ? "co-occurs with" : "met",
        labels: [],
        // The typed edge the tests open ranks first in its group.
        confidence: i === 1 ? 1 : 0.5 + (i % 50) / 100,
        weight: evidence.length,
        date: "2024-03-05",
        ...(i === 1 ? { quantities: [{ value: 300, unit: "people", text: "about 300 people" }] } : {}),
        evidence,
        docs: [...new Set(evidence.map((e) => e.doc))],
      },
    });
  }
  graph.nodes.forEach((n) => {
    if (n.attributes.kind === "document") n.attributes.text = texts[Number(n.key.slice(5))] ?? "";
  });
  (graph.nodes[hubIndex]!.attributes as { degree: number; pagerank: number }).degree += count;
  (graph.nodes[hubIndex]!.attributes as { pagerank: number }).pagerank = 1;
  // Every neighbour of the hub, the synthetic graph's own edges included.
  for (const e of graph.edges) {
    if (e.source === hub) hubNeighbours.push(e.target);
    else if (e.target === hub) hubNeighbours.push(e.source);
  }
  return { graph, hub, hubNeighbours: [...new Set(hubNeighbours)], typedEdge: "hub1", articles: ARTICLES };
}
