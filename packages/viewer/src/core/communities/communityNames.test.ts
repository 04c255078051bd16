import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph } from "../graph/toViewGraph.js";
import { communityNames } from "./communityNames.js";

describe("communityNames", () => {
  it("names each community after its most central members, largest first", () => {
    const node = (key: string, community: number, pagerank: number) => ({
      key,
      attributes: { type: "PERSON", label: key.toUpperCase(), community, pagerank },
    });
    const graph = toViewGraph(
      parseGraph({
        nodes: [node("a", 1, 0.1), node("b", 1, 0.5), node("c", 1, 0.3), node("d", 2, 0.2)],
        edges: [],
      }),
    );
    expect(communityNames(graph)).toEqual([
      { id: 1, size: 3, name: "B, C and 1 more" },
      { id: 2, size: 1, name: "D" },
    ]);
  });
});
