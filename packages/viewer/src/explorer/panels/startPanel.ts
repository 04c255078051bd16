// The first view of the details panel: what the graph holds and where to start (its most central people and
// organizations).

import type { EntityType } from "@newskg/graph-model";
import { el, replaceChildren } from "../../core/dom/el.js";
import type { ExplorerContext } from "../explorerContext.js";

const START_COUNT = 8;

/** The `count` most central entities of a type (PageRank, then degree), visible ones only. */
export function mostCentral(ctx: ExplorerContext, type: EntityType, count: number): string[] {
  const found: Array<{ id: string; pagerank: number; degree: number }> = [];
  ctx.graph.forEachNode((id, a) => {
    if (a.entityType === type && ctx.visibility.nodes.has(id))
      found.push({ id, pagerank: a.pagerank, degree: a.degree });
  });
  return found
    .sort((a, b) => b.pagerank - a.pagerank || b.degree - a.degree)
    .slice(0, count)
    .map((f) => f.id);
}

export function renderStart(ctx: ExplorerContext, container: HTMLElement): void {
  const { data, store } = ctx;
  const list = (title: string, type: EntityType) => {
    const ids = mostCentral(ctx, type, START_COUNT);
    return ids.length
      ? el(
          "section",
          { class: "start-list", attrs: { "data-type": type } },
          el("h3", null, title),
          el(
            "ol",
            null,
            ids.map((id) =>
              el(
                "li",
                null,
                el(
                  "button",
                  {
                    class: "link entity-link",
                    attrs: { type: "button" },
                    on: { click: () => store.set({ focus: id, doc: null, path: null, edge: null }) },
                  },
                  data.entities.get(id)?.label ?? id,
                ),
                el("span", { class: "muted" }, ` ${ctx.graph.getNodeAttribute(id, "degree")} connections`),
              ),
            ),
          ),
        )
      : null;
  };
  replaceChildren(
    container,
    el("h2", null, data.attributes.name || "News knowledge graph"),
    el(
      "p",
      null,
      ctx.api
        ? `${ctx.api.totals.entities} entities, ${ctx.api.totals.relations} relations, ${ctx.api.totals.documents} articles; the ${data.entities.size} most central are drawn, neighbourhoods load as you explore.`
        : `${data.entities.size} entities, ${data.relations.length} relations, ${data.documents.size} articles.`,
    ),
    el(
      "p",
      { class: "muted" },
      "Search for an entity or click one in the graph to see its relations and the sentences that support them.",
    ),
    list("Most central people", "PERSON"),
    list("Most central organizations", "ORGANIZATION"),
  );
}
