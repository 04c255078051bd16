import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph } from "../graph/toViewGraph.js";
import { shortestPath } from "./shortestPath.js";

const node = (key: string) => ({ key, attributes: { type: "PERSON", label: key } });
const edge = (key: string, source: string, target: string, category = "ROLE") => ({
  key,
  source,
  target,
  attributes: { category },
});
const graph = toViewGraph(
  parseGraph({
    nodes: ["a", "b", "c", "d", "e"].map(node),
    edges: [edge("ab", "a", "b"), edge("cb", "c", "b"), edge("cd", "c", "d"), edge("ad", "a", "d")],
  }),
);

describe("shortestPath", () => {
  it("prefers typed relations to co-occurrence, and the typed one of parallel relations", () => {
    const g = toViewGraph(
      parseGraph({
        nodes: ["a", "b", "c", "d"].map(node),
        edges: [
          edge("ad", "a", "d", "CO_OCCURRENCE"),
          edge("ab", "a", "b"),
          edge("bd", "b", "d"),
          edge("ac~", "a", "c", "CO_OCCURRENCE"),
          edge("ac", "a", "c", "SUPPORT"),
        ],
      }),
    );
    expect(shortestPath(g, "a", "d")).toEqual({ nodes: ["a", "b", "d"], edges: ["ab", "bd"] });
    expect(shortestPath(g, "a", "c")?.edges).toEqual(["ac"]);
  });
  it("ignores direction and finds fewest hops", () => {
    expect(shortestPath(graph, "a", "c")?.nodes.length).toBe(3);
    expect(shortestPath(graph, "a", "d")).toEqual({ nodes: ["a", "d"], edges: ["ad"] });
  });
  it("respects edge visibility and reports no path", () => {
    expect(shortestPath(graph, "a", "d", (e) => e !== "ad")).toEqual({
      nodes: ["a", "b", "c", "d"],
      edges: ["ab", "cb", "cd"],
    });
    expect(shortestPath(graph, "a", "e")).toBeNull();
  });
});
