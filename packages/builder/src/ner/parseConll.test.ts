import { describe, expect, it } from "vitest";
import { NerInputError, formatConllWithTags, parseConll } from "./parseConll.js";

// Made-up sentences in CoNLL layout (token POS chunk NER).
const FIXTURE = [
  "-DOCSTART- -X- -X- O",
  "",
  "Dana NNP B-NP B-PER",
  "Oskarova NNP I-NP I-PER",
  "visited VBD B-VP O",
  "Tirana NNP B-NP B-LOC",
  ". . O O",
  "",
  "She PRP B-NP O",
  "left VBD B-VP O",
  "",
  "-DOCSTART- -X- -X- O",
  "",
  "Rain NN B-NP O",
  "",
].join("\n");

describe("parseConll", () => {
  it("splits documents and sentences and keeps line numbers", () => {
    const p = parseConll(FIXTURE, "fixture.conll");
    expect(p.documents).toHaveLength(2);
    expect(p.documents[0]!.sentences.map((s) => s.map((t) => t.token))).toEqual([
      ["Dana", "Oskarova", "visited", "Tirana", "."],
      ["She", "left"],
    ]);
    expect(p.documents[0]!.sentences[0]![1]!.lineNo).toBe(4);
    expect(p.documents[0]!.sentences[0]![1]!.lastColumn).toBe("I-PER");
    expect(p.tokenCount).toBe(8);
  });

  it("round-trips every line and appends one column to token lines only", () => {
    const p = parseConll(FIXTURE, "fixture.conll");
    const tags = p.documents.map((d) => d.sentences.map((s) => s.map(() => "O")));
    const out = formatConllWithTags(p, tags).split("\n");
    const inLines = FIXTURE.split("\n");
    expect(out).toHaveLength(inLines.length);
    inLines.forEach((line, i) => {
      if (line === "" || line.startsWith("-DOCSTART-")) expect(out[i]).toBe(line);
      else expect(out[i]).toBe(`${line} O`);
    });
  });

  it("accepts token-only files, CRLF line ends and files without DOCSTART or final newline", () => {
    const p = parseConll("Alma\r\nAta\r\n\r\nyes", "plain.conll");
    expect(p.documents).toHaveLength(1);
    expect(p.documents[0]!.sentences).toHaveLength(2);
    expect(formatConllWithTags(p, [[["B-LOC", "I-LOC"], ["O"]]])).toBe("Alma B-LOC\nAta I-LOC\n\nyes O\n");
  });

  it("ignores a byte order mark and keeps tab separators", () => {
    const p = parseConll("\uFEFF-DOCSTART-\tO\n\nAlma\tNNP\n", "bom.conll");
    expect(p.documents).toHaveLength(1);
    expect(formatConllWithTags(p, [[["B-LOC"]]])).toBe("-DOCSTART-\tO\n\nAlma\tNNP\tB-LOC\n");
  });

  it("keeps a DOCSTART directly followed by another as an empty document", () => {
    const p = parseConll("-DOCSTART- O\n-DOCSTART- O\n\nHi O\n", "x.conll");
    expect(p.documents.map((d) => d.sentences.length)).toEqual([0, 1]);
    expect(formatConllWithTags(p, [[], [["O"]]])).toBe("-DOCSTART- O\n-DOCSTART- O\n\nHi O O\n");
  });

  it("reports the file and line of a malformed line", () => {
    const bad = "Dana NNP B-PER\nOskarova NNP\n";
    expect(() => parseConll(bad, "bad.conll")).toThrow(NerInputError);
    expect(() => parseConll(bad, "bad.conll")).toThrow("bad.conll:2: malformed line");
    expect(() => parseConll("Dana X\n  indented X\n", "ws.conll")).toThrow("ws.conll:2:");
    expect(() => parseConll("Dana X\nbin\u0001ary X\n", "bin.conll")).toThrow("bin.conll:2:");
  });

  it("rejects empty files and files without tokens", () => {
    expect(() => parseConll("", "empty.conll")).toThrow("empty.conll: file is empty");
    expect(() => parseConll("-DOCSTART- O\n\n\n", "blank.conll")).toThrow("blank.conll: no token lines");
  });
});
