import { afterEach, describe, expect, it, vi } from "vitest";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import { createSnapshot, parseSnapshot, SnapshotError, snapshotScriptText, verifySnapshot } from "./widgetSnapshot.js";

const sub: Subgraph = {
  focus: "a",
  truncated: false,
  nodes: [
    { id: "a", label: "Alpha </script><b>", type: "PERSON", x: 0, y: 0, size: 3 },
    { id: "b", label: "Beta", type: "ORGANIZATION", x: 1, y: 2, size: 2 },
  ],
  edges: [{ id: "r1", source: "a", target: "b", category: "ROLE", label: "leads", confidence: 0.9 }],
};

describe("widget snapshots", () => {
  it("hash the graph they freeze: same graph, same version; another graph, another version", async () => {
    const one = await createSnapshot(sub, "2024-01-01T00:00:00Z", new Date(0));
    const two = await createSnapshot(structuredClone(sub), null, new Date(1));
    expect(one.version).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(two.version).toBe(one.version);
    const changed = await createSnapshot({ ...sub, edges: [{ ...sub.edges[0]!, label: "advises" }] }, null);
    expect(changed.version).not.toBe(one.version);
  });

  it("round-trip through the page as script text that no label can close", async () => {
    const snap = await createSnapshot(sub, "2024-01-01T00:00:00Z");
    const text = snapshotScriptText(snap);
    expect(text).not.toContain("</script>");
    const back = parseSnapshot(text);
    expect(back.graph).toEqual(snap.graph);
    expect(back.version).toBe(snap.version);
    expect(back.builtAt).toBe("2024-01-01T00:00:00Z");
  });

  it("refuse what is not a snapshot, and drop edges to unknown nodes", async () => {
    expect(() => parseSnapshot("{")).toThrow(SnapshotError);
    expect(() => parseSnapshot('{"nodes":[]}')).toThrow(/not a graph snapshot/);
    const snap = await createSnapshot(sub, null);
    const broken = { ...snap, graph: { ...snap.graph, focus: "zz" } };
    expect(() => parseSnapshot(JSON.stringify(broken))).toThrow(/does not contain its focus/);
    const dangling = {
      ...snap,
      graph: { ...snap.graph, edges: [...snap.graph.edges, { ...snap.graph.edges[0]!, id: "r2", target: "nope" }] },
    };
    expect(parseSnapshot(JSON.stringify(dangling)).graph.edges.map((e) => e.id)).toEqual(["r1"]);
  });

  describe("verification", () => {
    afterEach(() => vi.unstubAllGlobals());

    it("passes a snapshot as published, through the page's script text", async () => {
      const snap = parseSnapshot(snapshotScriptText(await createSnapshot(sub, null)));
      await expect(verifySnapshot(snap)).resolves.toBe("verified");
    });

    it("refuses a snapshot whose graph was changed after pinning: a label, a node, an edge dropped", async () => {
      const snap = await createSnapshot(sub, null);
      const relabelled = { ...snap, graph: { ...snap.graph, edges: [{ ...snap.graph.edges[0]!, label: "fired" }] } };
      const extra = {
        ...snap,
        graph: { ...snap.graph, nodes: [...snap.graph.nodes, { ...snap.graph.nodes[1]!, id: "c", label: "Gamma" }] },
      };
      // An edge the parser drops (its end is gone) changes the graph too.
      const dangling = {
        ...snap,
        graph: { ...snap.graph, edges: [{ ...snap.graph.edges[0]!, target: "nope" }] },
      };
      for (const altered of [relabelled, extra, dangling]) {
        const parsed = parseSnapshot(JSON.stringify(altered));
        await expect(verifySnapshot(parsed)).rejects.toThrow(SnapshotError);
        await expect(verifySnapshot(parsed)).rejects.toThrow(/changed after it was published/);
      }
      // The version itself edited: no longer the hash of the graph either.
      const forged = { ...snap, version: `sha256-${"0".repeat(64)}` };
      await expect(verifySnapshot(forged)).rejects.toThrow(/does not match its version 00000000/);
    });

    it("says it could not check where the page has no SubtleCrypto (plain http)", async () => {
      const snap = await createSnapshot(sub, null);
      vi.stubGlobal("crypto", {});
      await expect(verifySnapshot(snap)).resolves.toBe("unverifiable");
      await expect(createSnapshot(sub, null)).rejects.toThrow(/secure page/);
    });
  });
});
