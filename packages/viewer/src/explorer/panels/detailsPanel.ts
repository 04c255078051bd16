// The focused entity: type, aliases, roles, then its relations, specific ones grouped by category first and
// co-occurrence last. The list is windowed (createVirtualList): a hub with thousands of neighbours renders a
// screenful of rows. Each relation shows its first sentences; its full evidence opens in the relation panel.

import { el, replaceChildren } from "../../core/dom/el.js";
import { createVirtualList } from "../../core/dom/createVirtualList.js";
import type { VirtualList } from "../../core/dom/createVirtualList.js";
import type { KgRelation } from "../../core/graph/parseGraph.js";
import { TYPE_LABELS, typeColor } from "../../core/graph/nodeColors.js";
import { groupRelations } from "../../core/graph/relationOrder.js";
import { distinctSentences } from "../../core/text/distinctSentences.js";
import type { ExplorerContext } from "../explorerContext.js";
import { categoryTitle, renderEvidence, wording } from "./renderEvidence.js";

type Row = { kind: "group"; category: string; count: number } | { kind: "relation"; relation: KgRelation };

const GROUP_HEIGHT = 40;
/** Head and meta lines of a relation row. */
const ROW_HEIGHT = 56;
/** One sentence (clamped to two lines) and its article link. */
const SENTENCE_HEIGHT = 78;
/** Sentences shown in the row; all of them are in the relation panel. */
const ROW_SENTENCES = 3;

let current: VirtualList | null = null;
/** The entity `current` lists and the key of its row at the top of the view, read before a redraw of the same
 * entity (more of its relations arrived, a filter changed) so the reader stays where they were. */
let currentFor: { id: string; keyAt: (index: number) => string } | null = null;
/** The group the reader last jumped to with a chip, kept through redraws of the same entity. */
let jumpedTo: { id: string; category: string } | null = null;
/** Sentence requests of the focused entity's rows, given up when the focus moves (leaveDetails). */
let rowRequests: { id: string; controller: AbortController } | null = null;

/** The focus moved on: its rows' sentence requests still on their way are given up. */
export function leaveDetails(): void {
  rowRequests?.controller.abort();
  rowRequests = null;
}

function rowSignal(id: string): AbortSignal {
  if (rowRequests?.id !== id) {
    leaveDetails();
    rowRequests = { id, controller: new AbortController() };
  }
  return rowRequests.controller.signal;
}

/** Supporting sentences of a relation: counted by its weight until the API has sent them. */
function sentenceCount(ctx: ExplorerContext, r: KgRelation): number {
  return ctx.api && !ctx.api.hasEvidence(r.key) ? r.attributes.weight : r.attributes.evidence.length;
}

/** Distinct sentences of an evidence list, counted once per list (every redraw of a hub's panel sizes all its rows;
 * the API replaces the list when the sentences arrive). */
const distinctCounts = new WeakMap<readonly unknown[], number>();

/** Sentences a row shows: a sentence repeated word for word by another article once. */
function rowSentences(ctx: ExplorerContext, r: KgRelation): number {
  if (ctx.api && !ctx.api.hasEvidence(r.key)) return r.attributes.weight;
  const evidence = r.attributes.evidence;
  let n = distinctCounts.get(evidence);
  if (n === undefined) distinctCounts.set(evidence, (n = distinctSentences(evidence).length));
  return n;
}

/** Sentence slots a relation row is given. */
const rowSlots = (ctx: ExplorerContext, r: KgRelation): number => Math.min(ROW_SENTENCES, rowSentences(ctx, r));

/** A row's first sentences; in API mode fetched when the row is first drawn (rows on screen share one request).
 * Until then its height is guessed from the relation's weight; `resized` is called when the sentences that came
 * need other room (fewer, or none: a relation added by curation has a weight and no sentence). */
function evidenceOfRow(
  ctx: ExplorerContext,
  r: KgRelation,
  signal: AbortSignal,
  resized: () => void,
): HTMLElement[] | HTMLElement {
  const draw = () =>
    distinctSentences(r.attributes.evidence)
      .slice(0, ROW_SENTENCES)
      .map((g) => renderEvidence(ctx, r, g.evidence, "div", true));
  if (!ctx.api || ctx.api.hasEvidence(r.key)) return draw();
  const guessed = rowSlots(ctx, r);
  const slot = el("div", { class: "evidence-loading muted" }, "Loading sentences…");
  void ctx.api.evidence([r.key], signal).then(() => {
    if (!slot.isConnected || !ctx.api?.hasEvidence(r.key)) return;
    slot.replaceWith(...draw());
    if (rowSlots(ctx, r) !== guessed) resized();
  });
  return slot;
}

const rowKey = (row: Row): string => (row.kind === "group" ? `group:${row.category}` : `relation:${row.relation.key}`);

/** Containers whose hand scrolling (wheel, touch, keys) ends a chip jump: from then on the row at the top wins. */
const watchedForHandScroll = new WeakSet<HTMLElement>();

function forgetJumpOnHandScroll(container: HTMLElement): void {
  if (watchedForHandScroll.has(container)) return;
  watchedForHandScroll.add(container);
  for (const type of ["wheel", "touchmove", "keydown"])
    container.addEventListener(type, () => (jumpedTo = null), { passive: true });
}

export function renderDetails(ctx: ExplorerContext, container: HTMLElement, id: string): void {
  forgetJumpOnHandScroll(container);
  if (currentFor?.id !== id || jumpedTo?.id !== id) jumpedTo = null;
  const topIndex = current && currentFor?.id === id ? current.firstVisible() : 0;
  // A chip jump wins over the top row: on a short list the jump may not have reached its group (the scroll stops
  // at the list's end), and the group is what the reader asked for.
  const keepKey = jumpedTo ? `group:${jumpedTo.category}` : topIndex > 0 ? currentFor!.keyAt(topIndex) : null;
  current?.destroy();
  current = null;
  currentFor = null;
  const entity = ctx.data.entities.get(id);
  if (!entity) {
    const loading = ctx.api && !ctx.api.isExpanded(id) && !ctx.api.hasFailed(id);
    replaceChildren(
      container,
      el("p", { class: "muted", attrs: { role: "status" } }, loading ? "Loading…" : "This entity is not in the graph."),
    );
    return;
  }
  const { store } = ctx;
  const signal = rowSignal(id);
  const focusButton = (other: string) =>
    el(
      "button",
      {
        class: "link entity-link",
        attrs: { type: "button" },
        on: { click: () => store.set({ focus: other, path: null, edge: null }) },
      },
      ctx.data.entities.get(other)?.label ?? other,
    );

  const aliases = entity.aliases.filter((a) => a !== entity.label);
  const facts = el(
    "dl",
    { class: "facts" },
    aliases.length ? [el("dt", null, "Also called"), el("dd", { class: "aliases" }, aliases.join(", "))] : null,
    entity.roles.length ? [el("dt", null, "Roles"), el("dd", { class: "roles" }, entity.roles.join(", "))] : null,
    entity.description ? [el("dt", null, "About"), el("dd", null, entity.description)] : null,
    el("dt", null, "Connections"),
    el(
      "dd",
      null,
      `${ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "degree") : 0} neighbours, ${entity.mentionCount} mentions, community ${entity.community}`,
    ),
  );

  const all = ctx.relationIndex.get(id) ?? [];
  const shown = all.filter((r) => ctx.visibility.edges.has(r.key));
  const rows: Row[] = [];
  const groups = groupRelations(shown);
  const groupRow = new Map<string, number>();
  for (const g of groups) {
    groupRow.set(g.category, rows.length);
    rows.push({ kind: "group", category: g.category, count: g.relations.length });
    for (const relation of g.relations) rows.push({ kind: "relation", relation });
  }

  const renderRow = (row: Row): HTMLElement => {
    if (row.kind === "group")
      return el(
        "div",
        { class: "relation-group", attrs: { "data-category": row.category } },
        el("h3", null, `${categoryTitle(row.category)} (${row.count})`),
      );
    const r = row.relation;
    const outgoing = r.source === id;
    const other = outgoing ? r.target : r.source;
    const a = r.attributes;
    const cooc = a.category === "CO_OCCURRENCE";
    const sentences = sentenceCount(ctx, r);
    // As the date filter reads it: its own date, else its earliest article's.
    const date = ctx.graph.hasEdge(r.key) ? ctx.graph.getEdgeAttribute(r.key, "date") : a.date;
    return el(
      "div",
      { class: cooc ? "relation cooc" : "relation", attrs: { "data-edge": r.key, "data-category": a.category } },
      el(
        "p",
        { class: "relation-head" },
        outgoing
          ? [entity.label, wording(a.label), focusButton(other)]
          : [focusButton(other), wording(a.label), entity.label],
      ),
      el(
        "p",
        { class: "relation-meta muted" },
        `${Math.round(a.confidence * 100)}%${date ? ` · ${date}` : ""} · `,
        el(
          "button",
          {
            class: "link evidence-link",
            attrs: { type: "button" },
            on: { click: () => store.set({ edge: r.key, doc: null }) },
          },
          sentences === 1 ? "1 sentence" : `${sentences} sentences`,
        ),
      ),
      evidenceOfRow(ctx, r, signal, remeasureSoon),
    );
  };
  // Rows whose sentences arrive together are laid out again once, in the next frame.
  let remeasureFrame = 0;
  const remeasureSoon = () => {
    remeasureFrame ||= requestAnimationFrame(() => {
      remeasureFrame = 0;
      if (current === list) list.remeasure();
    });
  };

  const list = createVirtualList({
    count: rows.length,
    className: "relations",
    heightOf: (i) => {
      const row = rows[i]!;
      return row.kind === "group" ? GROUP_HEIGHT : ROW_HEIGHT + rowSlots(ctx, row.relation) * SENTENCE_HEIGHT;
    },
    render: (i) => renderRow(rows[i]!),
    // The panel's close bar stays over the top of the scrolled panel: a row jumped to lands below it.
    coveredTop: () => container.parentElement?.querySelector(".details-bar")?.getBoundingClientRect().height ?? 0,
  });
  current = list;
  currentFor = { id, keyAt: (i) => rowKey(rows[i]!) };

  replaceChildren(
    container,
    el(
      "header",
      { class: "details-head" },
      el("h2", { id: "details-title" }, entity.label),
      el(
        "span",
        { class: "badge", style: { "--badge": typeColor(entity.type) } },
        (TYPE_LABELS as Record<string, string>)[entity.type] ?? entity.type,
      ),
    ),
    facts,
    // The builder needs the server's API, so the link is offered in API mode only.
    ctx.api
      ? el(
          "p",
          { class: "embed-link" },
          el("a", { attrs: { href: `builder.html?focus=${encodeURIComponent(id)}` } }, "Embed this entity's graph"),
        )
      : null,
    el("h3", { class: "section-title" }, `Relations (${shown.length})`),
    // API mode: the strongest relations came with the details; the neighbourhood brings the rest.
    ctx.api?.isLoading(id)
      ? el(
          "p",
          { class: "muted relations-loading", attrs: { role: "status" } },
          `Loading the rest of its ${entity.degree} neighbours…`,
        )
      : null,
    groups.length > 1
      ? el(
          "nav",
          { class: "relation-index", attrs: { "aria-label": "Relation groups" } },
          groups.map((g) =>
            el(
              "button",
              {
                class: "chip",
                attrs: { type: "button", "data-category": g.category },
                on: {
                  click: () => {
                    jumpedTo = { id, category: g.category };
                    list.scrollTo(groupRow.get(g.category) ?? 0);
                  },
                },
              },
              `${categoryTitle(g.category)} ${g.relations.length}`,
            ),
          ),
        )
      : null,
    rows.length ? list.element : el("p", { class: "muted" }, "No relations pass the current filters."),
    all.length > shown.length
      ? el("p", { class: "muted" }, `${all.length - shown.length} more hidden by filters.`)
      : null,
  );
  list.update();
  if (keepKey) {
    const at = rows.findIndex((row) => rowKey(row) === keepKey);
    if (at >= 0) list.scrollTo(at);
  }
}
