import { describe, expect, it } from "vitest";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import { createSnapshot, parseSnapshot, SnapshotError, snapshotScriptText } from "./widgetSnapshot.js";

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
});
