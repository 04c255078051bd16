// The explorer's view as a query string, so a link reproduces what the analyst saw. Only non-default values are
// written; anything unreadable in a URL falls back to the default instead of failing.

import type { EntityType, RelationCategory } from "@newskg/graph-model";
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import type { FilterState } from "../filters/filterState.js";
import { defaultFilters } from "../filters/filterState.js";
import type { SizeBy } from "../graph/toViewGraph.js";

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  focus: string | null;
  filters: FilterState;
  camera: CameraState | null;
  sizeBy: SizeBy;
  path: [string, string] | null;
  doc: string | null;
  /** Selected relation (edge key). */
  edge: string | null;
  colorBy: ColorBy;
}

export type ColorBy = "type" | "community";

export function defaultViewState(): ViewState {
  return {
    focus: null,
    filters: defaultFilters(),
    camera: null,
    sizeBy: "degree",
    path: null,
    doc: null,
    edge: null,
    colorBy: "type",
  };
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function encodeViewState(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = defaultFilters();
  const f = state.filters;
  if (state.focus) p.set("focus", state.focus);
  if (f.types.size !== d.types.size) p.set("types", ENTITY_TYPES.filter((t) => f.types.has(t)).join(","));
  if (f.categories.size !== d.categories.size)
    p.set("cats", RELATION_CATEGORIES.filter((c) => f.categories.has(c)).join(","));
  if (f.minConfidence > 0) p.set("minConf", round(f.minConfidence, 2));
  if (f.community !== null) p.set("community", String(f.community));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.hideCoOccurrence) p.set("cooc", "0");
  if (f.hideIsolated) p.set("isolated", "0");
  if (f.neighboursOnly) p.set("around", "1");
  if (state.colorBy !== "type") p.set("color", state.colorBy);
  if (state.sizeBy !== "degree") p.set("size", state.sizeBy);
  if (state.path) p.set("path", `${state.path[0]}|${state.path[1]}`);
  if (state.doc) p.set("doc", state.doc);
  if (state.edge) p.set("edge", state.edge);
  if (state.camera) {
    p.set("x", round(state.camera.x, 4));
    p.set("y", round(state.camera.y, 4));
    p.set("ratio", round(state.camera.ratio, 4));
  }
  return p;
}

function listParam<T extends string>(raw: string | null, allowed: readonly T[]): Set<T> | null {
  if (raw === null) return null;
  const allowedSet = new Set<string>(allowed);
  return new Set(raw.split(",").filter((v): v is T => allowedSet.has(v)));
}

export function decodeViewState(search: string | URLSearchParams): ViewState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const state = defaultViewState();
  const f = { ...state.filters } as {
    -readonly [K in keyof FilterState]: FilterState[K];
  };
  state.focus = p.get("focus") || null;
  f.types = listParam<EntityType>(p.get("types"), ENTITY_TYPES) ?? f.types;
  f.categories = listParam<RelationCategory>(p.get("cats"), RELATION_CATEGORIES) ?? f.categories;
  const minConf = Number(p.get("minConf"));
  if (Number.isFinite(minConf) && minConf > 0 && minConf <= 1) f.minConfidence = minConf;
  const community = p.get("community");
  if (community !== null && /^-?\d+$/.test(community)) f.community = Number(community);
  const from = p.get("from");
  if (from && ISO_DATE.test(from)) f.from = from;
  const to = p.get("to");
  if (to && ISO_DATE.test(to)) f.to = to;
  f.hideCoOccurrence = p.get("cooc") === "0";
  f.hideIsolated = p.get("isolated") === "0";
  f.neighboursOnly = p.get("around") === "1";
  if (p.get("color") === "community") state.colorBy = "community";
  state.filters = f;
  if (p.get("size") === "pagerank") state.sizeBy = "pagerank";
  const path = p.get("path")?.split("|");
  if (path && path.length === 2 && path[0] && path[1]) state.path = [path[0], path[1]];
  state.doc = p.get("doc") || null;
  state.edge = p.get("edge") || null;
  const x = Number(p.get("x"));
  const y = Number(p.get("y"));
  const ratio = Number(p.get("ratio"));
  if (p.has("x") && p.has("y") && p.has("ratio") && [x, y, ratio].every(Number.isFinite) && ratio > 0)
    state.camera = { x, y, ratio };
  return state;
}
