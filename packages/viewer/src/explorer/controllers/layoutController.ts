// ForceAtlas2 in a web worker, started and stopped by the analyst; the built x/y stay the default.

import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ViewGraph } from "../../core/graph/toViewGraph.js";

export interface LayoutController {
  running(): boolean;
  start(): void;
  stop(): void;
  /** Puts every node back at its built position. */
  reset(): void;
}

export function createLayoutController(graph: ViewGraph): LayoutController {
  const initial = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => initial.set(n, { x: a.x, y: a.y }));
  let layout: FA2Layout | null = null;
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
      graph.updateEachNodeAttributes((n, a) => ({ ...a, ...initial.get(n)! }), { attributes: ["x", "y"] });
    },
  };
}
