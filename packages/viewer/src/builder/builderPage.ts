// The embed builder (/builder.html, served by `kg serve`): pick an entity and options, see the widget live, copy the
// code for either embed form. "Pin" freezes what the preview shows into the code (see embed/widgetSnapshot.ts).

import "./builder.css";
import { ENTITY_TYPES } from "@newskg/graph-model";
import type { KgEntityQuery, KgOverviewQuery, KgSearchQuery } from "../api/generated/operations.js";
import { gqlRequest } from "../api/gqlRequest.js";
import { ENTITY_QUERY, OVERVIEW_QUERY, SEARCH_QUERY } from "../api/operations.js";
import { el, replaceChildren } from "../core/dom/el.js";
import { TYPE_LABELS } from "../core/graph/nodeColors.js";
import type { KgGraphElement } from "../embed/kgGraph.js";
import { defineKgGraph } from "../embed/kgGraph.js";
import type { WidgetSnapshot } from "../embed/widgetSnapshot.js";
import { createSnapshot } from "../embed/widgetSnapshot.js";
import { createCombobox } from "../explorer/panels/createCombobox.js";
import type { EmbedOptions, ThemeChoice } from "./embedSnippet.js";
import { iframeSnippet, relationSentences, scriptSnippet } from "./embedSnippet.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const endpoint = new URL("/graphql", location.href).href;

defineKgGraph();

let focus: { id: string; label: string } | null = null;
let builtAt: string | null = null;
let snapshot: WidgetSnapshot | null = null;
/** Bumped on every code render: a snapshot computed for an older preview is dropped. */
let codeRun = 0;
/** Attributes whose change makes the preview load again (the code follows its load event). */
const RELOADING = new Set(["src", "focus", "depth", "types", "hide-cooccurrence", "max-nodes"]);

const form = $<HTMLFormElement>("b-form");
const depth = $<HTMLSelectElement>("b-depth");
const theme = $<HTMLSelectElement>("b-theme");
const maxNodes = $<HTMLInputElement>("b-max");
const cooc = $<HTMLInputElement>("b-cooc");
const title = $<HTMLInputElement>("b-title");
const caption = $<HTMLInputElement>("b-caption");
const source = $<HTMLInputElement>("b-source");
const pin = $<HTMLInputElement>("b-pin");

const typeBoxes = ENTITY_TYPES.map((t) =>
  el("input", { attrs: { type: "checkbox", name: "types", value: t, checked: true } }),
);
$("b-types").replaceChildren(
  ...typeBoxes.map((box) => el("label", null, box, (TYPE_LABELS as Record<string, string>)[box.value] ?? box.value)),
);

const widget = document.createElement("kg-graph") as KgGraphElement;
widget.setAttribute("loading", "eager");
$("b-preview").replaceChildren(widget);

const search = createCombobox({
  id: "b-entity",
  label: "Entity",
  placeholder: "Search people, places, organisations…",
  search: async (q) => {
    if (!q.trim()) return [];
    const answer = await gqlRequest<KgSearchQuery>(endpoint, SEARCH_QUERY, { query: q, limit: 8 });
    return answer.search.map((h) => ({
      id: h.entity.id,
      label: h.entity.label,
      type: h.entity.type,
      matched: h.matched,
      score: h.score,
    }));
  },
  onSelect: (r) => {
    focus = { id: r.id, label: r.label };
    update();
  },
});
$("b-entity-slot").replaceWith(search.element);

function options(): EmbedOptions | null {
  if (!focus) return null;
  const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
  const max = Math.round(Number(maxNodes.value));
  return {
    origin: location.origin,
    focus: focus.id,
    focusLabel: focus.label,
    depth: Number(depth.value) || 1,
    theme: theme.value as ThemeChoice,
    title: title.value.trim(),
    // All types checked is the same as no filter; the shorter code is kept.
    types: types.length === ENTITY_TYPES.length ? [] : types,
    hideCoOccurrence: cooc.checked,
    maxNodes: Number.isFinite(max) ? Math.max(1, Math.min(80, max)) : 25,
    caption: caption.value.trim(),
    source: source.value.trim(),
    snapshot: pin.checked ? snapshot : null,
  };
}

/** Options -> preview attributes; the code follows once the preview has loaded (pinned code needs its graph). */
function update(): void {
  snapshot = null;
  const o = options();
  if (!o) return;
  const attrs: Record<string, string | null> = {
    src: endpoint,
    focus: o.focus,
    depth: String(o.depth),
    theme: o.theme === "auto" ? null : o.theme,
    title: o.title || null,
    types: o.types.length ? o.types.join(",") : null,
    "hide-cooccurrence": o.hideCoOccurrence ? "" : null,
    "max-nodes": String(o.maxNodes),
    caption: o.caption || null,
    source: o.source || null,
  };
  let reloads = false;
  for (const [name, value] of Object.entries(attrs)) {
    if (widget.getAttribute(name) === value) continue;
    if (RELOADING.has(name)) reloads = true;
    if (value === null) widget.removeAttribute(name);
    else widget.setAttribute(name, value);
  }
  $("b-entity-note").textContent = `Showing the connections of ${o.focusLabel}.`;
  if (!reloads && widget.subgraph) void renderCode();
}

async function renderCode(): Promise<void> {
  const mine = ++codeRun;
  const sub = widget.subgraph;
  if (pin.checked && sub) {
    try {
      snapshot = await createSnapshot(sub, builtAt);
    } catch {
      $("b-version").textContent = "Pinning needs a secure page (https or localhost); the code below is live.";
      snapshot = null;
    }
    if (mine !== codeRun) return;
  }
  const o = options();
  if (!o) return;
  ($("b-script") as HTMLTextAreaElement).value = scriptSnippet(o);
  ($("b-iframe") as HTMLTextAreaElement).value = iframeSnippet(o);
  if (o.snapshot) {
    const short = o.snapshot.version.replace(/^sha256-/, "").slice(0, 12);
    $("b-version").textContent =
      `Pinned to graph version ${short}${builtAt ? ` (build of ${builtAt.slice(0, 10)})` : ""}: ` +
      "the widget carries this graph and will not change when the graph is rebuilt. Copy the code again to update it.";
  } else if (!pin.checked)
    $("b-version").textContent = "Live: the widget shows the graph as it is each time a reader opens the page.";
  if (sub)
    replaceChildren(
      $("b-text"),
      el("p", null, `Connections of ${o.focusLabel}${o.caption ? `: ${o.caption}` : ""}`),
      el(
        "ul",
        null,
        relationSentences(sub).map((s) => el("li", null, s)),
      ),
    );
}

widget.addEventListener("kg-graph:load", () => void renderCode());
widget.addEventListener("kg-graph:error", (e) => {
  $("b-entity-note").textContent = (e as CustomEvent<{ message: string }>).detail.message;
});
form.addEventListener("input", (e) => {
  if ((e.target as HTMLElement).id !== "b-entity") update();
});
form.addEventListener("submit", (e) => e.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>(".b-copy"))
  button.addEventListener("click", async () => {
    const area = $<HTMLTextAreaElement>(button.dataset.copy!);
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      // No clipboard API (plain http, older browsers): the selection can still be copied.
      area.select();
      document.execCommand("copy");
    }
    $("b-copied").textContent = `${button.textContent?.replace(/^Copy /, "") ?? "Code"} copied.`;
  });

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const asked = params.get("focus");
  const overview = await gqlRequest<KgOverviewQuery>(endpoint, OVERVIEW_QUERY, { limit: 1 });
  builtAt = overview.stats.builtAt;
  if (asked) {
    const found = await gqlRequest<KgEntityQuery>(endpoint, ENTITY_QUERY, { id: asked, name: asked });
    const e = found.byId ?? found.byName;
    if (e) focus = { id: e.id, label: e.label };
  }
  const cols = overview.overview.nodeColumns;
  const first = cols.id[0];
  if (!focus && first) focus = { id: first, label: cols.label[0] ?? first };
  if (focus) search.setValue(focus.label);
  update();
}

start().catch((err: unknown) => {
  $("b-entity-note").textContent =
    `The graph service could not be reached: ${err instanceof Error ? err.message : String(err)}`;
});
