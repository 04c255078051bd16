// Keeps the query string in step with the view (replaceState, so Back leaves the explorer rather than undoing clicks).

import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
import { encodeViewState } from "../../core/url/viewState.js";
import type { ExplorerStore } from "../explorerStore.js";

export function syncUrl(store: ExplorerStore, sigma: Sigma<ViewNode, ViewEdge>, keep: URLSearchParams): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
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
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", next);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, 250);
  };
  store.subscribe((s, prev) => {
    if (
      s.hovered !== prev.hovered &&
      s.focus === prev.focus &&
      s.filters === prev.filters &&
      s.path === prev.path &&
      s.doc === prev.doc &&
      s.edge === prev.edge &&
      s.colorBy === prev.colorBy &&
      s.sizeBy === prev.sizeBy
    )
      return;
    schedule();
  });
  sigma.getCamera().on("updated", schedule);
  return write;
}
