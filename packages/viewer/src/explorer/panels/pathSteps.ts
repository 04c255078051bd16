// A found path's steps: each hop's category and how it reads from the entity before it ("A → met → B", "B ← arrested
// ← A": opens the relation) and its first supporting sentence, then the entity reached. The sidebar's path finder and the details panel show the same list; in API mode the hops'
// sentences are asked for when the list is drawn and it is drawn again when they arrive.

import { el } from "../../core/dom/el.js";
import { hopDirection, hopText } from "../../core/path/hopDirection.js";
import type { PathResult } from "../../core/path/shortestPath.js";
import type { ExplorerContext } from "../explorerContext.js";
import { categoryTitle, renderEvidence } from "./renderEvidence.js";

/** The steps of `result`; `redraw` runs once the hops' sentences have arrived (API mode) if the path is still shown. */
export function renderPathSteps(ctx: ExplorerContext, result: PathResult, redraw: () => void): HTMLElement[] {
  const { store } = ctx;
  const api = ctx.api;
  const missing = api ? result.edges.filter((k) => !api.hasEvidence(k)) : [];
  if (api && missing.length) {
    const asked = store.get().path;
    void api.evidence(missing).then(() => {
      // Only when they all came: a failed request would otherwise be asked again at once.
      if (store.get().path === asked && missing.every((k) => api.hasEvidence(k))) redraw();
    });
  }
  const label = (id: string) => ctx.data.entities.get(id)?.label ?? id;
  return [
    el("p", null, `${result.edges.length} step${result.edges.length === 1 ? "" : "s"}:`),
    el(
      "ol",
      { class: "path-steps" },
      result.nodes.map((n, i) => {
        const edge = result.edges[i - 1];
        const rel = edge ? ctx.relationByKey.get(edge) : undefined;
        const first = rel?.attributes.evidence[0];
        const loading = rel && api && !api.hasEvidence(rel.key);
        const prev = result.nodes[i - 1];
        const hop =
          rel && prev
            ? hopDirection(
                { source: rel.source, category: rel.attributes.category, label: rel.attributes.label },
                { id: prev, label: label(prev) },
                { id: n, label: label(n) },
              )
            : null;
        return el(
          "li",
          { class: "path-step" },
          rel && hop
            ? el(
                "p",
                { class: "path-hop", attrs: { "data-direction": hop.direction } },
                el("span", { class: "hop-category muted" }, `${categoryTitle(rel.attributes.category)}: `),
                el(
                  "button",
                  {
                    class: "link hop-link",
                    attrs: { type: "button", "data-edge": rel.key, "aria-label": `${hop.sentence}: its sentences` },
                    on: { click: () => store.set({ edge: rel.key, doc: null }) },
                  },
                  hopText(hop),
                ),
              )
            : null,
          rel && first ? renderEvidence(ctx, rel, first, "div") : null,
          loading ? el("p", { class: "evidence-loading muted" }, "Loading sentences…") : null,
          el("button", { class: "link", attrs: { type: "button" }, on: { click: () => ctx.centreOn(n) } }, label(n)),
        );
      }),
    ),
  ];
}
