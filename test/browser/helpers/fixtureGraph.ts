// A small graph per @newskg/graph-model built by hand from the demo articles, for when the builder's graph is not
// available, and (with `xss`) an entity whose name is markup, to prove the viewer renders it as text.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type {
  DocumentAttributes,
  EntityAttributes,
  EntityType,
  Mention,
  RelationCategory,
  SerializedKnowledgeGraph,
} from "../../../packages/graph-model/src/index.js";

export const XSS_NAME = "<img src=x onerror=alert(1)>";

interface EntitySpec {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  roles?: string[];
}

const ENTITIES: EntitySpec[] = [
  {
    key: "person:kassym-jomart-tokayev",
    type: "PERSON",
    label: "Kassym-Jomart Tokayev",
    aliases: ["Tokayev"],
    roles: ["President"],
  },
  { key: "person:vladimir-putin", type: "PERSON", label: "Vladimir Putin", aliases: ["Putin"], roles: ["President"] },
  { key: "person:qarakoz-qasym", type: "PERSON", label: "Qarakoz Qasym", aliases: ["Qasym"] },
  { key: "person:aisultan-qudaibergen", type: "PERSON", label: "Aisultan Qudaibergen", aliases: ["Qudaibergen"] },
  {
    key: "person:vakhtang-gomelauri",
    type: "PERSON",
    label: "Vakhtang Gomelauri",
    aliases: ["Gomelauri"],
    roles: ["Interior Minister"],
  },
  { key: "country:kazakhstan", type: "COUNTRY", label: "Kazakhstan", aliases: ["Kazakh"] },
  { key: "country:russia", type: "COUNTRY", label: "Russia", aliases: ["Russian", "Russians"] },
  { key: "country:ukraine", type: "COUNTRY", label: "Ukraine", aliases: ["Ukrainian"] },
  { key: "country:georgia", type: "COUNTRY", label: "Georgia", aliases: ["Georgian"] },
  { key: "location:almaty", type: "LOCATION", label: "Almaty", aliases: [] },
  { key: "location:moscow", type: "LOCATION", label: "Moscow", aliases: ["Kremlin"] },
  { key: "organization:rfe-rl", type: "ORGANIZATION", label: "RFE/RL", aliases: [] },
  {
    key: "event:partial-mobilization",
    type: "EVENT",
    label: "partial mobilization",
    aliases: ["partial military mobilization"],
  },
];

// [source, target, category, label, a phrase of the supporting sentence]
const RELATIONS: [string, string, RelationCategory, string, string][] = [
  [
    "person:kassym-jomart-tokayev",
    "country:kazakhstan",
    "ROLE",
    "President",
    "Kazakh President Kassym-Jomart Tokayev has pledged protection",
  ],
  [
    "person:kassym-jomart-tokayev",
    "country:russia",
    "SUPPORT",
    "pledged protection",
    "Kazakh President Kassym-Jomart Tokayev has pledged protection",
  ],
  ["person:kassym-jomart-tokayev", "location:moscow", "ALLIANCE", "ally", "Tokayev is an ally of the Kremlin. However"],
  [
    "person:vladimir-putin",
    "country:russia",
    "ROLE",
    "President",
    "Russian President Vladimir Putin announced the partial mobilization",
  ],
  [
    "person:vladimir-putin",
    "event:partial-mobilization",
    "ANNOUNCEMENT",
    "announced",
    "Russian President Vladimir Putin announced the partial mobilization",
  ],
  [
    "person:qarakoz-qasym",
    "location:almaty",
    "LOCATION",
    "detained at",
    "Qarakoz Qasym and Aisultan Qudaibergen were detained",
  ],
  [
    "person:aisultan-qudaibergen",
    "location:almaty",
    "LOCATION",
    "detained at",
    "Qarakoz Qasym and Aisultan Qudaibergen were detained",
  ],
  ["person:qarakoz-qasym", "organization:rfe-rl", "STATEMENT", "told", "Qasym told RFE/RL"],
  [
    "person:vakhtang-gomelauri",
    "country:georgia",
    "ROLE",
    "Interior Minister",
    "Georgian Interior Minister Vakhtang Gomelauri said",
  ],
  ["country:russia", "country:kazakhstan", "MOVEMENT", "entered", "around 98,000 Russians had entered the country"],
  ["location:almaty", "country:kazakhstan", "PART_OF", "city of", "Police in Kazakhstan's largest city, Almaty"],
  [
    "person:kassym-jomart-tokayev",
    "person:vladimir-putin",
    "CO_OCCURRENCE",
    "co-occurs with",
    "Russian President Vladimir Putin announced",
  ],
];

function articleText(raw: string): { meta: Record<string, string>; text: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
  const meta: Record<string, string> = {};
  if (m)
    for (const line of m[1]!.split("\n")) {
      const kv = /^(\w+):\s*"?(.*?)"?$/.exec(line);
      if (kv) meta[kv[1]!] = kv[2]!;
    }
  return { meta, text: m ? raw.slice(m[0].length) : raw };
}

/** Sentence around `at`: from the previous sentence end to the next. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (text[start] === " " || text[start] === '"') start++;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

export function fixtureGraph(articlesDir: string, opts: { xss?: boolean } = {}): SerializedKnowledgeGraph {
  const docs: { key: string; attributes: DocumentAttributes }[] = [];
  for (const file of readdirSync(articlesDir)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const { meta, text } = articleText(readFileSync(join(articlesDir, file), "utf8"));
    docs.push({
      key: `doc:${file.replace(/\.md$/, "")}`,
      attributes: {
        kind: "document",
        type: "DOCUMENT",
        label: meta.title ?? file,
        title: meta.title ?? file,
        publisher: meta.publisher,
        date: meta.date,
        source: meta.source,
        file,
        contentHash: "fixture",
        text,
        wordCount: text.split(/\s+/).length,
        degree: 0,
        pagerank: 0,
        community: 0,
        x: 0,
        y: 0,
        size: 3,
      },
    });
  }
  const specs = [...ENTITIES];
  const relations = [...RELATIONS];
  if (opts.xss) {
    const text = `${XSS_NAME} met Tokayev <script>alert(2)</script> in Almaty. He said "<b>bold</b>".`;
    docs.push({
      key: "doc:xss",
      attributes: {
        ...docs[0]!.attributes,
        label: `Evil <i>title</i> ${XSS_NAME}`,
        title: `Evil <i>title</i> ${XSS_NAME}`,
        file: "xss.md",
        text,
        url: "javascript:alert(3)",
      },
    });
    specs.push({ key: "person:xss", type: "PERSON", label: XSS_NAME, aliases: [XSS_NAME, "<svg onload=alert(4)>"] });
    relations.push([
      "person:xss",
      "person:kassym-jomart-tokayev",
      "ASSOCIATION",
      "<u>met</u>",
      `${XSS_NAME} met Tokayev`,
    ]);
  }
  const mentions = new Map<string, Mention[]>(specs.map((s) => [s.key, []]));
  for (const s of specs)
    for (const d of docs)
      for (const name of [s.label, ...s.aliases]) {
        let from = 0;
        for (let guard = 0; guard < 200; guard++) {
          const at = d.attributes.text.indexOf(name, from);
          if (at < 0) break;
          from = at + name.length;
          // Whole words only ("Russia" is not a mention inside "Russians").
          if (/\w/.test(d.attributes.text[at - 1] ?? "") || /\w/.test(d.attributes.text[at + name.length] ?? ""))
            continue;
          const list = mentions.get(s.key)!;
          if (list.some((m) => m.doc === d.key && at < m.end && at + name.length > m.start)) continue;
          list.push({ doc: d.key, start: at, end: at + name.length, text: name, sentence: 0 });
        }
      }
  const edges: SerializedKnowledgeGraph["edges"] = [];
  const degree = new Map<string, Set<string>>();
  relations.forEach(([source, target, category, label, phrase], i) => {
    const doc = docs.find((d) => d.attributes.text.includes(phrase));
    if (!doc) throw new Error(`fixture phrase not found: ${phrase}`);
    const at = doc.attributes.text.indexOf(phrase);
    const s = sentenceAround(doc.attributes.text, at);
    edges.push({
      key: `rel:${i}`,
      source,
      target,
      attributes: {
        category,
        label,
        labels: [label],
        confidence: category === "CO_OCCURRENCE" ? 0.3 : 0.6 + (i % 4) * 0.1,
        weight: 1,
        date: doc.attributes.date,
        evidence: [{ doc: doc.key, start: s.start, end: s.end, text: doc.attributes.text.slice(s.start, s.end) }],
        docs: [doc.key],
      },
    });
    for (const [a, b] of [
      [source, target],
      [target, source],
    ] as const) {
      if (!degree.has(a)) degree.set(a, new Set());
      degree.get(a)!.add(b);
    }
  });
  const nodes: SerializedKnowledgeGraph["nodes"] = [...docs];
  specs.forEach((s, i) => {
    const ms = mentions.get(s.key)!;
    const angle = (i / specs.length) * Math.PI * 2;
    const deg = degree.get(s.key)?.size ?? 0;
    const attributes: EntityAttributes = {
      kind: "entity",
      type: s.type,
      label: s.label,
      aliases: [s.label, ...s.aliases],
      roles: s.roles ?? [],
      mentions: ms,
      docs: [...new Set(ms.map((m) => m.doc))],
      mentionCount: ms.length,
      degree: deg,
      pagerank: (deg + 1) / 40,
      community: s.type === "PERSON" ? 1 : 2,
      x: Math.cos(angle) * (10 + deg),
      y: Math.sin(angle) * (10 + deg),
      size: 4 + deg,
    };
    nodes.push({ key: s.key, attributes });
    for (const d of attributes.docs)
      edges.push({
        key: `mention:${d}:${s.key}`,
        source: d,
        target: s.key,
        attributes: {
          category: "MENTIONS",
          label: "mentions",
          labels: [],
          confidence: 1,
          weight: 1,
          evidence: [],
          docs: [d],
        },
      });
  });
  return {
    attributes: {
      name: "newskg fixture",
      builtAt: new Date(0).toISOString(),
      builderVersion: "fixture",
      documentCount: docs.length,
      curationApplied: false,
    },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
