import { describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph } from "../types.js";
import { csvField, toEdgesCsv, toGexf, toGraphml, toNodesCsv } from "./index.js";

const NASTY = `<img src=x onerror=alert(1)> & "Partners" 'Ltd'`;

const graph: SerializedKnowledgeGraph = {
  attributes: {
    name: "t & <test>",
    builtAt: "2024-01-02T03:04:05.000Z",
    builderVersion: "1",
    documentCount: 1,
    curationApplied: false,
  },
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    {
      key: "doc:a&b",
      attributes: {
        kind: "document",
        type: "DOCUMENT",
        label: 'A, "quoted"\nheadline',
        title: "A",
        file: "a.txt",
        contentHash: "h",
        text: "x",
        wordCount: 1,
        degree: 1,
        pagerank: 0,
        community: 0,
        x: 1,
        y: 2,
        size: 3,
      },
    },
    {
      key: "org:<evil>",
      attributes: {
        kind: "entity",
        type: "ORGANIZATION",
        label: NASTY,
        aliases: [NASTY, "=cmd()"],
        roles: [],
        mentions: [],
        docs: ["doc:a&b"],
        mentionCount: 1,
        degree: 1,
        pagerank: 0.5,
        community: 0,
        x: -1.5,
        y: 0,
        size: 4,
      },
    },
    {
      key: "person:p",
      attributes: {
        kind: "entity",
        type: "PERSON",
        label: "P\u0001erson",
        aliases: [],
        roles: ["CEO"],
        mentions: [],
        docs: [],
        mentionCount: 0,
        degree: 1,
        pagerank: 0.5,
        community: 1,
        x: 3,
        y: 4,
        size: 4,
      },
    },
  ],
  edges: [
    {
      key: "MENTIONS:doc:a&b->org:<evil>",
      source: "doc:a&b",
      target: "org:<evil>",
      attributes: {
        category: "MENTIONS",
        label: "mentions",
        labels: ["mentions"],
        confidence: 1,
        weight: 1,
        evidence: [],
        docs: ["doc:a&b"],
      },
    },
    {
      key: "ROLE:person:p->org:<evil>",
      source: "person:p",
      target: "org:<evil>",
      attributes: {
        category: "ROLE",
        label: "CEO",
        labels: ["CEO"],
        confidence: 0.9,
        weight: 1,
        docs: ["doc:a&b"],
        evidence: [{ doc: "doc:a&b", start: 0, end: 10, text: 'He said, "hi"\r\nthere' }],
      },
    },
  ],
};

/** A strict little XML 1.0 well-formedness check: balanced tags, quoted attributes, only known entities. */
function assertWellFormedXml(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  let i = 0;
  const checkText = (text: string): void => {
    for (let k = 0; k < text.length; k++) {
      if (text[k] === "<") throw new Error(`raw < in text at ${i}`);
      if (text[k] === "&") {
        entity.lastIndex = k;
        if (!entity.test(text)) throw new Error(`bad entity at ${i + k}: ${text.slice(k, k + 10)}`);
      }
      const code = text.charCodeAt(k);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)
        throw new Error(`control character at ${i + k}`);
    }
  };
  if (xml.startsWith("<?xml")) i = xml.indexOf("?>") + 2;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      checkText(xml.slice(i));
      break;
    }
    checkText(xml.slice(i, lt));
    const gt = xml.indexOf(">", lt);
    const tag = xml.slice(lt + 1, gt);
    const m = /^(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!m) throw new Error(`malformed tag at ${lt}: <${tag.slice(0, 60)}>`);
    checkText(m[3]!);
    const attrs = [...m[3]!.matchAll(/([\w:.-]+)=/g)].map((a) => a[1]);
    if (new Set(attrs).size !== attrs.length) throw new Error(`duplicate attribute in <${m[2]}>`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}> at ${lt}`);
    } else {
      names.push(m[2]!);
      if (!m[4]) stack.push(m[2]!);
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  return names;
}

describe("export serializers", () => {
  it("writes well-formed GEXF 1.3 with escaped names, attributes and viz data", () => {
    const gexf = toGexf(graph);
    const tags = assertWellFormedXml(gexf);
    expect(tags).toEqual(expect.arrayContaining(["gexf", "node", "edge", "viz:position", "viz:color", "attvalue"]));
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Partners&quot;");
    expect(gexf).not.toContain("<img");
    expect(gexf).toContain('<viz:position x="-1.5" y="0" z="0"/>');
    expect(gexf).toContain('id="ROLE:person:p-&gt;org:&lt;evil&gt;"');
  });

  it("writes well-formed GraphML with typed keys", () => {
    const graphml = toGraphml(graph);
    assertWellFormedXml(graphml);
    expect(graphml).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"/>');
    expect(graphml).toContain('<graph id="t &amp; &lt;test&gt;" edgedefault="directed">');
    expect(graphml).toContain('<data key="e_evidence">He said, &quot;hi&quot;&#13;&#10;there</data>');
    expect(graphml).not.toContain("\u0001");
  });

  it("quotes CSV fields per RFC 4180 and defuses formulas", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField(undefined)).toBe("");
    const nodes = toNodesCsv(graph).split("\r\n");
    expect(nodes[0]).toMatch(/^key,kind,type,label,aliases,/);
    expect(nodes[1]).toContain('"A, ""quoted""\nheadline"');
    expect(nodes[2]).toContain(`"<img src=x onerror=alert(1)> & ""Partners"" 'Ltd'|=cmd()"`);
    const edges = toEdgesCsv(graph).split("\r\n");
    expect(edges[0]).toBe(
      "key,source,target,category,label,labels,confidence,weight,date,quantities,cameo,docs,evidenceCount,evidence,curated,note",
    );
    expect(toEdgesCsv(graph)).toContain('"He said, ""hi""\r\nthere"');
    expect(toEdgesCsv(graph).endsWith("\r\n")).toBe(true);
  });
});
