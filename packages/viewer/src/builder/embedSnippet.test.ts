import { describe, expect, it } from "vitest";
import { createSnapshot } from "../embed/widgetSnapshot.js";
import type { EmbedOptions } from "./embedSnippet.js";
import { escapeHtml, iframeSnippet, scriptSnippet, textAlternative } from "./embedSnippet.js";

const base: EmbedOptions = {
  origin: "https://graph.example.org",
  focus: 'person:a"b',
  focusLabel: "A <B>",
  depth: 2,
  theme: "auto",
  title: "",
  types: [],
  hideCoOccurrence: false,
  maxNodes: 25,
  caption: "",
  source: "",
  snapshot: null,
};
const sub = {
  focus: 'person:a"b',
  truncated: false,
  nodes: [
    { id: 'person:a"b', label: "A <B>", type: "PERSON", x: 0, y: 0, size: 3 },
    { id: "org:c", label: "C & Co", type: "ORGANIZATION", x: 1, y: 1, size: 2 },
  ],
  edges: [
    { id: "r1", source: 'person:a"b', target: "org:c", category: "ROLE", label: "leads", confidence: 1 },
    { id: "r2", source: 'person:a"b', target: "org:c", category: "CO_OCCURRENCE", label: "x", confidence: 1 },
  ],
};

describe("embed code", () => {
  it("live script code: every option as an attribute, escaped, with the server's image for readers without scripts", () => {
    const code = scriptSnippet({ ...base, theme: "dark", types: ["PERSON"], hideCoOccurrence: true, caption: "Q&A" });
    expect(code).toContain('<script src="https://graph.example.org/kg-embed.js" defer></script>');
    expect(code).toContain(
      '<kg-graph src="https://graph.example.org/graphql" focus="person:a&#34;b" depth="2" theme="dark" types="PERSON" hide-cooccurrence max-nodes="25" caption="Q&#38;A"></kg-graph>',
    );
    expect(code).toMatch(/<noscript><img src="https:\/\/graph\.example\.org\/embed\/snapshot\.svg\?focus=person/);
    expect(code).toContain('alt="Graph of the connections of A &#60;B&#62;"');
  });

  it("pinned code carries the snapshot and the relations as text", async () => {
    const snapshot = await createSnapshot(sub, null);
    const code = scriptSnippet({ ...base, snapshot });
    expect(code).toContain(`"version":"${snapshot.version}"`);
    expect(code).toContain("<noscript>\n<p>Connections of A &#60;B&#62;</p>");
    expect(code).toContain("<li>A &#60;B&#62; leads C &#38; Co</li>");
    expect(code).toContain("<li>A &#60;B&#62; and C &#38; Co are named in the same sentences</li>");
  });

  it("iframe code: live points at /embed with the options; pinned is self-contained srcdoc", async () => {
    const live = iframeSnippet({ ...base, maxNodes: 10, types: ["PERSON", "EVENT"] });
    expect(live).toContain(
      'src="https://graph.example.org/embed?focus=person%3Aa%22b&#38;depth=2&#38;types=PERSON%2CEVENT&#38;max-nodes=10"',
    );
    expect(live).toContain('addEventListener("message"');
    const pinned = iframeSnippet({ ...base, snapshot: await createSnapshot(sub, null) });
    expect(pinned).toMatch(
      /^<iframe data-kg-embed title="Connections of A &#60;B&#62;" style="[^"]+" srcdoc="[^"]+"><\/iframe>/,
    );
    // No address to load: the frame's page is in the code.
    expect(pinned.split(' srcdoc="')[0]).not.toContain(" src=");
  });

  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
    expect(textAlternative(sub, { focusLabel: "A", caption: "" })).not.toContain("<B>");
  });
});
