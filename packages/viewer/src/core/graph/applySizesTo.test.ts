import { describe, expect, it } from "vitest";
import { parseGraph } from "./parseGraph.js";
import type { ViewGraph } from "./toViewGraph.js";
import { applySizes, applySizesTo, toViewGraph, viewNodeOf } from "./toViewGraph.js";

const entity = (key: string, degree: number) => ({ key, attributes: { type: "PERSON", label: key, degree } });
const sizes = (g: ViewGraph) => Object.fromEntries(g.mapNodes((n, a) => [n, a.size]));

function withAdded(degree: number): { graph: ViewGraph; whole: ViewGraph; resizedAll: boolean } {
  const first = parseGraph({ nodes: [entity("a", 8), entity("b", 2)], edges: [] });
  const graph = toViewGraph(first);
  const added = viewNodeOf(parseGraph({ nodes: [entity("c", degree)], edges: [] }).entities.get("c")!);
  graph.addNode("c", added);
  const resizedAll = applySizesTo(graph, "degree", ["c"]);
  const whole = graph.copy();
  applySizes(whole, "degree");
  return { graph, whole, resizedAll };
}

describe("applySizesTo", () => {
  it("sizes only the added entity when the scale stays, as a whole pass would", () => {
    const { graph, whole, resizedAll } = withAdded(4);
    expect(resizedAll).toBe(false);
    expect(sizes(graph)).toEqual(sizes(whole));
  });

  it("sizes every entity again when an added one has the largest degree", () => {
    const { graph, whole, resizedAll } = withAdded(32);
    expect(resizedAll).toBe(true);
    expect(sizes(graph)).toEqual(sizes(whole));
  });
});
