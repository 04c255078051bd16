// The focused entity: type, aliases, roles, then its relations grouped by category, each with the sentences that
// support it (names highlighted) and a link to the article.
import { el, replaceChildren } from "../../core/dom/el.js";
import { TYPE_LABELS, typeColor } from "../../core/graph/nodeColors.js";
import { evidenceSpans } from "../../core/text/evidenceSpans.js";
import { renderMarked } from "./renderMarked.js";
const MAX_EVIDENCE = 5;
function categoryTitle(c) {
    return c.charAt(0) + c.slice(1).toLowerCase().replace(/_/g, " ");
}
export function renderDetails(ctx, container, id) {
    const entity = ctx.data.entities.get(id);
    if (!entity) {
        replaceChildren(container, el("p", { class: "muted" }, "This entity is not in the graph."));
        return;
    }
    const { store } = ctx;
    const focusButton = (other) => el("button", {
        class: "link entity-link",
        attrs: { type: "button" },
        on: { click: () => store.set({ focus: other, path: null }) },
    }, ctx.data.entities.get(other)?.label ?? other);
    const aliases = entity.aliases.filter((a) => a !== entity.label);
    const facts = el("dl", { class: "facts" }, aliases.length ? [el("dt", null, "Also called"), el("dd", { class: "aliases" }, aliases.join(", "))] : null, entity.roles.length ? [el("dt", null, "Roles"), el("dd", { class: "roles" }, entity.roles.join(", "))] : null, entity.description ? [el("dt", null, "About"), el("dd", null, entity.description)] : null, el("dt", null, "Connections"), el("dd", null, `${ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "degree") : 0} neighbours, ${entity.mentionCount} mentions, community ${entity.community}`));
    const all = ctx.relationIndex.get(id) ?? [];
    const shown = all.filter((r) => ctx.visibility.edges.has(r.key));
    const byCategory = new Map();
    for (const r of shown.sort((a, b) => b.attributes.confidence - a.attributes.confidence)) {
        const c = r.attributes.category;
        if (!byCategory.has(c))
            byCategory.set(c, []);
        byCategory.get(c).push(r);
    }
    const evidenceItem = (r, ev) => {
        const spans = evidenceSpans(ev, [ctx.data.entities.get(r.source), ctx.data.entities.get(r.target)]);
        const doc = ctx.data.documents.get(ev.doc);
        return el("li", { class: "evidence" }, el("blockquote", null, renderMarked(ev.text, spans)), doc
            ? el("button", {
                class: "link doc-link",
                attrs: { type: "button" },
                on: { click: () => store.set({ doc: { id: ev.doc, start: ev.start, end: ev.end } }) },
            }, `Read in “${doc.title}”${doc.date ? `, ${doc.date}` : ""}`)
            : null);
    };
    const groups = [...byCategory].map(([category, rels]) => el("section", { class: "relation-group", attrs: { "data-category": category } }, el("h3", null, `${categoryTitle(category)} (${rels.length})`), el("ul", { class: "relations" }, rels.map((r) => {
        const outgoing = r.source === id;
        const other = outgoing ? r.target : r.source;
        const a = r.attributes;
        return el("li", { class: "relation" }, el("p", { class: "relation-head" }, outgoing
            ? [entity.label, ` ${a.label} `, focusButton(other)]
            : [focusButton(other), ` ${a.label} `, entity.label], el("span", { class: "muted" }, ` · ${Math.round(a.confidence * 100)}%${a.date ? ` · ${a.date}` : ""}`)), a.evidence.length
            ? el("ul", { class: "evidence-list" }, a.evidence.slice(0, MAX_EVIDENCE).map((ev) => evidenceItem(r, ev)))
            : null, a.evidence.length > MAX_EVIDENCE
            ? el("p", { class: "muted" }, `${a.evidence.length - MAX_EVIDENCE} more sentences`)
            : null);
    }))));
    replaceChildren(container, el("header", { class: "details-head" }, el("h2", { id: "details-title" }, entity.label), el("span", { class: "badge", style: { "--badge": typeColor(entity.type) } }, TYPE_LABELS[entity.type] ?? entity.type)), facts, el("h3", { class: "section-title" }, "Relations"), groups.length ? groups : el("p", { class: "muted" }, "No relations pass the current filters."), all.length > shown.length
        ? el("p", { class: "muted" }, `${all.length - shown.length} more hidden by filters.`)
        : null);
}
//# sourceMappingURL=detailsPanel.js.map