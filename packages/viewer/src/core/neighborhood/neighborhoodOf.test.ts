import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { neighborhoodOf } from "./neighborhoodOf.js";

const data = parseGraph({
  nodes: [
    { key: "t", attributes: { type: "PERSON", label: "Valerian-Tomas Venkov", aliases: ["Venkov"] } },
    { key: "k", attributes: { type: "COUNTRY", label: "Valdoria" } },
    { key: "r", attributes: { type: "COUNTRY", label: "Kestovia" } },
    { key: "p", attributes: { type: "PERSON", label: "Dario Orsin" } },
    { key: "doc", attributes: { type: "DOCUMENT", title: "D", text: "" } },
  ],
  edges: [
    { key: "tk", source: "t", target: "k", attributes: { category: "ROLE" } },
    { key: "pr", source: "p", target: "r", attributes: { category: "ROLE" } },
    { key: "rk", source: "r", target: "k", attributes: { category: "MOVEMENT" } },
    { key: "m", source: "doc", target: "t", attributes: { category: "MENTIONS" } },
  ],
});

describe("neighborhoodOf", () => {
  it("takes depth hops, undirected, without documents", () => {
    expect(neighborhoodOf(data, "t", 1)!.nodes.map((n) => n.id)).toEqual(["t", "k"]);
    const two = neighborhoodOf(data, "t", 2)!;
    expect(two.nodes.map((n) => n.id).sort()).toEqual(["k", "r", "t"]);
    expect(two.edges.map((e) => e.id).sort()).toEqual(["rk", "tk"]);
  });
  it("resolves a focus given as a name or alias", () => {
    expect(neighborhoodOf(data, "venkov", 1)?.focus).toBe("t");
    expect(neighborhoodOf(data, "nobody", 1)).toBeNull();
  });
  it("reports truncation", () => {
    expect(neighborhoodOf(data, "k", 2, 2)?.truncated).toBe(true);
  });
});
