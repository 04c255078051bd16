// Legend: colour by entity type (doubling as the type filter, one checkbox per colour, with counts) or by community
// (the largest communities, named after their most central members; a click filters to one). Counts are the whole
// graph's (in API mode the server's, once it has answered).

import type { EntityType } from "@newskg/graph-model";
import { ENTITY_TYPES } from "@newskg/graph-model";
import { el, replaceChildren } from "../../core/dom/el.js";
import { TYPE_LABELS, communityColor, typeColor } from "../../core/graph/nodeColors.js";
import type { ColorBy } from "../../core/url/viewState.js";
import type { ExplorerContext } from "../explorerContext.js";

export function renderLegend(ctx: ExplorerContext, container: HTMLElement): void {
  const colourRadio = (value: ColorBy, label: string) =>
    el(
      "label",
      { class: "check" },
      el("input", {
        attrs: { type: "radio", name: "color-by", value, checked: ctx.store.get().colorBy === value },
        on: { change: () => ctx.store.set({ colorBy: value }) },
      }),
      label,
    );
  const communityLegend = () =>
    el(
      "ul",
      { class: "legend communities" },
      ctx.facets.communities.slice(0, 12).map((c) =>
        el(
          "li",
          null,
          el(
            "button",
            {
              class: "link community-link",
              attrs: { type: "button", "data-community": c.id },
              on: { click: () => ctx.store.set({ filters: { ...ctx.store.get().filters, community: c.id } }) },
            },
            el("span", {
              class: "swatch",
              style: { background: communityColor(c.id) },
              attrs: { "aria-hidden": "true" },
            }),
            c.name,
          ),
          el("span", { class: "muted" }, ` ${c.size}`),
        ),
      ),
    );
  const draw = () => {
    const { filters, colorBy } = ctx.store.get();
    const counts = ctx.facets.entitiesByType;
    replaceChildren(
      container,
      el("h2", { class: "panel-title" }, "Colour"),
      el("div", { class: "color-by", attrs: { role: "radiogroup", "aria-label": "Colour by" } }, [
        colourRadio("type", "By type"),
        colourRadio("community", "By community"),
      ]),
      colorBy === "community" ? communityLegend() : null,
      el("h2", { class: "panel-title" }, "Entity types"),
      ctx.api ? facetScope(ctx) : null,
      el(
        "ul",
        { class: "legend" },
        ENTITY_TYPES.filter((t) => counts.has(t)).map((t: EntityType) =>
          el(
            "li",
            null,
            el(
              "label",
              null,
              el("input", {
                attrs: { type: "checkbox", name: "type", value: t, checked: filters.types.has(t) },
                on: {
                  change: (e) => {
                    const types = new Set(ctx.store.get().filters.types);
                    if ((e.target as HTMLInputElement).checked) types.add(t);
                    else types.delete(t);
                    ctx.store.set({ filters: { ...ctx.store.get().filters, types } });
                  },
                },
              }),
              el("span", { class: "swatch", style: { background: typeColor(t) }, attrs: { "aria-hidden": "true" } }),
              TYPE_LABELS[t],
              el("span", { class: "muted" }, ` ${counts.get(t)}`),
            ),
          ),
        ),
      ),
    );
  };
  draw();
  ctx.onFacets(draw);
  ctx.store.subscribe((s, prev) => {
    if (s.filters.types !== prev.filters.types || s.colorBy !== prev.colorBy) draw();
  });
}

/** In API mode, what the counts are of: the whole graph, or (until the server answers) the part loaded. */
export function facetScope(ctx: ExplorerContext): HTMLElement {
  const f = ctx.facets;
  return el(
    "p",
    { class: "muted small facet-scope", attrs: { "data-scope": f.scope } },
    f.scope === "whole"
      ? `Counts of the whole graph: ${f.entityCount.toLocaleString("en")} entities, ${f.relationCount.toLocaleString("en")} relations.`
      : "Counts of the part loaded so far.",
  );
}
