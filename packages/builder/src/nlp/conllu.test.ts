import { describe, expect, it } from "vitest";
import { readConllu, writeConlluSentence } from "./conllu.js";
import { TREES } from "./testing.js";

describe("readConllu", () => {
  it("reads words, gold columns and keeps comments and multiword ranges", () => {
    const { sentences, errors } = readConllu(TREES, "t.conllu");
    expect(errors).toEqual([]);
    expect(sentences).toHaveLength(2);
    const [a, b] = sentences;
    expect(a?.words).toEqual(["The", "minister", "said", "police", "detained", "two", "activists", "."]);
    expect(a?.head).toEqual([1, 2, -1, 4, 2, 6, 4, 2]);
    expect(b?.words).toEqual(["They", "do", "n't", "agree", "."]);
    expect(b?.xpos).toEqual(["PRP", "VBP", "RB", "VB", "."]);
    expect(b?.lines.some((l) => l.startsWith("2-3\tdon't"))).toBe(true);
  });

  it("writes predictions into columns 3, 4, 7 and 8 and leaves every other line and column alone", () => {
    const s = readConllu(TREES).sentences[1]!;
    const out = writeConlluSentence(s, {
      lemma: ["x", "y", "z", "w", "v"],
      upos: ["NOUN", "NOUN", "NOUN", "NOUN", "NOUN"],
      head: [-1, 0, 0, 0, 0],
      deprel: ["root", "dep", "dep", "dep", "dep"],
    });
    const lines = out.split("\n");
    expect(lines.slice(0, 2)).toEqual(s.lines.slice(0, 2));
    expect(lines[3]).toBe(s.lines[3]);
    expect(lines[4]).toBe("2\tdo\ty\tNOUN\tVBP\t_\t1\tdep\t_\t_");
    expect(lines[6]).toBe("4\tagree\tw\tNOUN\tVB\t_\t1\tdep\t_\tSpaceAfter=No");
    expect(out.endsWith("\n\n")).toBe(true);
  });

  it.each([
    [
      "a wrong column count",
      TREES.replace("1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_", "1\tThe\tthe\tDET"),
      3,
      /10 tab-separated columns, found 4/,
    ],
    ["a non-integer head", TREES.replace("2\tdet\t_\t_", "two\tdet\t_\t_"), 3, /HEAD "two" is not an integer/],
    [
      "a cycle in the tree",
      TREES.replace("3\tsaid\tsay\tVERB\tVBD\t_\t0\troot", "3\tsaid\tsay\tVERB\tVBD\t_\t5\troot"),
      5,
      /cycle/,
    ],
    ["a missing blank line at the end", TREES.trimEnd(), 19, /missing blank line/],
  ])("reports %s with file, line and reason and keeps the good sentence", (_, text, line, reason) => {
    const { sentences, errors } = readConllu(text, "bad.conllu");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe("bad.conllu");
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.reason).toMatch(reason);
    expect(sentences).toHaveLength(1);
  });
});
