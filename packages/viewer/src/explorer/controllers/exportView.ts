// Exports of what is on screen: a PNG of the composed sigma layers, and the visible subgraph as GEXF or JSON.

import type Sigma from "sigma";
import { toGexf, type GraphAttributes, type SerializedKnowledgeGraph } from "@newskg/graph-model";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";
import type { ExplorerContext } from "../explorerContext.js";

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws every layer (WebGL and 2D) onto one canvas. Renders first: WebGL buffers are not preserved between frames. */
export function composeCanvas(sigma: Sigma<ViewNode, ViewEdge>, background = "#ffffff"): HTMLCanvasElement {
  sigma.refresh();
  const layers = [...sigma.getContainer().querySelectorAll("canvas")];
  const first = layers[0]!;
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
  return out;
}

export function exportPng(ctx: ExplorerContext): Promise<void> {
  return new Promise((resolve) =>
    composeCanvas(ctx.sigma).toBlob((blob) => {
      if (blob) download("newskg-view.png", blob);
      resolve();
    }, "image/png"),
  );
}

/**
 * The visible subgraph in the graph file's own format (graphology serialization with the original attributes and the
 * positions on screen), so both exports go through the same serializers as the builder and the server.
 */
function visibleGraphFile(ctx: ExplorerContext): SerializedKnowledgeGraph {
  const edgeSet = new Set(ctx.visibility.edges);
  return {
    attributes: ctx.data.attributes as GraphAttributes,
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [...ctx.visibility.nodes].map((key) => ({
      key,
      attributes: {
        ...ctx.data.entities.get(key)!,
        x: ctx.graph.getNodeAttribute(key, "x"),
        y: ctx.graph.getNodeAttribute(key, "y"),
      },
    })),
    edges: ctx.data.relations.filter((r) => edgeSet.has(r.key)),
  };
}

export function exportGexf(ctx: ExplorerContext): void {
  const xml = toGexf(visibleGraphFile(ctx));
  download("newskg-view.gexf", new Blob([xml], { type: "application/gexf+xml" }));
}

export function exportJson(ctx: ExplorerContext): void {
  const json = visibleGraphFile(ctx);
  download("newskg-view.json", new Blob([JSON.stringify(json)], { type: "application/json" }));
}
