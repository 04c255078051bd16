// Keeps the query string in step with the view. A new focus, relation, path or article is a history entry
// (pushState), so Back and Forward move through them; filters and camera moves replace the current entry. A popstate
// restores the entry's view into the store.

import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
import type { FilterState } from "../../core/filters/filterState.js";
import { decodeViewState, defaultViewState, encodeViewState } from "../../core/url/viewState.js";
import type { ExplorerState, ExplorerStore } from "../explorerStore.js";

/** Changes that make a new history entry. */
function isNavigation(s: ExplorerState, prev: ExplorerState): boolean {
  return s.focus !== prev.focus || s.edge !== prev.edge || s.path !== prev.path || s.doc?.id !== prev.doc?.id;
}

const filterKey = (filters: FilterState) => encodeViewState({ ...defaultViewState(), filters }).toString();

export function syncUrl(store: ExplorerStore, sigma: Sigma<ViewNode, ViewEdge>, keep: URLSearchParams): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;
  const write = (push = false) => {
    clearTimeout(timer);
    const s = store.get();
    const camera = sigma.getCamera().getState();
    const params = encodeViewState({
      focus: s.focus,
      filters: s.filters,
      sizeBy: s.sizeBy,
      path: s.path,
      doc: s.doc?.id ?? null,
      edge: s.edge,
      colorBy: s.colorBy,
      camera: { x: camera.x, y: camera.y, ratio: camera.ratio },
    });
    // Parameters that are not part of the view (e.g. `graph`) are kept.
    for (const [k, v] of keep) params.set(k, v);
    const query = params.toString();
    const next = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (next === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState({ kg: true }, "", next);
    else history.replaceState(history.state, "", next);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => write(false), 250);
  };
  store.subscribe((s, prev) => {
    if (restoring) return;
    if (isNavigation(s, prev)) {
      // The camera state of the entry being left is saved first, so Back returns to it.
      write(true);
      return;
    }
    if (
      s.hovered !== prev.hovered &&
      s.filters === prev.filters &&
      s.sizeBy === prev.sizeBy &&
      s.colorBy === prev.colorBy
    )
      return;
    schedule();
  });
  sigma.getCamera().on("updated", () => !restoring && schedule());
  addEventListener("popstate", () => {
    const v = decodeViewState(location.search);
    restoring = true;
    try {
      const { doc, filters } = store.get();
      store.set({
        focus: v.focus,
        edge: v.edge,
        path: v.path,
        // The evidence span of an article view is not in the URL: kept when going back to the same article.
        doc: v.doc ? (doc?.id === v.doc ? doc : { id: v.doc }) : null,
        // Same filters: the old object is kept, so the graph is not reprocessed.
        filters: filterKey(v.filters) === filterKey(filters) ? filters : v.filters,
        sizeBy: v.sizeBy,
        colorBy: v.colorBy,
        hovered: null,
      });
    } finally {
      restoring = false;
    }
  });
  return () => write(false);
}
