// The explorer's view as a query string, so a link reproduces what the analyst saw. Only non-default values are
// written; anything unreadable in a URL falls back to the default instead of failing.
import { ENTITY_TYPES, RELATION_CATEGORIES } from "@newskg/graph-model";
import { defaultFilters } from "../filters/filterState.js";
export function defaultViewState() {
    return { focus: null, filters: defaultFilters(), camera: null, sizeBy: "degree", path: null, doc: null };
}
const round = (n, digits) => String(Number(n.toFixed(digits)));
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export function encodeViewState(state) {
    const p = new URLSearchParams();
    const d = defaultFilters();
    const f = state.filters;
    if (state.focus)
        p.set("focus", state.focus);
    if (f.types.size !== d.types.size)
        p.set("types", ENTITY_TYPES.filter((t) => f.types.has(t)).join(","));
    if (f.categories.size !== d.categories.size)
        p.set("cats", RELATION_CATEGORIES.filter((c) => f.categories.has(c)).join(","));
    if (f.minConfidence > 0)
        p.set("minConf", round(f.minConfidence, 2));
    if (f.community !== null)
        p.set("community", String(f.community));
    if (f.from)
        p.set("from", f.from);
    if (f.to)
        p.set("to", f.to);
    if (f.hideCoOccurrence)
        p.set("cooc", "0");
    if (state.sizeBy !== "degree")
        p.set("size", state.sizeBy);
    if (state.path)
        p.set("path", `${state.path[0]}|${state.path[1]}`);
    if (state.doc)
        p.set("doc", state.doc);
    if (state.camera) {
        p.set("x", round(state.camera.x, 4));
        p.set("y", round(state.camera.y, 4));
        p.set("ratio", round(state.camera.ratio, 4));
    }
    return p;
}
function listParam(raw, allowed) {
    if (raw === null)
        return null;
    const allowedSet = new Set(allowed);
    return new Set(raw.split(",").filter((v) => allowedSet.has(v)));
}
export function decodeViewState(search) {
    const p = typeof search === "string" ? new URLSearchParams(search) : search;
    const state = defaultViewState();
    const f = { ...state.filters };
    state.focus = p.get("focus") || null;
    f.types = listParam(p.get("types"), ENTITY_TYPES) ?? f.types;
    f.categories = listParam(p.get("cats"), RELATION_CATEGORIES) ?? f.categories;
    const minConf = Number(p.get("minConf"));
    if (Number.isFinite(minConf) && minConf > 0 && minConf <= 1)
        f.minConfidence = minConf;
    const community = p.get("community");
    if (community !== null && /^-?\d+$/.test(community))
        f.community = Number(community);
    const from = p.get("from");
    if (from && ISO_DATE.test(from))
        f.from = from;
    const to = p.get("to");
    if (to && ISO_DATE.test(to))
        f.to = to;
    f.hideCoOccurrence = p.get("cooc") === "0";
    state.filters = f;
    if (p.get("size") === "pagerank")
        state.sizeBy = "pagerank";
    const path = p.get("path")?.split("|");
    if (path && path.length === 2 && path[0] && path[1])
        state.path = [path[0], path[1]];
    state.doc = p.get("doc") || null;
    const x = Number(p.get("x"));
    const y = Number(p.get("y"));
    const ratio = Number(p.get("ratio"));
    if (p.has("x") && p.has("y") && p.has("ratio") && [x, y, ratio].every(Number.isFinite) && ratio > 0)
        state.camera = { x, y, ratio };
    return state;
}
//# sourceMappingURL=viewState.js.map