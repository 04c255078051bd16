import { describe, expect, it } from "vitest";
import { GraphFormatError, parseGraph, relationDate } from "./parseGraph.js";

describe("parseGraph", () => {
  it("rejects non-graphs with a readable error", () => {
    expect(() => parseGraph({ hello: 1 })).toThrow(GraphFormatError);
    expect(() => parseGraph(null)).toThrow(/nodes/);
  });
  it("separates documents and entities, drops MENTIONS and dangling edges", () => {
    const data = parseGraph({
      nodes: [
        { key: "doc:a", attributes: { type: "DOCUMENT", title: "A", text: "T", date: "2022-09-23" } },
        { key: "person:x", attributes: { type: "PERSON", label: "X", x: 1, y: 2 } },
        { key: "country:y", attributes: { type: "COUNTRY", label: "Y" } },
      ],
      edges: [
        { key: "m", source: "doc:a", target: "person:x", attributes: { category: "MENTIONS" } },
        { key: "r", source: "person:x", target: "country:y", attributes: { category: "ROLE", docs: ["doc:a"] } },
        { key: "d", source: "person:x", target: "nowhere", attributes: { category: "ROLE" } },
      ],
    });
    expect([...data.documents.keys()]).toEqual(["doc:a"]);
    expect([...data.entities.keys()]).toEqual(["person:x", "country:y"]);
    expect(data.relations.map((r) => r.key)).toEqual(["r"]);
    expect(Number.isFinite(data.entities.get("country:y")!.x)).toBe(true);
    expect(relationDate(data.relations[0]!.attributes, data.documents)).toBe("2022-09-23");
  });
  it("dates a relation by its own date, else by the earliest of its articles (whatever their order)", () => {
    const data = parseGraph({
      nodes: [
        { key: "doc:b", attributes: { type: "DOCUMENT", title: "B", text: "T", date: "2023-03-10" } },
        { key: "doc:a", attributes: { type: "DOCUMENT", title: "A", text: "T", date: "2023-05-01" } },
        { key: "doc:c", attributes: { type: "DOCUMENT", title: "C", text: "T" } },
        { key: "person:x", attributes: { type: "PERSON", label: "X" } },
        { key: "country:y", attributes: { type: "COUNTRY", label: "Y" } },
      ],
      edges: [
        {
          key: "r",
          source: "person:x",
          target: "country:y",
          attributes: { category: "ROLE", docs: ["doc:a", "doc:c", "doc:b"] },
        },
        {
          key: "s",
          source: "country:y",
          target: "person:x",
          attributes: { category: "VISIT", date: "2024", docs: ["doc:b"] },
        },
        { key: "t", source: "person:x", target: "country:y", attributes: { category: "ROLE", docs: ["doc:c"] } },
      ],
    });
    const dates = data.relations.map((r) => relationDate(r.attributes, data.documents));
    expect(dates).toEqual(["2023-03-10", "2024", undefined]);
  });
});
