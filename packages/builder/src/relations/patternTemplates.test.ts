import { describe, expect, it } from "vitest";
import { expandPatterns, type TemplatedPatternFile } from "./patternTemplates.js";
import { STATIC_PATTERNS } from "./staticPatterns.js";

const file = (patterns: TemplatedPatternFile["patterns"]): TemplatedPatternFile => ({
  sets: {},
  templates: {
    pair: {
      category: "LOCATION",
      nodes: [
        { name: "a", ent: ["$A"] },
        { name: "b", from: "$FROM", op: ">", dep: ["nmod", "$DEP"] },
      ],
      source: "a",
      target: "b",
      label: { text: "in" },
    },
  },
  patterns,
});

describe("expandPatterns", () => {
  it("binds list and string placeholders and adds node constraints, keeping list order", () => {
    const out = expandPatterns(
      file([
        {
          use: "pair",
          id: "p1",
          why: "w",
          confidence: 0.7,
          bind: { A: ["LOCATION", "COUNTRY"], FROM: ["a"], DEP: ["appos", "flat"] },
          with: { b: { prep: ["in"] } },
          category: "ORIGIN",
        },
        {
          id: "plain",
          why: "w",
          category: "ROLE",
          nodes: [{ name: "x" }],
          source: "x",
          target: "x",
          label: { text: "" },
          confidence: 0.5,
        },
      ]),
    );
    expect(out.patterns.map((p) => p.id)).toEqual(["p1", "plain"]);
    const p1 = out.patterns[0]!;
    expect(p1.category).toBe("ORIGIN");
    expect(p1.nodes).toEqual([
      { name: "a", ent: ["LOCATION", "COUNTRY"] },
      { name: "b", from: "a", op: ">", dep: ["nmod", "appos", "flat"], prep: ["in"] },
    ]);
  });

  it("rejects an unbound placeholder, an unknown template and a constraint on a missing node", () => {
    expect(() =>
      expandPatterns(file([{ use: "pair", id: "x", why: "w", confidence: 1, bind: { A: ["PERSON"] } }])),
    ).toThrow(/parameter \$FROM is not bound/);
    expect(() => expandPatterns(file([{ use: "nope", id: "x", why: "w", confidence: 1 }]))).toThrow(/unknown template/);
    expect(() =>
      expandPatterns(
        file([
          { use: "pair", id: "x", why: "w", confidence: 1, bind: { A: [], FROM: ["a"], DEP: [] }, with: { c: {} } },
        ]),
      ),
    ).toThrow(/no node c/);
  });

  it("leaves no placeholder in the shipped patterns, and every pattern id is unique", () => {
    const text = JSON.stringify(STATIC_PATTERNS.patterns);
    expect(text).not.toMatch(/"\$[A-Z_]+"/);
    const ids = STATIC_PATTERNS.patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(STATIC_PATTERNS.sets["TITLE"]).toContain("spokesman");
  });
});
