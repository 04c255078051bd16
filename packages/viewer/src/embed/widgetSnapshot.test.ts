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
  it("hash what they freeze: same graph and dates, same version; another graph or date, another version", async () => {
    const built = "2024-01-01T00:00:00Z";
    const one = await createSnapshot(sub, built, new Date(0));
    const two = await createSnapshot(structuredClone(sub), built, new Date(0));
    expect(one.kgSnapshot).toBe(2);
    expect(one.version).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(two.version).toBe(one.version);
    const changed = await createSnapshot(
      { ...sub, edges: [{ ...sub.edges[0]!, label: "advises" }] },
      built,
      new Date(0),
    );
    expect(changed.version).not.toBe(one.version);
    expect((await createSnapshot(sub, "2024-02-01T00:00:00Z", new Date(0))).version).not.toBe(one.version);
    expect((await createSnapshot(sub, built, new Date(1))).version).not.toBe(one.version);
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

    it("refuses a snapshot whose build or pinning date was edited after pinning", async () => {
      const snap = await createSnapshot(sub, "2024-01-01T00:00:00Z", new Date(0));
      for (const altered of [
        { ...snap, builtAt: "2025-01-01T00:00:00Z" },
        { ...snap, builtAt: null },
        { ...snap, pinnedAt: new Date(1).toISOString() },
      ])
        await expect(verifySnapshot(parseSnapshot(JSON.stringify(altered)))).rejects.toThrow(/changed after it was/);
    });

    it("still reads and checks format 1 pins (graph-only hash), and refuses an unknown format clearly", async () => {
      // A format 1 pin as the builder wrote it before: the version is the hash of the canonical graph alone.
      const graph = (await createSnapshot(sub, null)).graph;
      const bytes = new TextEncoder().encode(JSON.stringify(graph));
      const hex = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
      const old = { kgSnapshot: 1, version: `sha256-${hex}`, builtAt: "2024-01-01T00:00:00Z", pinnedAt: "", graph };
      const parsed = parseSnapshot(JSON.stringify(old));
      expect(parsed.kgSnapshot).toBe(1);
      await expect(verifySnapshot(parsed)).resolves.toBe("verified");
      // Its dates were never covered: editing them does not break it (the widget says the date is not covered).
      await expect(verifySnapshot({ ...parsed, builtAt: "2030-01-01T00:00:00Z" })).resolves.toBe("verified");
      const relabelled = { ...old, graph: { ...graph, edges: [{ ...graph.edges[0]!, label: "fired" }] } };
      await expect(verifySnapshot(parseSnapshot(JSON.stringify(relabelled)))).rejects.toThrow(/changed after/);
      expect(() => parseSnapshot(JSON.stringify({ ...old, kgSnapshot: 3 }))).toThrow(/format 3, newer than/);
    });

    it("says it could not check where the page has no SubtleCrypto (plain http)", async () => {
      const snap = await createSnapshot(sub, null);
      vi.stubGlobal("crypto", {});
      await expect(verifySnapshot(snap)).resolves.toBe("unverifiable");
      await expect(createSnapshot(sub, null)).rejects.toThrow(/secure page/);
    });
  });
});
