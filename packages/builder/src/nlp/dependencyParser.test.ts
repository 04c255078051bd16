import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { readConllu } from "./conllu.js";
import { Doc, UPOS_TAGS } from "./doc.js";
import { evaluateParser } from "./evaluateParser.js";
import { loadDependencyParser } from "./loadDependencyParser.js";
import { repoRoot } from "./parserPaths.js";

const parser = loadDependencyParser();

/** Every word has one head inside the sentence or is the single root, and no head chain loops. */
function expectTree(head: Int32Array): void {
  const n = head.length;
  expect([...head].filter((h) => h === -1)).toHaveLength(1);
  for (let i = 0; i < n; i++) {
    expect(head[i]).toBeGreaterThanOrEqual(-1);
    expect(head[i]).toBeLessThan(n);
    let k = i;
    for (let steps = 0; k !== -1; steps++) {
      expect(steps).toBeLessThanOrEqual(n);
      k = head[k] ?? -1;
    }
  }
}

describe("DependencyParser", () => {
  it("lemmatizes the verbs the relation layer keys on", () => {
    const cases: [string, string][] = [
      ["The mayor said on Monday that she would resign .", "said"],
      ["He says the deal is dead .", "says"],
      ["She left the hall , saying nothing .", "saying"],
      ["Police detained three men overnight .", "detained"],
      ["Thousands fled the fighting last week .", "fled"],
    ];
    const expected: Record<string, string> = {
      said: "say",
      says: "say",
      saying: "say",
      detained: "detain",
      fled: "flee",
    };
    for (const [sentence, verb] of cases) {
      const words = sentence.split(" ");
      const r = parser.analyze(words);
      const i = words.indexOf(verb);
      expect(r.upos[i], `${verb} in "${sentence}"`).toBe("VERB");
      expect(r.lemma[i]).toBe(expected[verb]);
    }
  });

  it("reads subject, object and oblique of simple clauses", () => {
    const attack = parser.analyze("Rebels attacked the convoy .".split(" "));
    expect(attack.head[1]).toBe(-1);
    expect([attack.deprel[0], attack.head[0]]).toEqual(["nsubj", 1]);
    expect([attack.deprel[3], attack.head[3]]).toEqual(["obj", 1]);
    const flight = parser.analyze("Thousands fled to the mountains .".split(" "));
    expect([flight.deprel[4], flight.head[4]]).toEqual(["obl", 1]);
    expect([flight.deprel[2], flight.head[2]]).toEqual(["case", 4]);
  });

  it.each([
    ["one word", ["Yes"]],
    ["all punctuation", ["--", "!", "?", "...", '"', "(", ")", ";"]],
    ["all capitals", "POLICE ARREST THREE AFTER RIOT IN CAPITAL".split(" ")],
    [
      "500 words",
      Array.from(
        { length: 500 },
        (_, i) => ["the", "officials", "met", "and", "talked", ",", "then", "left"][i % 8] ?? "x",
      ),
    ],
  ])("parses %s into a well-formed tree in 2n moves", (_, words) => {
    const r = parser.analyze(words);
    expectTree(r.head);
    expect(r.transitions).toBe(2 * words.length);
    for (const t of r.upos) expect(UPOS_TAGS).toContain(t);
    expect(r.deprel.every((d) => d.length > 0)).toBe(true);
  });

  it("annotates a Doc in place, sentence by sentence, with document-level heads", () => {
    const text = "Officials met. They signed a pact.";
    const tokens = tokenize(text);
    const doc = new Doc({
      text,
      words: tokens.map((t) => t.text),
      start: tokens.map((t) => t.start),
      end: tokens.map((t) => t.end),
      sentStarts: [0, 3],
    });
    parser.annotate(doc);
    expect(doc.head[1]).toBe(-1);
    expect(doc.head[4]).toBe(-1);
    for (let i = 3; i < doc.length; i++) expect(doc.head[i] === -1 || (doc.head[i] ?? 0) >= 3).toBe(true);
    expect(doc.token(4).lemma).toBe("sign");
    expect(doc.token(3).dep).toBe("nsubj");
    expect(doc.token(3).head?.text).toBe("signed");
  });
});

const devPath = resolve(repoRoot, "../shared/data/ud/en_ewt-ud-dev.conllu");
describe.skipIf(!existsSync(devPath))("shipped parser on UD EWT dev (../shared present)", () => {
  it("keeps its measured UPOS, UAS and LAS", () => {
    const dev = readConllu(readFileSync(devPath, "utf8"), devPath).sentences;
    const s = evaluateParser(parser, dev);
    expect(s.upos).toBeGreaterThanOrEqual(0.951);
    expect(s.uas).toBeGreaterThanOrEqual(0.839);
    expect(s.las).toBeGreaterThanOrEqual(0.803);
  });
});
