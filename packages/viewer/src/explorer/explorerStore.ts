// The explorer's single source of truth: panels read it and dispatch changes; controllers react to changes.

import type { FilterState } from "../core/filters/filterState.js";
import type { SizeBy } from "../core/graph/toViewGraph.js";
import type { ColorBy, ViewState } from "../core/url/viewState.js";

export interface ExplorerState {
  focus: string | null;
  hovered: string | null;
  filters: FilterState;
  sizeBy: SizeBy;
  path: [string, string] | null;
  /** Open document view: document key and the evidence span to show. */
  doc: { id: string; start?: number; end?: number } | null;
  /** Selected relation (edge key): its evidence panel is open. */
  edge: string | null;
  colorBy: ColorBy;
  /** 0 (few labels) .. 1 (many). */
  labelDensity: number;
}

export type Listener = (state: ExplorerState, previous: ExplorerState) => void;

export interface ExplorerStore {
  get(): ExplorerState;
  set(patch: Partial<ExplorerState>): void;
  subscribe(listener: Listener): () => void;
}

export function createExplorerStore(initial: ViewState): ExplorerStore {
  let state: ExplorerState = {
    focus: initial.focus,
    hovered: null,
    filters: initial.filters,
    sizeBy: initial.sizeBy,
    path: initial.path,
    doc: initial.doc ? { id: initial.doc } : null,
    edge: initial.edge,
    colorBy: initial.colorBy,
    labelDensity: 0.5,
  };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const l of listeners) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
