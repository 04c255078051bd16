// The matcher's anchor index on a hand-annotated invented sentence: each anchor is tried only on the tokens an
// index gives (lemma or word form, UPOS, entity type), so these check that the index finds what a scan of every
// token would, in token order.
import { describe, expect, it } from "vitest";
import type { EntityType } from "@newskg/graph-model";
import { Doc } from "../nlp/doc.js";
import { matchPattern, type MatchContext, type NodeSpec, type StaticPattern } from "./matcher.js";
import type { EntitySpan } from "./types.js";

// "Anna Kovel said Porvik Mills hired Marek Dvor and said prices rose ."
const rows: [string, string, string, number, string][] = [
  ["Anna", "Anna", "PROPN", 2, "nsubj"],
  ["Kovel", "Kovel", "PROPN", 0, "flat"],
  ["said", "say", "VERB", -1, "root"],
  ["Porvik", "Porvik", "PROPN", 4, "compound"],
  ["Mills", "Mills", "PROPN", 5, "nsubj"],
  ["hired", "hire", "VERB", 2, "ccomp"],
  ["Marek", "Marek", "PROPN", 5, "obj"],
  ["Dvor", "Dvor", "PROPN", 6, "flat"],
  ["and", "and", "CCONJ", 9, "cc"],
  ["said", "say", "VERB", 2, "conj"],
  ["prices", "price", "NOUN", 11, "nsubj"],
  ["rose", "rise", "VERB", 9, "ccomp"],
  [".", ".", "PUNCT", 2, "punct"],
];

function sentence(): Doc {
  const words = rows.map((r) => r[0]);
  const text = words.join(" ");
  const start: number[] = [];
  let at = 0;
  for (const w of words) {
    start.push(at);
    at += w.length + 1;
  }
  const doc = new Doc({ text, words, start, end: start.map((s, i) => s + words[i]!.length), sentStarts: [0] });
  rows.forEach(([, lemma, upos, head, rel], i) => {
    doc.lemma[i] = lemma;
    doc.upos[i] = upos as Doc["upos"][number];
    doc.head[i] = head;
    doc.deprel[i] = rel;
  });
  doc.invalidate();
  return doc;
}

const spans: EntitySpan[] = [
  { start: 0, end: 2, entity: 0, type: "PERSON" },
  { start: 3, end: 5, entity: 1, type: "ORGANIZATION" },
  { start: 6, end: 8, entity: 2, type: "PERSON" },
];

function context(sets: Record<string, string[]> = {}): MatchContext {
  const doc = sentence();
  const at = (t: number) => spans.find((s) => s.start <= t && t < s.end);
  return { doc, spanOf: at, sets: new Map(Object.entries(sets).map(([k, v]) => [k, new Set(v)])) };
}

function pattern(nodes: NodeSpec[]): StaticPattern {
  return {
    id: "t",
    why: "test",
    category: "ROLE",
    nodes,
    source: "a",
    target: "a",
    label: { text: "" },
    confidence: 1,
  };
}

const anchors = (ctx: MatchContext, spec: Omit<NodeSpec, "name">): number[] =>
  matchPattern(ctx, pattern([{ name: "a", ...spec }])).map((m) => m.get("a")!);

describe("matchPattern anchors", () => {
  it("finds a lemma anchor by the lemma or by the word as written, each token once, in order", () => {
    const ctx = context();
    expect(anchors(ctx, { lemma: ["say"] })).toEqual([2, 9]);
    expect(anchors(ctx, { lemma: ["said"] })).toEqual([2, 9]);
    expect(anchors(ctx, { lemma: ["rise", "say", "said"] })).toEqual([2, 9, 11]);
    // A word whose lemma is itself is listed once under it.
    expect(anchors(ctx, { lemma: ["and"] })).toEqual([8]);
    expect(anchors(ctx, { lemma: ["fall"] })).toEqual([]);
  });

  it("expands named sets and still applies the anchor's other tests", () => {
    const ctx = context({ SPEECH: ["say", "tell"] });
    expect(anchors(ctx, { lemma: ["@SPEECH"] })).toEqual([2, 9]);
    expect(anchors(ctx, { lemma: ["@SPEECH"], dep: ["conj"] })).toEqual([9]);
    expect(anchors(ctx, { lemma: ["@SPEECH"], notLemma: ["said"] })).toEqual([]);
    // A word list larger than the article's vocabulary is read the other way round, with the same result.
    const many = Array.from({ length: 500 }, (_, k) => `w${k}`);
    expect(anchors(context({ BIG: [...many, "rise", "say"] }), { lemma: ["@BIG"] })).toEqual([2, 9, 11]);
  });

  it("finds a UPOS anchor over several tags in token order", () => {
    const ctx = context();
    expect(anchors(ctx, { upos: ["NOUN", "VERB"] })).toEqual([2, 5, 9, 10, 11]);
    expect(anchors(ctx, { upos: ["VERB"], notHasChild: ["obj"] })).toEqual([2, 9, 11]);
  });

  it("tries an entity anchor on the tokens of spans of its types, or of any span for a kind", () => {
    const ctx = context();
    expect(anchors(ctx, { ent: ["PERSON"] })).toEqual([0, 1, 6, 7]);
    expect(anchors(ctx, { ent: ["ORGANIZATION", "PERSON"] as EntityType[], dep: ["nsubj", "obj"] })).toEqual([0, 4, 6]);
    expect(anchors(ctx, { kind: ["name"] })).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("binds later nodes from each anchor in turn", () => {
    const ctx = context();
    const p = pattern([
      { name: "v", lemma: ["say"] },
      { name: "s", from: "v", op: ">", dep: ["nsubj"], ent: ["PERSON"] },
      { name: "c", from: "v", op: ">>", ent: ["PERSON"], dep: ["obj"] },
    ]);
    expect(matchPattern(ctx, p).map((m) => [...m.entries()])).toEqual([
      [
        ["v", 2],
        ["s", 0],
        ["c", 6],
      ],
    ]);
  });
});
