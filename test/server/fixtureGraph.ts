// A small hand-made graph file in the graph-model format, for server tests that should not depend on the builder:
// two documents, entities with accents and a hostile name, relations of several categories and dates, MENTIONS
// edges (which the server must ignore) and an isolated entity. Offsets are computed from the texts.
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {
  EntityType,
  Evidence,
  Mention,
  RelationCategory,
  SerializedEdge,
  SerializedKnowledgeGraph,
  SerializedNode,
} from "@newskg/graph-model";

export const XSS_NAME = "<img src=x onerror=alert(1)>";

const DOCS = [
  {
    key: "doc:aldmere",
    title: "Aldmere police detain activists",
    date: "2022-09-23",
    file: "aldmere.md",
    text:
      "Aldmere police detained Liora Fenwick at the airport. " +
      "Dario Orsin is the President of Kestovia. " +
      "Valerian-Tomas Venkov met Orsin in Arvenna. " +
      "Valdoria and Kestovia share a long border. " +
      "Aldmere is the largest city of Valdoria.",
  },
  {
    key: "doc:refugees",
    title: "Venkov on refugees",
    date: "2022-09-27",
    file: "refugees.md",
    text:
      "Valerian-Tomas Venkov is the President of Valdoria. " +
      `${XSS_NAME} spoke with Zürich Group. ` +
      "Zürich Group works in Valdoria.",
  },
];

interface EntitySpec {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  pagerank: number;
  community: number;
  iso?: string;
}

export const ENTITIES: EntitySpec[] = [
  { key: "e:valdoria", type: "COUNTRY", label: "Valdoria", aliases: [], pagerank: 0.25, community: 0, iso: "XV" },
  { key: "e:orsin", type: "PERSON", label: "Dario Orsin", aliases: ["Orsin"], pagerank: 0.2, community: 1 },
  {
    key: "e:venkov",
    type: "PERSON",
    label: "Valerian-Tomas Venkov",
    aliases: ["Venkov"],
    pagerank: 0.18,
    community: 0,
  },
  { key: "e:kestovia", type: "COUNTRY", label: "Kestovia", aliases: [], pagerank: 0.15, community: 1, iso: "XE" },
  { key: "e:aldmere", type: "LOCATION", label: "Aldmere", aliases: [], pagerank: 0.08, community: 2 },
  { key: "e:police", type: "ORGANIZATION", label: "Aldmere police", aliases: [], pagerank: 0.05, community: 2 },
  { key: "e:fenwick", type: "PERSON", label: "Liora Fenwick", aliases: ["Fenwick"], pagerank: 0.04, community: 2 },
  { key: "e:zurich", type: "ORGANIZATION", label: "Zürich Group", aliases: [], pagerank: 0.03, community: 3 },
  { key: "e:arvenna", type: "LOCATION", label: "Arvenna", aliases: [], pagerank: 0.02, community: 0 },
  { key: "e:xss", type: "PERSON", label: XSS_NAME, aliases: [], pagerank: 0.01, community: 3 },
  { key: "e:lonely", type: "EVENT", label: "Lonely Summit", aliases: [], pagerank: 0.005, community: 4 },
];

const RELATIONS: [string, string, RelationCategory, string, string, string?][] = [
  // source, target, category, label, doc, date
  ["e:police", "e:fenwick", "VIOLENCE", "detained", "doc:aldmere", "2022-09-23"],
  ["e:orsin", "e:kestovia", "ROLE", "President", "doc:aldmere"],
  ["e:venkov", "e:orsin", "ASSOCIATION", "met", "doc:aldmere", "2022-09-20"],
  ["e:venkov", "e:arvenna", "LOCATION", "in", "doc:aldmere"],
  ["e:valdoria", "e:kestovia", "CO_OCCURRENCE", "co-occurs", "doc:aldmere"],
  ["e:aldmere", "e:valdoria", "PART_OF", "city of", "doc:aldmere"],
  ["e:police", "e:aldmere", "LOCATION", "in", "doc:aldmere"],
  ["e:venkov", "e:valdoria", "ROLE", "President", "doc:refugees"],
  ["e:xss", "e:zurich", "STATEMENT", "spoke with", "doc:refugees"],
  ["e:zurich", "e:valdoria", "LOCATION", "works in", "doc:refugees"],
];

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.]+\./g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}

export function fixtureGraph(): SerializedKnowledgeGraph {
  const nodes: SerializedNode[] = [];
  const edges: SerializedEdge[] = [];
  const mentions = new Map<string, Mention[]>(ENTITIES.map((e) => [e.key, []]));
  for (const doc of DOCS) {
    const sentences = sentencesOf(doc.text);
    const taken: [number, number][] = [];
    // Longest names first so "Aldmere police" wins over "Aldmere".
    const forms = ENTITIES.flatMap((e) => [e.label, ...e.aliases].map((form) => ({ e, form }))).sort(
      (a, b) => b.form.length - a.form.length,
    );
    for (const { e, form } of forms) {
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (taken.some(([s, t]) => at < t && end > s)) continue;
        taken.push([at, end]);
        const sentence = sentences.findIndex((s) => at >= s.start && at < s.end);
        mentions.get(e.key)!.push({ doc: doc.key, start: at, end, text: form, sentence });
      }
    }
    nodes.push({
      key: doc.key,
      attributes: {
        kind: "document",
        type: "DOCUMENT",
        label: doc.title,
        title: doc.title,
        publisher: "Fixture News",
        date: doc.date,
        file: doc.file,
        contentHash: doc.key,
        text: doc.text,
        wordCount: doc.text.split(/\s+/).length,
        degree: 0,
        pagerank: 0,
        community: -1,
        x: 0,
        y: 0,
        size: 1,
      },
    });
  }
  ENTITIES.forEach((e, i) => {
    const ms = mentions.get(e.key)!.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    const neighbours = new Set(
      RELATIONS.filter((r) => r[0] === e.key || r[1] === e.key).map((r) => (r[0] === e.key ? r[1] : r[0])),
    );
    nodes.push({
      key: e.key,
      attributes: {
        kind: "entity",
        type: e.type,
        label: e.label,
        aliases: [e.label, ...e.aliases],
        roles: e.key === "e:orsin" || e.key === "e:venkov" ? ["President"] : [],
        mentions: ms,
        docs: [...new Set(ms.map((m) => m.doc))],
        mentionCount: ms.length,
        ...(e.iso ? { iso: e.iso } : {}),
        degree: neighbours.size,
        pagerank: e.pagerank,
        community: e.community,
        x: Math.round(Math.cos(i) * 100),
        y: Math.round(Math.sin(i) * 100),
        size: 2 + e.pagerank * 40,
      },
    });
    for (const doc of new Set(ms.map((m) => m.doc)))
      edges.push({
        key: `m:${doc}:${e.key}`,
        source: doc,
        target: e.key,
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
  });
  RELATIONS.forEach(([source, target, category, label, docKey, date], i) => {
    const doc = DOCS.find((d) => d.key === docKey)!;
    const sm = mentions.get(source)!.find((m) => m.doc === docKey)!;
    const sentence = sentencesOf(doc.text)[sm.sentence]!;
    const evidence: Evidence = {
      doc: docKey,
      start: sentence.start,
      end: sentence.end,
      text: doc.text.slice(sentence.start, sentence.end),
    };
    const trigger = doc.text.indexOf(label, sentence.start);
    if (trigger >= 0 && trigger < sentence.end) evidence.trigger = { start: trigger, end: trigger + label.length };
    edges.push({
      key: `r${i + 1}`,
      source,
      target,
      attributes: {
        category,
        label,
        labels: [label],
        confidence: category === "CO_OCCURRENCE" ? 0.3 : 0.9 - i * 0.02,
        weight: 1 + (i % 3),
        ...(date ? { date } : {}),
        evidence: [evidence],
        docs: [docKey],
      },
    });
  });
  return {
    attributes: {
      name: "fixture",
      builtAt: "2026-01-01T00:00:00.000Z",
      builderVersion: "fixture",
      documentCount: DOCS.length,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/** Writes the fixture graph to <temp dir>/graph.json (plus an empty articles dir) and returns the paths. */
export async function writeFixtureGraph(graph: SerializedKnowledgeGraph = fixtureGraph()) {
  const dir = await mkdtemp(join(tmpdir(), "newskg-server-"));
  const graphPath = join(dir, "graph.json");
  await writeFile(graphPath, JSON.stringify(graph));
  await mkdir(join(dir, "articles"));
  return { dir, graphPath };
}
