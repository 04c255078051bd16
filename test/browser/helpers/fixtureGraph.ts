// A small hand-made graph per @newskg/graph-model (invented articles, people and places), and (with `xss`) an
// entity whose name is markup, to prove the viewer renders it as text.

import type {
  DocumentAttributes,
  EntityAttributes,
  EntityType,
  Mention,
  RelationCategory,
  SerializedKnowledgeGraph,
} from "../../../packages/graph-model/src/index.js";

export const XSS_NAME = "<img src=x onerror=alert(1)>";

/** The key of the entity the fixture's relations centre on (the one a widget test focuses first). */
export const FIXTURE_HUB = "person:valerian-tomas-venkov";

const ARTICLES: { file: string; title: string; publisher: string; date: string; text: string }[] = [
  {
    file: "harbour-strike.md",
    title: "Valdoria braces for the strike's newcomers",
    publisher: "WNB/TR",
    date: "2023-05-14",
    text:
      "Valdorian President Valerian-Tomas Venkov has pledged protection to Kestovians fleeing the general strike. " +
      "Kestovian President Dario Orsin announced the general strike on Monday. " +
      "Venkov is an ally of Greywall. However, he has kept his distance. " +
      "Officials said around 12,000 Kestovians had entered the country since Monday. " +
      "Tarvessan Interior Minister Piet Vandermolen said the border stayed open.\n",
  },
  {
    file: "aldmere-protest.md",
    title: "Two activists detained in Aldmere",
    publisher: "WNB/TR",
    date: "2023-05-16",
    text:
      "Police in Valdoria's largest city, Aldmere, detained two activists on Tuesday. " +
      "Liora Fenwick and Tobin Ashgrove were detained after a small rally. " +
      "Fenwick told WNB/TR that the rally had been peaceful.\n",
  },
];

interface EntitySpec {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  roles?: string[];
}

const ENTITIES: EntitySpec[] = [
  {
    key: "person:valerian-tomas-venkov",
    type: "PERSON",
    label: "Valerian-Tomas Venkov",
    aliases: ["Venkov"],
    roles: ["President"],
  },
  { key: "person:dario-orsin", type: "PERSON", label: "Dario Orsin", aliases: ["Orsin"], roles: ["President"] },
  { key: "person:liora-fenwick", type: "PERSON", label: "Liora Fenwick", aliases: ["Fenwick"] },
  { key: "person:tobin-ashgrove", type: "PERSON", label: "Tobin Ashgrove", aliases: ["Ashgrove"] },
  {
    key: "person:piet-vandermolen",
    type: "PERSON",
    label: "Piet Vandermolen",
    aliases: ["Vandermolen"],
    roles: ["Interior Minister"],
  },
  { key: "country:valdoria", type: "COUNTRY", label: "Valdoria", aliases: ["Valdorian"] },
  { key: "country:kestovia", type: "COUNTRY", label: "Kestovia", aliases: ["Kestovian", "Kestovians"] },
  { key: "country:tarvessa", type: "COUNTRY", label: "Tarvessa", aliases: ["Tarvessan"] },
  { key: "location:aldmere", type: "LOCATION", label: "Aldmere", aliases: [] },
  { key: "location:halvik", type: "LOCATION", label: "Halvik", aliases: ["Greywall"] },
  { key: "organization:wnb-tr", type: "ORGANIZATION", label: "WNB/TR", aliases: [] },
  { key: "event:general-strike", type: "EVENT", label: "general strike", aliases: [] },
];

// [source, target, category, label, a phrase of the supporting sentence]
const RELATIONS: [string, string, RelationCategory, string, string][] = [
  [
    "person:valerian-tomas-venkov",
    "country:valdoria",
    "ROLE",
    "President",
    "Valdorian President Valerian-Tomas Venkov has pledged protection",
  ],
  [
    "person:valerian-tomas-venkov",
    "country:kestovia",
    "SUPPORT",
    "pledged protection",
    "Valdorian President Valerian-Tomas Venkov has pledged protection",
  ],
  ["person:valerian-tomas-venkov", "location:halvik", "ALLIANCE", "ally", "Venkov is an ally of Greywall. However"],
  [
    "person:dario-orsin",
    "country:kestovia",
    "ROLE",
    "President",
    "Kestovian President Dario Orsin announced the general strike",
  ],
  [
    "person:dario-orsin",
    "event:general-strike",
    "ANNOUNCEMENT",
    "announced",
    "Kestovian President Dario Orsin announced the general strike",
  ],
  [
    "person:liora-fenwick",
    "location:aldmere",
    "LOCATION",
    "detained at",
    "Liora Fenwick and Tobin Ashgrove were detained",
  ],
  [
    "person:tobin-ashgrove",
    "location:aldmere",
    "LOCATION",
    "detained at",
    "Liora Fenwick and Tobin Ashgrove were detained",
  ],
  ["person:liora-fenwick", "organization:wnb-tr", "STATEMENT", "told", "Fenwick told WNB/TR"],
  [
    "person:piet-vandermolen",
    "country:tarvessa",
    "ROLE",
    "Interior Minister",
    "Tarvessan Interior Minister Piet Vandermolen said",
  ],
  ["country:kestovia", "country:valdoria", "MOVEMENT", "entered", "around 12,000 Kestovians had entered the country"],
  ["location:aldmere", "country:valdoria", "PART_OF", "city of", "Police in Valdoria's largest city, Aldmere"],
  [
    "person:valerian-tomas-venkov",
    "person:dario-orsin",
    "CO_OCCURRENCE",
    "co-occurs with",
    "Kestovian President Dario Orsin announced",
  ],
];

/** Sentence around `at`: from the previous sentence end to the next. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (text[start] === " " || text[start] === '"') start++;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

export function fixtureGraph(opts: { xss?: boolean } = {}): SerializedKnowledgeGraph {
  const docs: { key: string; attributes: DocumentAttributes }[] = ARTICLES.map((a) => ({
    key: `doc:${a.file.replace(/\.md$/, "")}`,
    attributes: {
      kind: "document",
      type: "DOCUMENT",
      label: a.title,
      title: a.title,
      publisher: a.publisher,
      date: a.date,
      file: a.file,
      contentHash: "fixture",
      text: a.text,
      wordCount: a.text.split(/\s+/).length,
      degree: 0,
      pagerank: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 3,
    },
  }));
  const specs = [...ENTITIES];
  const relations = [...RELATIONS];
  if (opts.xss) {
    const text = `${XSS_NAME} met Venkov <script>alert(2)</script> in Aldmere. He said "<b>bold</b>".`;
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
      "person:valerian-tomas-venkov",
      "ASSOCIATION",
      "<u>met</u>",
      `${XSS_NAME} met Venkov`,
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
          // Whole words only ("Kestovia" is not a mention inside "Kestovians").
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
