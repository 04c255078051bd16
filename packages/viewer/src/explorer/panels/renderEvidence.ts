// One supporting sentence: the sentence with both names marked, and a link that opens it in its article (and one to
// each other article repeating it word for word).

import type { Evidence } from "@newskg/graph-model";
import { el } from "../../core/dom/el.js";
import type { KgRelation } from "../../core/graph/parseGraph.js";
import { evidenceSpans } from "../../core/text/evidenceSpans.js";
import { excerptAround } from "../../core/text/excerptAround.js";
import type { ExplorerContext } from "../explorerContext.js";
import { renderMarked } from "./renderMarked.js";

export function renderEvidence(
  ctx: ExplorerContext,
  r: KgRelation,
  ev: Evidence,
  tag: "li" | "div" = "li",
  /** In a clamped row: start the sentence near its first name, so the name is not cut off. */
  clamped = false,
  /** The same sentence in other articles: a link to each after the first. */
  repeats: readonly Evidence[] = [],
): HTMLElement {
  const spans = evidenceSpans(ev, [ctx.data.entities.get(r.source), ctx.data.entities.get(r.target)]);
  const shown = clamped ? excerptAround(ev.text, spans) : { text: ev.text, spans };
  const doc = ctx.data.documents.get(ev.doc);
  const open = (e: Evidence) => () => ctx.store.set({ doc: { id: e.doc, start: e.start, end: e.end } });
  const also = repeats.flatMap((e) => {
    const d = ctx.data.documents.get(e.doc);
    return d
      ? [
          el(
            "button",
            { class: "link doc-link also-link", attrs: { type: "button" }, on: { click: open(e) } },
            `also in “${d.title}”${d.date ? `, ${d.date}` : ""}`,
          ),
        ]
      : [];
  });
  return el(
    tag,
    { class: "evidence" },
    el(
      "blockquote",
      { attrs: shown.text !== ev.text ? { title: ev.text } : {} },
      renderMarked(shown.text, shown.spans),
    ),
    doc
      ? el(
          "button",
          {
            class: "link doc-link",
            attrs: { type: "button" },
            on: { click: open(ev) },
          },
          `Read in “${doc.title}”${doc.date ? `, ${doc.date}` : ""}`,
        )
      : null,
    also.length ? el("p", { class: "evidence-also" }, also) : null,
  );
}

/**
 * A relation's wording between its two entities, set apart and pointing from subject to object, so a title or a
 * verb ("Prime Minister", "met") does not run into the names around it.
 */
export const wording = (label: string): HTMLElement =>
  el("span", { class: "wording" }, " ", el("span", { class: "wording-text" }, label), " → ");

export function categoryTitle(c: string): string {
  return c === "CO_OCCURRENCE" ? "Co-occurrence" : c.charAt(0) + c.slice(1).toLowerCase().replace(/_/g, " ");
}
