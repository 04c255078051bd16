// An article's text with every entity mention highlighted (click one to focus it) and the evidence sentence that
// led here emphasised.

import type { Mention } from "@newskg/graph-model";
import { el, replaceChildren } from "../../core/dom/el.js";
import { highlightSegments } from "../../core/text/highlightSegments.js";
import type { ExplorerContext } from "../explorerContext.js";

/** Only http(s) links from article metadata; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function renderDocument(
  ctx: ExplorerContext,
  container: HTMLElement,
  docId: string,
  sentence?: { start?: number; end?: number },
): void {
  const doc = ctx.data.documents.get(docId);
  const back = el(
    "button",
    { class: "link back", attrs: { type: "button" }, on: { click: () => ctx.store.set({ doc: null }) } },
    "← Back",
  );
  const api = ctx.api;
  if (api && !api.hasDocument(docId)) {
    replaceChildren(container, back, el("p", { class: "muted", attrs: { role: "status" } }, "Loading the article…"));
    void api.document(docId).then(() => {
      if (ctx.store.get().doc?.id === docId) renderDocument(ctx, container, docId, sentence);
    });
    return;
  }
  if (!doc) {
    replaceChildren(container, back, el("p", { class: "muted" }, "This article is not in the graph."));
    return;
  }
  const mentions: (Mention & { entity: string; label?: string })[] = [];
  if (api) {
    for (const m of api.mentionsOf(docId)) if (doc.text.slice(m.start, m.end) === m.text) mentions.push(m);
  } else
    for (const [id, e] of ctx.data.entities)
      for (const m of e.mentions ?? [])
        if (m.doc === docId && doc.text.slice(m.start, m.end) === m.text) mentions.push({ ...m, entity: id });
  mentions.sort((a, b) => a.start - b.start);

  const text = doc.text;
  const body = el("div", { class: "doc-text" });
  // Three stretches (before, the evidence sentence, after), each with its own mentions marked.
  const cuts =
    sentence?.start !== undefined && sentence.end !== undefined && sentence.end <= text.length
      ? [0, sentence.start, sentence.end, text.length]
      : [0, text.length];
  let current: HTMLElement | null = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const inside = mentions.filter((m) => m.start >= from && m.end <= to);
    const nodes = highlightSegments(
      text.slice(from, to),
      inside.map((m) => ({ start: m.start - from, end: m.end - from })),
    ).map((s) => {
      if (!s.mark) return document.createTextNode(s.text);
      const m = inside[s.span!]!;
      return el(
        "mark",
        {
          attrs: { tabindex: 0, role: "button", title: m.label ?? ctx.data.entities.get(m.entity)?.label ?? m.entity },
          on: {
            click: () => ctx.store.set({ focus: m.entity, doc: null }),
            keydown: (e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                ctx.store.set({ focus: m.entity, doc: null });
              }
            },
          },
        },
        s.text,
      );
    });
    if (cuts.length === 4 && i === 1) {
      current = el("span", { class: "current-sentence" }, nodes);
      body.append(current);
    } else body.append(...nodes);
  }
  const href = safeHref(doc.url);
  replaceChildren(
    container,
    back,
    el("h2", { class: "doc-title" }, doc.title),
    el(
      "p",
      { class: "muted" },
      [doc.publisher, doc.date, `${doc.wordCount || doc.text.split(/\s+/).length} words`].filter(Boolean).join(" · "),
    ),
    href
      ? el("p", null, el("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, "Original article"))
      : null,
    doc.source ? el("p", { class: "muted" }, doc.source) : null,
    body,
  );
  current?.scrollIntoView({ block: "center" });
}
