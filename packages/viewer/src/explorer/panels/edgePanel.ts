// A selected relation: category, wording, date, quantities, confidence, and every supporting sentence with its
// article.

import { el, replaceChildren } from "../../core/dom/el.js";
import type { KgRelation } from "../../core/graph/parseGraph.js";
import type { ExplorerContext } from "../explorerContext.js";
import { distinctSentences } from "../../core/text/distinctSentences.js";
import { categoryTitle, renderEvidence, wording } from "./renderEvidence.js";

export function renderEdgePanel(
  ctx: ExplorerContext,
  container: HTMLElement,
  key: string,
  rel: KgRelation | undefined,
): void {
  const { store, data } = ctx;
  if (!rel) {
    replaceChildren(container, el("p", { class: "muted" }, "This relation is not in the graph."));
    return;
  }
  if (ctx.api && !ctx.api.hasEvidence(key)) {
    // The relation's facts now, its sentences once the API has sent them.
    void ctx.api.evidence([key]).then(() => store.get().edge === key && renderEdgePanel(ctx, container, key, rel));
  }
  const loading = Boolean(ctx.api && !ctx.api.hasEvidence(key));
  const a = rel.attributes;
  // A sentence repeated word for word by another article is listed once, with a link to each article.
  const distinct = distinctSentences(a.evidence);
  const entityButton = (id: string) =>
    el(
      "button",
      {
        class: "link entity-link",
        attrs: { type: "button" },
        on: { click: () => store.set({ focus: id, edge: null, doc: null, path: null }) },
      },
      data.entities.get(id)?.label ?? id,
    );
  const fact = (term: string, value: string | Node | null | undefined, cls: string) =>
    value ? [el("dt", null, term), el("dd", { class: cls }, value)] : null;
  const wordings = a.labels.filter((l) => l !== a.label);
  // The date the date filters read: its own, else when it was first reported (its earliest article).
  const reported = ctx.graph.hasEdge(key) ? ctx.graph.getEdgeAttribute(key, "date") : undefined;
  const date = a.date ?? (reported ? `${reported} (first reported)` : null);
  replaceChildren(
    container,
    store.get().focus
      ? el(
          "button",
          { class: "link back", attrs: { type: "button" }, on: { click: () => store.set({ edge: null }) } },
          `← ${data.entities.get(store.get().focus!)?.label ?? "Back"}`,
        )
      : store.get().path
        ? el(
            "button",
            { class: "link back", attrs: { type: "button" }, on: { click: () => store.set({ edge: null }) } },
            "← Path",
          )
        : null,
    el(
      "header",
      { class: "details-head edge-head", attrs: { "data-edge": key } },
      el("h2", { id: "details-title" }, entityButton(rel.source), wording(a.label), entityButton(rel.target)),
    ),
    el(
      "dl",
      { class: "facts edge-facts" },
      fact("Category", categoryTitle(a.category), "edge-category"),
      fact("Wording", a.label, "edge-label"),
      wordings.length ? fact("Also worded", wordings.join(", "), "edge-labels") : null,
      fact("Date", date, "edge-date"),
      a.quantities?.length ? fact("Quantity", a.quantities.map((q) => q.text).join("; "), "edge-quantity") : null,
      fact("Confidence", `${Math.round(a.confidence * 100)}%`, "edge-confidence"),
      a.cameo ? fact("CAMEO", a.cameo, "edge-cameo") : null,
      a.note ? fact("Note", a.note, "edge-note") : null,
    ),
    el(
      "h3",
      { class: "section-title" },
      `Supporting sentences (${loading ? a.weight : distinct.length < a.evidence.length ? `${distinct.length}, in ${a.evidence.length} places` : a.evidence.length})`,
    ),
    loading
      ? el("p", { class: "muted", attrs: { role: "status" } }, "Loading sentences…")
      : a.evidence.length
        ? el(
            "ol",
            { class: "evidence-list edge-evidence" },
            distinct.map((g) => renderEvidence(ctx, rel, g.evidence, "li", false, g.repeats)),
          )
        : el("p", { class: "muted" }, "No sentence supports this relation (added by curation)."),
  );
}
