// storeChangeOf names the rows a change of articles reaches; written with writeChanges they leave the store as a
// whole rewrite would, and it declines (whole write) when the store is not the build the change starts from.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import { openStore, type SqlGraphStore } from "@newskg/store";
import { documentKey, syntheticGraph, syntheticSentences } from "@newskg/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TouchedRows } from "./resolveIncrementally.js";
import { storeBuildStamp } from "./resolutionIndex.js";
import { storeChangeOf } from "./storeChangeOf.js";

let dir: string;
let store: SqlGraphStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-change-"));
  store = await openStore(join(dir, "graph.db"));
  await store.writeBuild({ graph: syntheticGraph({ documents: 30 }), sentencesOf: syntheticSentences });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const range = (n: number) => Array.from({ length: n }, (_, i) => documentKey(i));

/** As resolution names them: the changed articles and the entities they mention (in either graph). */
function touchedBy(docs: string[], graphs: SerializedKnowledgeGraph[], previous: number): TouchedRows {
  const changed = new Set(docs);
  const entities = new Set<string>();
  for (const graph of graphs)
    for (const node of graph.nodes)
      if (node.attributes.kind === "entity" && node.attributes.mentions.some((m) => changed.has(m.doc)))
        entities.add(node.key);
  return { docs: changed, entities, moved: new Set(), previousDocs: new Set(range(previous)) };
}

describe("storeChangeOf", () => {
  it("names the added, edited and removed articles' rows and writes what a whole rewrite writes", async () => {
    const before = syntheticGraph({ documents: 30 });
    const after = syntheticGraph({ documents: 32, editedDocuments: [5], omitDocuments: [9] });
    const touched = touchedBy([documentKey(30), documentKey(31), documentKey(5), documentKey(9)], [before, after], 30);
    const change = (await storeChangeOf(store, after, touched, []))!;
    expect(change).not.toBeNull();
    expect(change.removedNodes).toContain(documentKey(9));
    // A few rows, not the graph.
    expect(change.nodes.length).toBeLessThan(after.nodes.length / 2);
    expect(change.edges.length).toBeLessThan(after.edges.length / 2);
    await store.writeChanges({ ...change, sentencesOf: syntheticSentences });
    expect(await store.readGraph()).toEqual(after);
  });

  it("takes in any row whose graph-wide numbers moved, touched or not", async () => {
    const after = syntheticGraph({ documents: 31 });
    const touched = touchedBy([documentKey(30)], [after], 30);
    const far = after.nodes.find((n) => n.attributes.kind === "entity" && !touched.entities.has(n.key))!;
    (far.attributes as { pagerank: number }).pagerank += 0.25;
    const change = (await storeChangeOf(store, after, touched, []))!;
    expect(change.nodes.map((n) => n.key)).toContain(far.key);
    await store.writeChanges({ ...change, sentencesOf: syntheticSentences });
    expect(await store.readGraph()).toEqual(after);
  });

  it("declines when the store holds other articles, another builder's build or other curation", async () => {
    const after = syntheticGraph({ documents: 31 });
    const touched = touchedBy([documentKey(30)], [after], 30);
    expect(await storeChangeOf(store, after, { ...touched, previousDocs: new Set(range(29)) }, [])).toBeNull();
    const other = { ...after, attributes: { ...after.attributes, builderVersion: "another" } };
    expect(await storeChangeOf(store, other, touched, [])).toBeNull();
    const curation = [{ action: { op: "rejectEntity" as const, entity: "e:1" }, applied: true }];
    expect(await storeChangeOf(store, after, touched, curation)).toBeNull();
    // kg build's index names the store build it was written with: another build since (one killed before its
    // index was written, another writer) and the change is declined.
    const build = (await store.currentBuild())!;
    const stamp = storeBuildStamp(build);
    expect(await storeChangeOf(store, after, { ...touched, previousBuild: stamp }, [], true)).not.toBeNull();
    expect(await storeChangeOf(store, after, touched, [], true)).toBeNull();
    await store.writeBuild({ graph: syntheticGraph({ documents: 30 }), sentencesOf: syntheticSentences });
    expect(await storeChangeOf(store, after, { ...touched, previousBuild: stamp }, [], true)).toBeNull();
  });
});
