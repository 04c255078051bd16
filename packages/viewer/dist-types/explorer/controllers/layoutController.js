// ForceAtlas2 in a web worker, started and stopped by the analyst; the built x/y stay the default.
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
export function createLayoutController(graph) {
    const initial = new Map();
    graph.forEachNode((n, a) => initial.set(n, { x: a.x, y: a.y }));
    let layout = null;
    return {
        running: () => layout?.isRunning() ?? false,
        start() {
            layout ??= new FA2Layout(graph, { settings: { ...inferSettings(graph), slowDown: 10 } });
            layout.start();
        },
        stop() {
            layout?.stop();
        },
        reset() {
            layout?.kill();
            layout = null;
            graph.updateEachNodeAttributes((n, a) => ({ ...a, ...initial.get(n) }), { attributes: ["x", "y"] });
        },
    };
}
//# sourceMappingURL=layoutController.js.map