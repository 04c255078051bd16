// The code a newsroom pastes into its CMS: the script + web component form and the iframe form, live (the widget
// asks the server each time) or pinned (the widget carries a frozen snapshot). Every value is escaped for HTML.

import { escapeHtml, relationSentences, textAlternativeHtml } from "@newskg/graph-model";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import type { WidgetSnapshot } from "../embed/widgetSnapshot.js";
import { snapshotScriptText } from "../embed/widgetSnapshot.js";

export type ThemeChoice = "auto" | "light" | "dark";

export interface EmbedOptions {
  /** Address of the server, e.g. https://graph.example.org (no trailing slash). */
  origin: string;
  focus: string;
  focusLabel: string;
  depth: number;
  theme: ThemeChoice;
  title: string;
  /** Entity types to keep; empty keeps all. */
  types: readonly string[];
  hideCoOccurrence: boolean;
  maxNodes: number;
  caption: string;
  source: string;
  /** Set when the widget is pinned to the graph version it shows. */
  snapshot: WidgetSnapshot | null;
}

export { escapeHtml, relationSentences };

/** Widget attributes in a fixed order; boolean ones without a value. */
function widgetAttributes(o: EmbedOptions): Array<[string, string | true]> {
  const out: Array<[string, string | true]> = [
    ["src", `${o.origin}/graphql`],
    ["focus", o.focus],
    ["depth", String(o.depth)],
  ];
  if (o.theme !== "auto") out.push(["theme", o.theme]);
  if (o.title) out.push(["title", o.title]);
  if (o.types.length) out.push(["types", o.types.join(",")]);
  if (o.hideCoOccurrence) out.push(["hide-cooccurrence", true]);
  out.push(["max-nodes", String(o.maxNodes)]);
  if (o.caption) out.push(["caption", o.caption]);
  if (o.source) out.push(["source", o.source]);
  return out;
}

function widgetElement(o: EmbedOptions, eager = false): string {
  const attrs = widgetAttributes(o)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join("");
  const body = o.snapshot ? `\n  <script type="application/json">${snapshotScriptText(o.snapshot)}</script>\n` : "";
  return `<kg-graph${attrs}${eager ? ' loading="eager"' : ""}>${body}</kg-graph>`;
}

/** What readers without scripts (and search engines) get: the relations as text, or the server's image. */
function noscript(o: EmbedOptions): string {
  if (o.snapshot) return `<noscript>\n${textAlternative(o.snapshot.graph, o)}\n</noscript>`;
  const q = new URLSearchParams({
    focus: o.focus,
    depth: String(o.depth),
    theme: o.theme === "dark" ? "dark" : "light",
  });
  const img = `${o.origin}/embed/snapshot.svg?${q}`;
  return `<noscript><img src="${escapeHtml(img)}" alt="${escapeHtml(`Graph of the connections of ${o.focusLabel}`)}" style="max-width:100%;height:auto" /></noscript>`;
}

/** The subgraph as a heading and a list of its relations, as HTML. */
export function textAlternative(sub: Subgraph, o: Pick<EmbedOptions, "focusLabel" | "caption">): string {
  return textAlternativeHtml(sub, o.focusLabel, o.caption);
}

export function scriptSnippet(o: EmbedOptions): string {
  return [
    `<script src="${escapeHtml(`${o.origin}/kg-embed.js`)}" defer></script>`,
    `<style>kg-graph:not(:defined){display:block;aspect-ratio:16/10;min-height:220px}</style>`,
    widgetElement(o),
    noscript(o),
  ].join("\n");
}

const HEIGHT_LISTENER = `<script>
  addEventListener("message", (e) => {
    for (const f of document.querySelectorAll("iframe[data-kg-embed]"))
      if (e.source === f.contentWindow && e.data && e.data.type === "kg-embed:height") f.style.height = e.data.height + "px";
  });
</script>`;

export function iframeSnippet(o: EmbedOptions): string {
  const title = escapeHtml(o.title || `Connections of ${o.focusLabel}`);
  const style = "width:100%;border:0;height:460px";
  let frame: string;
  if (o.snapshot) {
    // Pinned: the page inside the frame is part of the snippet (srcdoc), so it cannot change after publishing.
    const doc = [
      `<!doctype html><html lang="en" data-kg-frame><head><meta charset="utf-8">`,
      `<meta name="viewport" content="width=device-width, initial-scale=1">`,
      `<style>body{margin:0}${o.theme === "dark" ? "html{background:#14181c;color-scheme:dark}" : ""}</style></head><body>`,
      widgetElement(o, true),
      noscript(o),
      `<script src="${escapeHtml(`${o.origin}/kg-embed.js`)}"></script></body></html>`,
    ].join("");
    frame = `<iframe data-kg-embed title="${title}" style="${style}" srcdoc="${escapeHtml(doc)}"></iframe>`;
  } else {
    const q = new URLSearchParams({ focus: o.focus, depth: String(o.depth) });
    if (o.theme !== "auto") q.set("theme", o.theme);
    if (o.title) q.set("title", o.title);
    if (o.types.length) q.set("types", o.types.join(","));
    if (o.hideCoOccurrence) q.set("hide-cooccurrence", "");
    q.set("max-nodes", String(o.maxNodes));
    if (o.caption) q.set("caption", o.caption);
    if (o.source) q.set("source", o.source);
    frame = `<iframe data-kg-embed title="${title}" style="${style}" loading="lazy" src="${escapeHtml(`${o.origin}/embed?${q}`)}"></iframe>`;
  }
  return `${frame}\n${HEIGHT_LISTENER}`;
}
