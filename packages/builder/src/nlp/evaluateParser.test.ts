import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu.js";
import { evaluateParser, formatRelationScores } from "./evaluateParser.js";
import { TREES } from "./testing.js";

describe("evaluateParser", () => {
  const gold = readConllu(TREES).sentences;

  it("scores a parse that equals the gold trees as perfect, relation by relation", () => {
    const perfect = {
      analyze: (words: readonly string[]) => {
        const s = gold.find((g) => g.words.join(" ") === words.join(" "))!;
        return { upos: s.upos, lemma: s.lemma, head: Int32Array.from(s.head ?? []), deprel: s.deprel };
      },
    };
    const scores = evaluateParser(perfect, gold);
    expect([scores.uas, scores.las, scores.lasFull]).toEqual([1, 1, 1]);
    const nsubj = scores.relations["nsubj"]!;
    expect(nsubj.gold).toBeGreaterThan(0);
    expect(nsubj.correct).toBe(nsubj.gold);
    expect(formatRelationScores(scores)).toContain("recall 100.00");
  });

  it("counts a right head with a wrong relation against both relations", () => {
    const swapped = {
      analyze: (words: readonly string[]) => {
        const s = gold.find((g) => g.words.join(" ") === words.join(" "))!;
        return {
          upos: s.upos,
          lemma: s.lemma,
          head: Int32Array.from(s.head ?? []),
          deprel: s.deprel.map((d) => (d === "obj" ? "nsubj" : d)),
        };
      },
    };
    const scores = evaluateParser(swapped, gold);
    const obj = scores.relations["obj"]!;
    const nsubj = scores.relations["nsubj"]!;
    expect(obj.gold).toBeGreaterThan(0);
    expect(obj.correct).toBe(0);
    expect(nsubj.predicted).toBe(nsubj.gold + obj.gold);
    expect(scores.uas).toBe(1);
    expect(scores.las).toBeLessThan(1);
  });
});
