// Exports of what is on screen: a PNG of the composed sigma layers, and the visible subgraph as GEXF or JSON.
import { toGexf } from "../../core/export/toGexf.js";
export function download(name, blob) {
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
export function composeCanvas(sigma, background = "#ffffff") {
    sigma.refresh();
    const layers = [...sigma.getContainer().querySelectorAll("canvas")];
    const first = layers[0];
    const out = document.createElement("canvas");
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, out.width, out.height);
    for (const layer of layers)
        ctx.drawImage(layer, 0, 0, out.width, out.height);
    return out;
}
export function exportPng(ctx) {
    return new Promise((resolve) => composeCanvas(ctx.sigma).toBlob((blob) => {
        if (blob)
            download("newskg-view.png", blob);
        resolve();
    }, "image/png"));
}
function visibleSubgraph(ctx) {
    const nodes = [...ctx.visibility.nodes];
    const edges = [...ctx.visibility.edges];
    return { nodes, edges };
}
export function exportGexf(ctx) {
    const { nodes, edges } = visibleSubgraph(ctx);
    const byKey = new Map(ctx.data.relations.map((r) => [r.key, r]));
    const xml = toGexf(nodes.map((id) => {
        const a = ctx.graph.getNodeAttributes(id);
        return { id, label: a.label, type: a.entityType, x: a.x, y: a.y, size: a.size, color: a.color };
    }), edges.map((id) => {
        const a = byKey.get(id)?.attributes;
        return {
            id,
            source: ctx.graph.source(id),
            target: ctx.graph.target(id),
            category: ctx.graph.getEdgeAttribute(id, "category"),
            label: a?.label ?? "",
            confidence: ctx.graph.getEdgeAttribute(id, "confidence"),
            weight: a?.weight ?? 1,
        };
    }), ctx.data.attributes.name ?? "newskg view");
    download("newskg-view.gexf", new Blob([xml], { type: "application/gexf+xml" }));
}
/** The visible subgraph in the graph file's own format (graphology serialization with the original attributes). */
export function exportJson(ctx) {
    const { nodes, edges } = visibleSubgraph(ctx);
    const edgeSet = new Set(edges);
    const json = {
        attributes: ctx.data.attributes,
        options: { type: "directed", multi: true, allowSelfLoops: false },
        nodes: nodes.map((key) => ({
            key,
            attributes: {
                ...ctx.data.entities.get(key),
                x: ctx.graph.getNodeAttribute(key, "x"),
                y: ctx.graph.getNodeAttribute(key, "y"),
            },
        })),
        edges: ctx.data.relations.filter((r) => edgeSet.has(r.key)),
    };
    download("newskg-view.json", new Blob([JSON.stringify(json)], { type: "application/json" }));
}
//# sourceMappingURL=exportView.js.map