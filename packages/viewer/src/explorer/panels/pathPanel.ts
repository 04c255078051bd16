// Path finder: pick two entities, see the cheapest connection over the visible graph (typed relations preferred),
// with a supporting sentence for each hop (pathSteps).

import { el, replaceChildren } from "../../core/dom/el.js";
import type { ExplorerContext } from "../explorerContext.js";
import { createCombobox } from "./createCombobox.js";
import { renderPathSteps } from "./pathSteps.js";

export function renderPathPanel(ctx: ExplorerContext, container: HTMLElement): void {
  const { store } = ctx;
  let from: string | null = store.get().path?.[0] ?? null;
  let to: string | null = store.get().path?.[1] ?? null;
  const commit = () => {
    if (from && to) store.set({ path: [from, to] });
  };
  const search = (q: string) => ctx.search(q, 6);
  const fromBox = createCombobox({
    id: "path-from",
    label: "From",
    placeholder: "First entity",
    search,
    onSelect: (r) => ((from = r.id), commit()),
  });
  const toBox = createCombobox({
    id: "path-to",
    label: "To",
    placeholder: "Second entity",
    search,
    onSelect: (r) => ((to = r.id), commit()),
  });
  const result = el("div", { class: "path-result", attrs: { "aria-live": "polite" } });
  const label = (id: string) => ctx.data.entities.get(id)?.label ?? id;
  const sync = () => {
    const path = store.get().path;
    from = path?.[0] ?? from;
    to = path?.[1] ?? to;
    if (path) {
      fromBox.setValue(label(path[0]));
      toBox.setValue(label(path[1]));
    }
    const r = ctx.pathResult;
    if (!path) replaceChildren(result);
    else if (!r)
      replaceChildren(result, el("p", { class: "muted" }, "No connection between them in the visible graph."));
    else replaceChildren(result, ...renderPathSteps(ctx, r, sync));
  };
  replaceChildren(
    container,
    el("h2", { class: "panel-title" }, "Path finder"),
    fromBox.element,
    toBox.element,
    el(
      "button",
      {
        class: "button",
        attrs: { type: "button" },
        on: {
          click: () => {
            from = to = null;
            fromBox.setValue("");
            toBox.setValue("");
            store.set({ path: null });
          },
        },
      },
      "Clear path",
    ),
    result,
  );
  sync();
  store.subscribe((s, prev) => {
    if (s.path !== prev.path || s.filters !== prev.filters) sync();
  });
}
