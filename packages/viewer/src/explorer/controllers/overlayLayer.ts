// A 2D layer above sigma's WebGL layers that draws, after every sigma frame, the highlight (a veil dimming the rest,
// then path or focus edges and their nodes, thick and opaque, so they stay visible however many edges lie beneath) and then the labels, placed
// by our own collision pass: the focus first, then the highlighted entities by centrality, then the most central
// visible entities. Sigma's own label layer is switched off.

import type Sigma from "sigma";
import type { PlacedLabel } from "../../core/labels/placeLabels.js";
import { placeLabels } from "../../core/labels/placeLabels.js";
import type { LabelCandidate } from "../../core/labels/placeLabels.js";
import type { ViewEdge, ViewGraph, ViewNode } from "../../core/graph/toViewGraph.js";
import type { Highlight } from "./createRenderer.js";

export const PATH_COLOR = "#d0004e";
export const FOCUS_EDGE_COLOR = "#2b3640";
const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Central entities looked at per frame when no highlight narrows the candidates. */
const SCAN_LIMIT = 8000;
const FONT_SIZE = 12;
/** Behind labels over a highlight: nearly opaque, so the edges beneath show only as a faint trace. */
export const LABEL_BACKING = "rgba(255,255,255,0.88)";

export interface OverlayInputs {
  highlight(): Highlight | null;
  /** True when the highlight is a path (drawn in the path colour). */
  isPath(): boolean;
  /** 0..1 from the label slider. */
  labelDensity(): number;
  visible(node: string): boolean;
}

export interface OverlayLayer {
  /** Labels drawn in the last frame, in placement order. */
  labels(): readonly PlacedLabel[];
  /** Start (performance.now()) and duration of the last draws: highlight and labels placed and drawn. */
  drawTimes(): Array<{ at: number; ms: number }>;
  /** Draws this layer again in the next frame, without a sigma render (for a change of highlight or labels only). */
  redraw(): void;
  /** Calls `fn` after the next draw of this layer (its own or after a sigma render). */
  onceDrawn(fn: () => void): void;
}

/** Entities by decreasing centrality (PageRank, then degree): the order in which labels are offered. */
export function centralityOrder(graph: ViewGraph): string[] {
  const nodes = graph.nodes();
  const rank = new Map(nodes.map((n) => [n, graph.getNodeAttributes(n)]));
  return nodes.sort((a, b) => {
    const x = rank.get(a)!;
    const y = rank.get(b)!;
    return y.pagerank - x.pagerank || y.degree - x.degree;
  });
}

export function createOverlayLayer(
  sigma: Sigma<ViewNode, ViewEdge>,
  graph: ViewGraph,
  inputs: OverlayInputs,
): OverlayLayer {
  const id = "kgOverlay";
  sigma.createCanvasContext(id, { style: { pointerEvents: "none" } });
  // Sigma sizes its canvases on resize only; the new one gets its pixel size now.
  sigma.resize(true);
  const canvas = sigma.getCanvases()[id]!;
  const ctx = canvas.getContext("2d")!;
  let order = centralityOrder(graph);
  let position = new Map(order.map((n, i) => [n, i]));
  // Entities the API adds later (a hub's neighbours) take their place by centrality too: without it they were never
  // offered a label outside a highlight, and inside one they came first, whatever their rank.
  const reorderIfGrown = () => {
    if (order.length === graph.order) return;
    order = centralityOrder(graph);
    position = new Map(order.map((n, i) => [n, i]));
    highlightOrder = null;
  };
  const widths = new Map<string, number>();
  const charWidths = new Map<string, number>();
  let placed: PlacedLabel[] = [];
  let highlightOrder: { of: Highlight; nodes: string[] } | null = null;
  const drawTimes: Array<{ at: number; ms: number }> = [];

  // A label's width is the sum of its characters' advances, each measured once: focusing a hub offers thousands of
  // new labels, and measuring each whole string cost more than drawing the frame (kerning is a pixel at most, inside
  // the padding).
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) {
        let cw = charWidths.get(ch);
        if (cw === undefined) {
          cw = ctx.measureText(ch).width;
          charWidths.set(ch, cw);
        }
        w += cw;
      }
      widths.set(text, w);
    }
    return w;
  };
  // Screen positions for this frame: the highlight's edges, discs and labels ask for the same nodes many times.
  let frameViewports = new Map<string, ReturnType<typeof project>>();
  const project = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { x: p.x, y: p.y, radius: sigma.scaleSize(d.size), color: d.color, label: d.label ?? "" };
  };
  const viewport = (node: string) => {
    let v = frameViewports.get(node);
    if (v === undefined) {
      v = project(node);
      frameViewports.set(node, v);
    }
    return v;
  };

  function* candidates(h: Highlight | null, width: number, height: number): Generator<LabelCandidate> {
    const seen = new Set<string>();
    const offer = function* (node: string): Generator<LabelCandidate> {
      if (seen.has(node)) return;
      seen.add(node);
      const v = viewport(node);
      // Only entities whose centre is on the stage: a label slid in from an entity beyond the edge names nothing seen.
      if (!v || v.x < 0 || v.y < 0 || v.x > width || v.y > height) return;
      yield { id: node, label: graph.getNodeAttribute(node, "label"), x: v.x, y: v.y, radius: v.radius };
    };
    if (h) {
      for (const n of h.primary) yield* offer(n);
      if (highlightOrder?.of !== h)
        highlightOrder = {
          of: h,
          nodes: [...h.nodes].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
        };
      for (const n of highlightOrder.nodes) yield* offer(n);
      return;
    }
    let scanned = 0;
    for (const n of order) {
      if (scanned++ > SCAN_LIMIT) return;
      if (inputs.visible(n)) yield* offer(n);
    }
  }

  const drawHighlight = (h: Highlight) => {
    const path = inputs.isPath();
    // A veil over the WebGL layers dims everything that is not highlighted.
    const { width, height } = sigma.getDimensions();
    ctx.fillStyle = "rgba(255,255,255,0.78)";
    ctx.fillRect(0, 0, width, height);
    ctx.lineCap = "round";
    ctx.strokeStyle = path ? PATH_COLOR : FOCUS_EDGE_COLOR;
    ctx.lineWidth = path ? 4 : h.edges.size > 300 ? 1 : 1.6;
    ctx.globalAlpha = path ? 1 : h.edges.size > 300 ? 0.55 : 0.85;
    ctx.beginPath();
    for (const e of h.edges) {
      if (!graph.hasEdge(e)) continue;
      const s = viewport(graph.source(e));
      const t = viewport(graph.target(e));
      if (!s || !t) continue;
      // Both ends beyond the same side of the stage: the line does not cross it.
      if (
        (s.x < 0 && t.x < 0) ||
        (s.y < 0 && t.y < 0) ||
        (s.x > width && t.x > width) ||
        (s.y > height && t.y > height)
      )
        continue;
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    // The discs, one path per colour (a hub's 2,000 neighbours are a few fills and strokes, not 4,000 of each), those
    // off the stage left out; the primary ones last, on top.
    const byColor = new Map<string, Array<{ x: number; y: number; r: number }>>();
    for (const n of h.nodes) {
      if (h.primary.has(n)) continue;
      const v = viewport(n);
      if (!v) continue;
      const r = Math.max(3, v.radius);
      if (v.x < -r || v.y < -r || v.x > width + r || v.y > height + r) continue;
      let discs = byColor.get(v.color);
      if (!discs) byColor.set(v.color, (discs = []));
      discs.push({ x: v.x, y: v.y, r });
    }
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = "#ffffff";
    for (const [color, discs] of byColor) {
      ctx.beginPath();
      for (const d of discs) {
        ctx.moveTo(d.x + d.r, d.y);
        ctx.arc(d.x, d.y, d.r, 0, Math.PI * 2);
      }
      ctx.fillStyle = color;
      ctx.fill();
      ctx.stroke();
    }
    ctx.lineWidth = 3;
    ctx.strokeStyle = path ? PATH_COLOR : FOCUS_EDGE_COLOR;
    for (const n of h.primary) {
      const v = viewport(n);
      if (!v) continue;
      ctx.beginPath();
      ctx.arc(v.x, v.y, Math.max(6, v.radius), 0, Math.PI * 2);
      ctx.fillStyle = v.color;
      ctx.fill();
      ctx.stroke();
    }
  };

  const draw = () => {
    const began = performance.now();
    reorderIfGrown();
    frameViewports = new Map();
    const { width, height } = sigma.getDimensions();
    ctx.clearRect(0, 0, width, height);
    const h = inputs.highlight();
    if (h) drawHighlight(h);
    const size = FONT_SIZE;
    ctx.font = `${size}px ${LABEL_FONT}`;
    const density = inputs.labelDensity();
    placed = placeLabels(candidates(h, width, height), {
      width,
      height,
      fontSize: size,
      measure,
      maxLabels: h ? 400 : Math.round(10 + density * 190),
      padding: 2 + Math.round((1 - density) * 6),
    });
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    // Over a highlight, each label sits on a light box: the dark focus edges converging on a hub would otherwise run
    // through its letters.
    if (h) {
      ctx.fillStyle = LABEL_BACKING;
      for (const l of placed) ctx.fillRect(l.left, l.top, l.width, l.height);
    }
    for (const l of placed) {
      ctx.fillStyle = h?.primary.has(l.id) ? (inputs.isPath() ? PATH_COLOR : "#000000") : "#1d2329";
      ctx.strokeText(l.label, l.left + 1, l.top + l.height / 2);
      ctx.fillText(l.label, l.left + 1, l.top + l.height / 2);
    }
    // Highlight and label placement of the frame, for bench:viewer's breakdown of a focus.
    drawTimes.push({ at: began, ms: performance.now() - began });
    if (drawTimes.length > 300) drawTimes.shift();
  };
  // A redraw of this layer alone, in the next frame: a new highlight changes nothing sigma draws, and a sigma frame
  // on software compositing reads every WebGL layer back (ReadPixels), tens of milliseconds under load.
  let pending = 0;
  let drawnWaiters: Array<() => void> = [];
  const drawNow = () => {
    if (pending) cancelAnimationFrame(pending);
    pending = 0;
    draw();
    const waiters = drawnWaiters;
    drawnWaiters = [];
    for (const w of waiters) w();
  };
  sigma.on("afterRender", drawNow);
  // Sigma drew its first frame before this layer existed.
  sigma.scheduleRender();
  return {
    labels: () => placed,
    drawTimes: () => [...drawTimes],
    redraw() {
      if (!pending) pending = requestAnimationFrame(drawNow);
    },
    onceDrawn: (fn) => void drawnWaiters.push(fn),
  };
}
