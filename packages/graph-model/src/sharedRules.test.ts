import { describe, expect, it } from "vitest";
import { GraphFileError, assertGraphFile, graphFileProblem, isSerializedKnowledgeGraph } from "./graphFile.js";
import { iobSpans } from "./iobSpans.js";
import { NODE_COLORS, UNKNOWN_NODE_COLOR, nodeColor } from "./nodeColors.js";
import { normalizeSearchText } from "./normalizeSearchText.js";
import { ENTITY_TYPES } from "./types.js";

describe("graph file rule", () => {
  it("accepts a graphology serialization and names what is wrong otherwise", () => {
    const ok = { attributes: {}, nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] };
    expect(graphFileProblem(ok)).toBeNull();
    expect(graphFileProblem({ nodes: [], edges: [] })).toBeNull();
    expect(graphFileProblem(null)).toMatch(/^graph file is not a JSON object/);
    expect(graphFileProblem([])).toMatch(/^graph file is not a JSON object/);
    expect(graphFileProblem({ edges: [] })).toBe('graph file has no "nodes" array');
    expect(graphFileProblem({ nodes: [] })).toBe('graph file has no "edges" array');
    expect(graphFileProblem({ nodes: [], edges: [], attributes: 3 })).toMatch(/attributes/);
    expect(graphFileProblem({ nodes: [{ key: "a" }, { label: "x" }], edges: [] })).toBe(
      'graph file node 1 has no string "key"',
    );
    expect(graphFileProblem({ nodes: [], edges: [{ source: "a" }] })).toMatch(/edge 0/);
    expect(isSerializedKnowledgeGraph(ok)).toBe(true);
    expect(isSerializedKnowledgeGraph({ nodes: {} })).toBe(false);
    expect(() => assertGraphFile({ nodes: [] })).toThrow(GraphFileError);
  });
});

describe("node colours", () => {
  it("give every node type its own colour and unknown types a neutral one", () => {
    const colours = [...ENTITY_TYPES, "DOCUMENT" as const].map((t) => nodeColor(t));
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours).not.toContain(UNKNOWN_NODE_COLOR);
    expect(nodeColor("PERSON")).toBe(NODE_COLORS.PERSON);
    expect(nodeColor("SOMETHING_ELSE")).toBe(UNKNOWN_NODE_COLOR);
  });
});

describe("search text", () => {
  it("folds case, accents, letters that do not decompose and punctuation", () => {
    expect(normalizeSearchText("Zoë Müller")).toBe("zoe muller");
    expect(normalizeSearchText("Łódź")).toBe("lodz");
    expect(normalizeSearchText("Straße")).toBe("strasse");
    expect(normalizeSearchText("  São-Tomé & Príncipe ")).toBe("sao tome principe");
    expect(normalizeSearchText("Ｆｕｌｌ ｗｉｄｔｈ")).toBe("full width");
  });
});

describe("IOB2 spans", () => {
  it("continue only same-typed I- tags and open a span on a stray I-", () => {
    expect(iobSpans(["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-LOC", "B-LOC", "I-PER"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 5, type: "ORG" },
      { start: 5, end: 6, type: "LOC" },
      { start: 6, end: 7, type: "LOC" },
      { start: 7, end: 8, type: "PER" },
    ]);
    expect(iobSpans([])).toEqual([]);
    expect(iobSpans(["O", "O"])).toEqual([]);
  });
});
