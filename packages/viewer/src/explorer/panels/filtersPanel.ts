// Relation filters: categories, minimum confidence, community, date range, co-occurrence. Counts, communities and
// the date range are the whole graph's (ctx.facets).

import type { RelationCategory } from "@newskg/graph-model";
import { RELATION_CATEGORIES } from "@newskg/graph-model";
import { el, replaceChildren } from "../../core/dom/el.js";
import type { FilterState } from "../../core/filters/filterState.js";
import { defaultFilters } from "../../core/filters/filterState.js";
import { facetScope } from "./legendPanel.js";
import type { ExplorerContext } from "../explorerContext.js";

export function renderFilters(ctx: ExplorerContext, container: HTMLElement): void {
  const { store } = ctx;
  const update = (patch: Partial<FilterState>) => store.set({ filters: { ...store.get().filters, ...patch } });

  const draw = () => {
    const f = store.get().filters;
    const catCounts = ctx.facets.relationsByCategory;
    const communities = ctx.facets.communities;
    const dates = ctx.facets.dateRange;
    const categories = RELATION_CATEGORIES.filter((c) => catCounts.has(c));
    const confidence = el("input", {
      id: "filter-confidence",
      attrs: { type: "range", min: 0, max: 1, step: 0.05, value: f.minConfidence },
    });
    const confidenceOut = el(
      "output",
      { attrs: { for: "filter-confidence" } },
      `${Math.round(f.minConfidence * 100)}%`,
    );
    confidence.addEventListener(
      "input",
      () => (confidenceOut.textContent = `${Math.round(Number(confidence.value) * 100)}%`),
    );
    confidence.addEventListener("change", () => update({ minConfidence: Number(confidence.value) }));
    const dateInput = (id: string, label: string, value: string | null, key: "from" | "to") =>
      el(
        "label",
        { class: "field" },
        label,
        el("input", {
          id,
          attrs: {
            type: "text",
            inputmode: "numeric",
            placeholder: "YYYY-MM-DD",
            pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
            value: value ?? "",
          },
          on: {
            change: (e) => {
              const v = (e.target as HTMLInputElement).value.trim();
              update({ [key]: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : null });
            },
          },
        }),
      );
    replaceChildren(
      container,
      el("h2", { class: "panel-title" }, "Relations"),
      // The legend says what the counts are of; said again here only while they are not the whole graph's.
      ctx.api && ctx.facets.scope === "loaded" ? facetScope(ctx) : null,
      el(
        "fieldset",
        { class: "categories" },
        el("legend", { class: "visually-hidden" }, "Relation categories"),
        categories.map((c: RelationCategory) =>
          el(
            "label",
            { class: "check" },
            el("input", {
              attrs: { type: "checkbox", name: "category", value: c, checked: f.categories.has(c) },
              on: {
                change: (e) => {
                  const set = new Set(store.get().filters.categories);
                  if ((e.target as HTMLInputElement).checked) set.add(c);
                  else set.delete(c);
                  update({ categories: set });
                },
              },
            }),
            c === "CO_OCCURRENCE" ? "co-occurrence" : c.toLowerCase().replace(/_/g, " "),
            el("span", { class: "muted" }, ` ${catCounts.get(c)}`),
          ),
        ),
      ),
      el(
        "label",
        { class: "check" },
        el("input", {
          id: "filter-cooc",
          attrs: { type: "checkbox", checked: f.hideCoOccurrence },
          on: { change: (e) => update({ hideCoOccurrence: (e.target as HTMLInputElement).checked }) },
        }),
        "Hide co-occurrence",
      ),
      el(
        "label",
        { class: "check" },
        el("input", {
          id: "filter-isolated",
          attrs: { type: "checkbox", checked: f.hideIsolated },
          on: { change: (e) => update({ hideIsolated: (e.target as HTMLInputElement).checked }) },
        }),
        "Hide isolated entities",
      ),
      el(
        "label",
        { class: "check" },
        el("input", {
          id: "filter-around",
          attrs: { type: "checkbox", checked: f.neighboursOnly },
          on: { change: (e) => update({ neighboursOnly: (e.target as HTMLInputElement).checked }) },
        }),
        "Selected entity and its neighbours only",
      ),
      el("label", { class: "field", attrs: { for: "filter-confidence" } }, "Minimum confidence ", confidenceOut),
      confidence,
      el(
        "label",
        { class: "field" },
        "Community",
        el(
          "select",
          {
            id: "filter-community",
            on: {
              change: (e) => {
                const v = (e.target as HTMLSelectElement).value;
                update({ community: v === "" ? null : Number(v) });
              },
            },
          },
          el("option", { attrs: { value: "" } }, "All"),
          communities
            .slice(0, 200)
            .map((c) =>
              el("option", { attrs: { value: c.id, selected: f.community === c.id } }, `${c.name} (${c.size})`),
            ),
        ),
      ),
      el(
        "div",
        { class: "dates" },
        dateInput("filter-from", "From", f.from, "from"),
        dateInput("filter-to", "To", f.to, "to"),
      ),
      dates
        ? el(
            "p",
            { class: "muted small", attrs: { id: "graph-dates" } },
            `Dates in graph: ${dates.from} to ${dates.to}`,
          )
        : null,
      el(
        "button",
        {
          class: "button",
          attrs: { type: "button" },
          on: {
            click: () => {
              store.set({ filters: defaultFilters() });
              draw();
            },
          },
        },
        "Reset filters",
      ),
    );
  };
  draw();
  let stale = false;
  ctx.onFacets(() => {
    if (container.contains(document.activeElement)) stale = true;
    else draw();
  });
  container.addEventListener("focusout", (e) => {
    if (stale && !container.contains(e.relatedTarget as Node | null)) {
      stale = false;
      draw();
    }
  });
  // Changes made inside this panel are already on screen; redrawing would steal the keyboard focus.
  store.subscribe((s, prev) => {
    if (s.filters !== prev.filters && !container.contains(document.activeElement)) draw();
  });
}
