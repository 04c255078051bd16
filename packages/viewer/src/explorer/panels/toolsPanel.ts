// Display and tools: node size metric, label density, live layout, exports, share link. In API mode the browser holds
// only part of the graph, so the whole graph is exported by the server's streamed endpoints, and the view's own
// exports say that they contain what is on screen.

import { el, replaceChildren } from "../../core/dom/el.js";
import type { SizeBy } from "../../core/graph/toViewGraph.js";
import type { LayoutController } from "../controllers/layoutController.js";
import { exportGexf, exportJson, exportPng } from "../controllers/exportView.js";
import type { ExplorerContext } from "../explorerContext.js";

export function renderTools(ctx: ExplorerContext, container: HTMLElement, layout: LayoutController): void {
  const { store } = ctx;
  const sizeRadio = (value: SizeBy, label: string) =>
    el(
      "label",
      { class: "check" },
      el("input", {
        attrs: { type: "radio", name: "size-by", value, checked: store.get().sizeBy === value },
        on: { change: () => store.set({ sizeBy: value }) },
      }),
      label,
    );
  const density = el("input", {
    id: "label-density",
    attrs: { type: "range", min: 0, max: 1, step: 0.1, value: store.get().labelDensity },
    on: { input: () => store.set({ labelDensity: Number(density.value) }) },
  });
  const layoutButton = el(
    "button",
    { id: "layout-toggle", class: "button", attrs: { type: "button", "aria-pressed": "false" } },
    "Run ForceAtlas2",
  );
  const syncLayout = () => {
    const on = layout.running();
    layoutButton.textContent = on ? "Stop layout" : "Run ForceAtlas2";
    layoutButton.setAttribute("aria-pressed", String(on));
  };
  layoutButton.addEventListener("click", () => {
    if (layout.running()) layout.stop();
    else layout.start();
    syncLayout();
  });
  const status = el("p", { class: "muted small", attrs: { "aria-live": "polite" } });
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "Link to this view copied.";
    } catch {
      status.textContent = "Copy the address bar: it holds this view.";
    }
  };
  replaceChildren(
    container,
    el("h2", { class: "panel-title" }, "Display"),
    el(
      "fieldset",
      null,
      el("legend", null, "Node size"),
      sizeRadio("degree", "Degree"),
      sizeRadio("pagerank", "PageRank"),
    ),
    el("label", { class: "field", attrs: { for: "label-density" } }, "Labels: fewer … more"),
    density,
    el("h2", { class: "panel-title" }, "Layout"),
    el(
      "div",
      { class: "buttons" },
      layoutButton,
      el(
        "button",
        {
          class: "button",
          attrs: { type: "button" },
          on: {
            click: () => {
              layout.reset();
              syncLayout();
            },
          },
        },
        "Reset positions",
      ),
    ),
    el("h2", { class: "panel-title" }, "Export and share"),
    ctx.api ? wholeGraphExports(ctx.api.url) : null,
    ctx.api ? el("p", { class: "muted small" }, "What is on screen:") : null,
    el(
      "div",
      { class: "buttons" },
      el(
        "button",
        { id: "export-png", class: "button", attrs: { type: "button" }, on: { click: () => void exportPng(ctx) } },
        "PNG",
      ),
      el(
        "button",
        { id: "export-gexf", class: "button", attrs: { type: "button" }, on: { click: () => exportGexf(ctx) } },
        "GEXF",
      ),
      el(
        "button",
        { id: "export-json", class: "button", attrs: { type: "button" }, on: { click: () => exportJson(ctx) } },
        "JSON",
      ),
      el("button", { class: "button", attrs: { type: "button" }, on: { click: () => void copyLink() } }, "Copy link"),
    ),
    status,
  );
}

/** Links to the server's whole-graph exports (the same build the API answers from), streamed in bounded memory. */
function wholeGraphExports(apiUrl: string): HTMLElement {
  const link = (path: string, label: string, name: string) =>
    el(
      "a",
      { class: "button", attrs: { href: new URL(path, apiUrl).href, download: name, "data-export": path } },
      label,
    );
  return el(
    "div",
    { class: "whole-exports" },
    el("p", { class: "muted small" }, "The whole graph, from the server:"),
    el(
      "div",
      { class: "buttons" },
      link("export/graph.gexf", "GEXF", "graph.gexf"),
      link("export/graph.graphml", "GraphML", "graph.graphml"),
      link("export/nodes.csv", "Entities CSV", "nodes.csv"),
      link("export/edges.csv", "Relations CSV", "edges.csv"),
      link("export/graph.json", "JSON", "graph.json"),
    ),
  );
}
