// The details panel for a path with nothing else selected: its ends and every hop with its first sentence, where the
// analyst looks (a path opened from the address would otherwise show its sentences only in the sidebar, which a
// phone keeps closed).

import { el, replaceChildren } from "../../core/dom/el.js";
import type { ExplorerContext } from "../explorerContext.js";
import { renderPathSteps } from "./pathSteps.js";

export function renderPathDetails(ctx: ExplorerContext, container: HTMLElement): void {
  const { store } = ctx;
  const path = store.get().path;
  if (!path) return;
  const label = (id: string) => ctx.data.entities.get(id)?.label ?? id;
  const r = ctx.pathResult;
  const stillShown = () => {
    const s = store.get();
    return s.path === path && !s.focus && !s.edge && !s.doc;
  };
  replaceChildren(
    container,
    el(
      "header",
      { class: "details-head path-head" },
      el("h2", { id: "details-title" }, `Path from ${label(path[0])} to ${label(path[1])}`),
    ),
    r
      ? renderPathSteps(ctx, r, () => stillShown() && renderPathDetails(ctx, container))
      : el(
          "p",
          { class: "muted", attrs: { role: "status" } },
          ctx.api ? "Looking for a connection…" : "No connection between them in the visible graph.",
        ),
  );
}
