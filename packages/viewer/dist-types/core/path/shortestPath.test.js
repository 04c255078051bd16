import { describe, expect, it } from "vitest";
import { parseGraph } from "../graph/parseGraph.js";
import { toViewGraph } from "../graph/toViewGraph.js";
import { shortestPath } from "./shortestPath.js";
const node = (key) => ({ key, attributes: { type: "PERSON", label: key } });
const edge = (key, source, target) => ({
    key,
    source,
    target,
    attributes: { category: "ROLE" },
});
const graph = toViewGraph(parseGraph({
    nodes: ["a", "b", "c", "d", "e"].map(node),
    edges: [edge("ab", "a", "b"), edge("cb", "c", "b"), edge("cd", "c", "d"), edge("ad", "a", "d")],
}));
describe("shortestPath", () => {
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
//# sourceMappingURL=shortestPath.test.js.map