// Legend of entity types, doubling as the type filter (one checkbox per colour), with counts.
import { ENTITY_TYPES } from "@newskg/graph-model";
import { el, replaceChildren } from "../../core/dom/el.js";
import { TYPE_LABELS, typeColor } from "../../core/graph/nodeColors.js";
export function renderLegend(ctx, container) {
    const counts = new Map();
    ctx.graph.forEachNode((_, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
    const draw = () => {
        const { filters } = ctx.store.get();
        replaceChildren(container, el("h2", { class: "panel-title" }, "Entity types"), el("ul", { class: "legend" }, ENTITY_TYPES.filter((t) => counts.has(t)).map((t) => el("li", null, el("label", null, el("input", {
            attrs: { type: "checkbox", name: "type", value: t, checked: filters.types.has(t) },
            on: {
                change: (e) => {
                    const types = new Set(ctx.store.get().filters.types);
                    if (e.target.checked)
                        types.add(t);
                    else
                        types.delete(t);
                    ctx.store.set({ filters: { ...ctx.store.get().filters, types } });
                },
            },
        }), el("span", { class: "swatch", style: { background: typeColor(t) }, attrs: { "aria-hidden": "true" } }), TYPE_LABELS[t], el("span", { class: "muted" }, ` ${counts.get(t)}`))))));
    };
    draw();
    ctx.store.subscribe((s, prev) => {
        if (s.filters.types !== prev.filters.types)
            draw();
    });
}
//# sourceMappingURL=legendPanel.js.map