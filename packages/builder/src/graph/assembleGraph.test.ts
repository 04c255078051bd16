import { describe, expect, it } from "vitest";
import type { RelationAttributes } from "@newskg/graph-model";
import type { CrossDocumentResolution, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";
import { assembleGraph } from "./assembleGraph.js";

const SENTENCE = "Ana Pereira chairs the Harbour Trust.";
const OTHER = "The Harbour Trust is chaired by Ana Pereira.";

function article(docKey: string, text: string): ArticleRecord {
  return { docKey, file: `${docKey}.md`, title: docKey, text, contentHash: docKey, wordCount: 6, bytes: text.length };
}

function extraction(docKey: string, text: string, confidence: number): DocumentExtraction {
  const sentence = text.includes(SENTENCE) ? SENTENCE : OTHER;
  const start = text.indexOf(sentence);
  const mention = (text: string) => ({ doc: docKey, start, end: start + text.length, text, sentence: 0 });
  return {
    docKey,
    sentenceCount: 1,
    wordCount: 6,
    entities: [
      {
        localId: "e0",
        type: "PERSON",
        label: "Ana Pereira",
        aliases: [],
        roles: [],
        mentions: [mention("Ana Pereira")],
      },
      { localId: "e1", type: "ORGANIZATION", label: "Harbour Trust", aliases: [], roles: [], mentions: [] },
    ],
    relations: [
      {
        source: "e0",
        target: "e1",
        category: "ROLE",
        label: "chairs",
        confidence,
        evidence: [{ doc: docKey, start, end: start + sentence.length, text: sentence }],
      },
    ],
    warnings: [],
  };
}

function resolution(docs: string[]): CrossDocumentResolution {
  const keyOf = new Map<string, string>();
  for (const d of docs) {
    keyOf.set(`${d}#e0`, "person:ana-pereira");
    keyOf.set(`${d}#e1`, "organization:harbour-trust");
  }
  const entity = (key: string, type: "PERSON" | "ORGANIZATION", label: string) => ({
    key,
    type,
    label,
    aliases: [label],
    roles: [],
    mentions: [],
    docs,
  });
  return {
    entities: [
      entity("person:ana-pereira", "PERSON", "Ana Pereira"),
      entity("organization:harbour-trust", "ORGANIZATION", "Harbour Trust"),
    ],
    keyOf,
  };
}

function roleEdge(texts: [string, string][], confidence: number): RelationAttributes {
  const articles = texts.map(([key, text]) => article(key, text));
  const extractions = new Map(texts.map(([key, text]) => [key, extraction(key, text, confidence)] as const));
  const graph = assembleGraph(articles, extractions, resolution(texts.map(([k]) => k)));
  return graph.getEdgeAttributes(
    graph.edges("person:ana-pereira", "organization:harbour-trust")[0]!,
  ) as RelationAttributes;
}

describe("assembleGraph", () => {
  it("keeps one piece of evidence for a sentence two articles repeat, and both articles", () => {
    const edge = roleEdge(
      [
        ["doc:a", SENTENCE],
        ["doc:b", `Local news. ${SENTENCE}`],
      ],
      0.6,
    );
    expect(edge.evidence.map((e) => e.doc)).toEqual(["doc:a"]);
    expect(edge.docs).toEqual(["doc:a", "doc:b"]);
    // The copy is no second, independent reading.
    expect(edge.confidence).toBeCloseTo(0.6);
  });

  it("pools different sentences from different articles", () => {
    const edge = roleEdge(
      [
        ["doc:a", SENTENCE],
        ["doc:b", OTHER],
      ],
      0.6,
    );
    expect(edge.evidence.map((e) => e.text)).toEqual([SENTENCE, OTHER]);
    expect(edge.confidence).toBeCloseTo(0.84);
  });
});

describe("relations whose ends the resolution typed against the category", () => {
  it("keeps a standing relation the ontology does not allow between those types as co-occurrence", () => {
    const texts: [string, string][] = [["doc:a", SENTENCE]];
    const res = resolution(["doc:a"]);
    // The resolution decided the trust is a person (a name it also saw as one elsewhere).
    res.entities[1] = { ...res.entities[1]!, type: "PERSON" };
    const graph = assembleGraph(
      texts.map(([key, text]) => article(key, text)),
      new Map([["doc:a", extraction("doc:a", SENTENCE, 0.6)]]),
      res,
    );
    const edges = graph
      .edges("person:ana-pereira", "organization:harbour-trust")
      .map((e) => graph.getEdgeAttributes(e));
    expect(edges.map((e) => [e.category, e.label])).toEqual([["CO_OCCURRENCE", "named together"]]);
    expect(edges[0]!.evidence.map((e) => e.text)).toEqual([SENTENCE]);
  });
});
