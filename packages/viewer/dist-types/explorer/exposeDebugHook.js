// A read-only window.__kgExplorer for tests and benchmarks: what is visible, focused and where the camera is.
export function exposeDebugHook(ctx, timing) {
    const renders = [];
    let began = 0;
    ctx.sigma.on("beforeRender", () => (began = performance.now()));
    ctx.sigma.on("afterRender", () => {
        renders.push(performance.now() - began);
        if (renders.length > 300)
            renders.shift();
    });
    const hook = {
        ready: true,
        ...timing,
        nodeCount: ctx.graph.order,
        edgeCount: ctx.graph.size,
        visibleNodes: () => [...ctx.visibility.nodes],
        visibleEdgeCount: () => ctx.visibility.edges.size,
        visibleTypes: () => [...new Set([...ctx.visibility.nodes].map((n) => ctx.graph.getNodeAttribute(n, "entityType")))].sort(),
        typeOf: (id) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "entityType") : null),
        position: (id) => ctx.graph.hasNode(id) ? { x: ctx.graph.getNodeAttribute(id, "x"), y: ctx.graph.getNodeAttribute(id, "y") } : null,
        focus: () => ctx.store.get().focus,
        highlighted: () => {
            const s = ctx.store.get();
            const centre = s.hovered ?? s.focus;
            return centre ? [centre, ...ctx.graph.neighbors(centre).filter((n) => ctx.visibility.nodes.has(n))] : [];
        },
        camera: () => ctx.sigma.getCamera().getState(),
        filters: () => {
            const f = ctx.store.get().filters;
            return { ...f, types: [...f.types], categories: [...f.categories] };
        },
        path: () => ctx.pathResult?.nodes ?? null,
        renderTimes: () => [...renders],
        drawnColor: (id) => ctx.sigma.getNodeDisplayData(id)?.color ?? null,
        screenPosition: (id) => {
            const d = ctx.sigma.getNodeDisplayData(id);
            return d ? ctx.sigma.framedGraphToViewport(d) : null;
        },
    };
    Object.defineProperty(window, "__kgExplorer", { value: Object.freeze(hook), configurable: true });
}
//# sourceMappingURL=exposeDebugHook.js.map