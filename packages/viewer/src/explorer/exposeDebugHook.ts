// A read-only window.__kgExplorer for tests and benchmarks: what is visible, focused and where the camera is.

import type { ExplorerContext } from "./explorerContext.js";

export interface KgExplorerDebug {
  ready: true;
  loadMs: number;
  /** performance.now() at the first painted frame (nodes only, on big graphs). */
  firstRenderMs: number;
  /** performance.now() when everything, edges and panels included, was on screen. */
  completeMs: number;
  nodeCount: number;
  edgeCount: number;
  visibleNodes(): string[];
  /** Entity types among the visible nodes. */
  visibleTypes(): string[];
  typeOf(id: string): string | null;
  position(id: string): { x: number; y: number } | null;
  visibleEdgeCount(): number;
  focus(): string | null;
  highlighted(): string[];
  camera(): { x: number; y: number; ratio: number; angle: number };
  filters(): Record<string, unknown>;
  path(): string[] | null;
  /** Where a node is drawn, in CSS pixels relative to the stage (for tap and click tests). */
  screenPosition(id: string): { x: number; y: number } | null;
  /** The colour a node is drawn with right now (after filters and highlighting). */
  drawnColor(id: string): string | null;
  /** Durations (ms) of the last sigma renders, newest last. */
  renderTimes(): number[];
  /** Sigma renders (WebGL frames) since the hook was exposed. */
  renderCount(): number;
  /** Start and duration (ms) of the last overlay draws (highlight, label placement and labels), newest last. */
  overlayTimes(): Array<{ at: number; ms: number }>;
  /** Labels drawn in the last frame (viewport boxes, CSS pixels). */
  labels(): Array<{ id: string; label: string; left: number; top: number; width: number; height: number }>;
  colorBy(): string;
  /** Duration (ms) of the last details-panel render. */
  lastPanelMs(): number;
  /** Selects an entity as a click would; resolves with the milliseconds until its highlight was drawn. */
  select(id: string): Promise<number>;
  /** The selected relation. */
  edge(): string | null;
  labelOf(id: string): string | null;
  /** "api": data from GraphQL on demand; "file": the whole graph file. */
  mode: "api" | "file";
  /** Resolves when no API request is in flight. */
  idle(): Promise<void>;
  /** Entities loaded into the view so far. */
  loadedNodes(): number;
}

export function exposeDebugHook(
  ctx: ExplorerContext,
  timing: { loadMs: number; firstRenderMs: number; completeMs: number },
  panelMs: () => number,
): void {
  const renders: number[] = [];
  let rendered = 0;
  let began = 0;
  ctx.sigma.on("beforeRender", () => (began = performance.now()));
  ctx.sigma.on("afterRender", () => {
    rendered++;
    renders.push(performance.now() - began);
    if (renders.length > 300) renders.shift();
  });
  const hook: KgExplorerDebug = {
    ready: true,
    ...timing,
    nodeCount: ctx.graph.order,
    edgeCount: ctx.graph.size,
    visibleNodes: () => [...ctx.visibility.nodes],
    visibleEdgeCount: () => ctx.visibility.edges.size,
    visibleTypes: () =>
      [...new Set([...ctx.visibility.nodes].map((n) => ctx.graph.getNodeAttribute(n, "entityType")))].sort(),
    typeOf: (id) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "entityType") : null),
    position: (id) =>
      ctx.graph.hasNode(id) ? { x: ctx.graph.getNodeAttribute(id, "x"), y: ctx.graph.getNodeAttribute(id, "y") } : null,
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
    renderCount: () => rendered,
    overlayTimes: () => ctx.overlay.drawTimes(),
    labels: () => ctx.overlay.labels().map((l) => ({ ...l })),
    colorBy: () => ctx.store.get().colorBy,
    lastPanelMs: panelMs,
    select: (id) =>
      new Promise<number>((resolve) => {
        const t = performance.now();
        // The frame that draws the new highlight (the overlay's; sigma renders only when the filters change).
        ctx.overlay.onceDrawn(() => resolve(performance.now() - t));
        ctx.store.set({ focus: id || null, doc: null, path: null, edge: null });
      }),
    edge: () => ctx.store.get().edge,
    labelOf: (id) => ctx.data.entities.get(id)?.label ?? null,
    mode: ctx.api ? "api" : "file",
    idle: () => ctx.api?.idle() ?? Promise.resolve(),
    loadedNodes: () => ctx.graph.order,
    drawnColor: (id) => ctx.sigma.getNodeDisplayData(id)?.color ?? null,
    screenPosition: (id) => {
      const d = ctx.sigma.getNodeDisplayData(id);
      return d ? ctx.sigma.framedGraphToViewport(d) : null;
    },
  };
  Object.defineProperty(window, "__kgExplorer", { value: Object.freeze(hook), configurable: true });
}
