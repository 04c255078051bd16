// A deterministic made-up graph in the graph-model format, for store tests and benchmarks: documents whose
// sentences each join two entities of a chain (so entity i and entity i+k are k hops apart), one hub entity
// mentioned everywhere, MENTIONS edges, evidence with triggers, and accented aliases. Names are invented.
import type {
  EntityAttributes,
  Evidence,
  Mention,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
} from "@newskg/graph-model";

const SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vel", "sa", "du", "nor", "bel", "qui", "zan"];
const SUFFIXES = ["Holdings", "Institute", "Council", "Works", "Union", "Group"];

/** An invented, pronounceable name for entity i (unique for i < 12^3 * 6). */
export function inventedName(i: number): string {
  const a = SYLLABLES[i % 12]!;
  const b = SYLLABLES[Math.floor(i / 12) % 12]!;
  const c = SYLLABLES[Math.floor(i / 144) % 12]!;
  const word = a + b + c;
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${SUFFIXES[Math.floor(i / 1728) % 6]!}`;
}

export const HUB_KEY = "e:hub";
export const HUB_LABEL = "Société Centrale";

export interface SyntheticOptions {
  documents: number;
  /** Changes the text of these document indexes (to test incremental writes). */
  editedDocuments?: number[];
  /** Leaves these document indexes out. */
  omitDocuments?: number[];
}

export const entityKey = (i: number): string => `e:${i}`;
export const documentKey = (j: number): string => `doc:${j}`;

export function syntheticGraph(options: SyntheticOptions): SerializedKnowledgeGraph {
  return canonical(unsortedGraph(options));
}

function unsortedGraph(options: SyntheticOptions): SerializedKnowledgeGraph {
  const edited = new Set(options.editedDocuments ?? []);
  const omitted = new Set(options.omitDocuments ?? []);
  const docNodes: SerializedNode[] = [];
  const entities = new Map<string, EntityAttributes>();
  const edges: SerializedEdge[] = [];
  const entity = (key: string, label: string): EntityAttributes => {
    let e = entities.get(key);
    if (!e) {
      e = {
        kind: "entity",
        type: key === HUB_KEY ? "ORGANIZATION" : Number(key.slice(2)) % 3 === 0 ? "PERSON" : "ORGANIZATION",
        label,
        aliases: key === HUB_KEY ? [HUB_LABEL, "Societe Centrale", "SC"] : [label],
        roles: [],
        mentions: [],
        docs: [],
        mentionCount: 0,
        degree: 0,
        pagerank: key === HUB_KEY ? 0.5 : 1 / (Number(key.slice(2)) + 10),
        community: key === HUB_KEY ? 0 : Math.floor(Number(key.slice(2)) / 10),
        x: 0,
        y: 0,
        size: 1,
      };
      entities.set(key, e);
    }
    return e;
  };
  const lastDoc = new Map<EntityAttributes, string>();
  const mention = (e: EntityAttributes, m: Mention) => {
    e.mentions.push(m);
    e.mentionCount++;
    // Documents are visited in order, so a new document is one not seen last.
    if (lastDoc.get(e) !== m.doc) {
      e.docs.push(m.doc);
      lastDoc.set(e, m.doc);
    }
  };

  for (let j = 0; j < options.documents; j++) {
    if (omitted.has(j)) continue;
    const doc = documentKey(j);
    const a = inventedName(j);
    const b = inventedName(j + 1);
    const first = `${a} signed an agreement with ${b} on day ${j}.`;
    const second = `${HUB_LABEL} welcomed the agreement${edited.has(j) ? " warmly" : ""}.`;
    const text = `${first} ${second}`;
    const sentences = [
      { start: 0, end: first.length },
      { start: first.length + 1, end: text.length },
    ];
    const ea = entity(entityKey(j), a);
    const eb = entity(entityKey(j + 1), b);
    const hub = entity(HUB_KEY, HUB_LABEL);
    mention(ea, { doc, start: 0, end: a.length, text: a, sentence: 0 });
    const bStart = first.indexOf(b);
    mention(eb, { doc, start: bStart, end: bStart + b.length, text: b, sentence: 0 });
    mention(hub, {
      doc,
      start: sentences[1]!.start,
      end: sentences[1]!.start + HUB_LABEL.length,
      text: HUB_LABEL,
      sentence: 1,
    });
    const trigger = first.indexOf("signed");
    const evidence: Evidence = {
      doc,
      start: 0,
      end: first.length,
      text: first,
      trigger: { start: trigger, end: trigger + "signed".length },
    };
    edges.push({
      key: `r:${j}`,
      source: entityKey(j),
      target: entityKey(j + 1),
      attributes: {
        category: "ALLIANCE",
        label: "signed an agreement with",
        labels: ["signed an agreement with"],
        confidence: 0.8,
        weight: 1,
        date: `2024-01-${String((j % 28) + 1).padStart(2, "0")}`,
        evidence: [evidence],
        docs: [doc],
        ...(j % 5 === 0 && { quantities: [{ value: j, text: `day ${j}` }] }),
        ...(j % 7 === 0 && { cameo: "057" }),
      },
    });
    edges.push({
      key: `r:hub:${j}`,
      source: HUB_KEY,
      target: entityKey(j),
      attributes: {
        category: "SUPPORT",
        label: "welcomed",
        labels: ["welcomed"],
        confidence: 0.6,
        weight: 1,
        evidence: [{ doc, start: sentences[1]!.start, end: sentences[1]!.end, text: second }],
        docs: [doc],
      },
    });
    for (const target of [entityKey(j), entityKey(j + 1), HUB_KEY])
      edges.push({
        key: `m:${j}:${target}`,
        source: doc,
        target,
        attributes: {
          category: "MENTIONS",
          label: "mentions",
          labels: ["mentions"],
          confidence: 1,
          weight: 1,
          evidence: [],
          docs: [doc],
        },
      });
    docNodes.push({
      key: doc,
      attributes: {
        kind: "document",
        type: "DOCUMENT",
        label: `Report ${j}`,
        title: `Report ${j}`,
        ...(j % 2 === 0 && { publisher: "Example Wire" }),
        date: `2024-01-${String((j % 28) + 1).padStart(2, "0")}`,
        file: `report-${j}.txt`,
        contentHash: `hash-${j}-${edited.has(j) ? "edited" : "original"}`,
        text,
        wordCount: text.split(/\s+/).length,
        degree: 3,
        pagerank: 0.01,
        community: 0,
        x: j,
        y: 2 * j,
        size: 2,
      },
    });
  }
  // Relations only between entities that exist (an omitted document can leave a chain entity without mentions).
  const nodes: SerializedNode[] = [...docNodes, ...[...entities].map(([key, attributes]) => ({ key, attributes }))];
  return {
    attributes: {
      name: "synthetic",
      builtAt: "2024-02-01T00:00:00.000Z",
      builderVersion: "test",
      documentCount: docNodes.length,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

const compare = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The graph in the store's (and graph.json's) order: documents, then entities, each by key; edges by key. */
export function canonical(graph: SerializedKnowledgeGraph): SerializedKnowledgeGraph {
  const docs = graph.nodes.filter((n) => n.attributes.kind === "document").sort(compare);
  const entities = graph.nodes.filter((n) => n.attributes.kind !== "document").sort(compare);
  return { ...graph, nodes: [...docs, ...entities], edges: [...graph.edges].sort(compare) };
}

/** Sentence boundaries of a synthetic document: its two sentences. */
export function syntheticSentences(text: string): { start: number; end: number }[] {
  const cut = text.indexOf(". ") + 1;
  return [
    { start: 0, end: cut },
    { start: cut + 1, end: text.length },
  ];
}
