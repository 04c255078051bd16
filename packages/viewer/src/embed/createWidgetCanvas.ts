// The widget's renderer: one 2D canvas (no WebGL context at all, so a page can hold any number of widgets), the
// focus in the centre, labels placed by the shared collision pass (focus first, then by rank), hover emphasis and
// click to re-centre. The canvas is dropped when the widget leaves the viewport and drawn again when it returns.

import type { PlacedLabel } from "../core/labels/placeLabels.js";
import { placeLabels } from "../core/labels/placeLabels.js";
import type { Subgraph } from "../core/neighborhood/subgraph.js";
import { typeColor } from "../core/graph/nodeColors.js";

export interface WidgetCanvasOptions {
  dark: boolean;
  onSelect(node: string): void;
}

export interface WidgetCanvas {
  /** Draws into a fresh canvas (after a resize, or when the widget is back in view). */
  draw(): void;
  /** Frees the canvas (the widget left the viewport). */
  release(): void;
  labels(): readonly PlacedLabel[];
  /** Node dots as last drawn: centre and radius in the canvas's CSS pixels. */
  dots(): ReadonlyArray<{ id: string; x: number; y: number; r: number }>;
  destroy(): void;
}

const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PADDING = 28;

export function createWidgetCanvas(
  stage: HTMLElement,
  sub: Subgraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  opts: WidgetCanvasOptions,
): WidgetCanvas {
  let canvas: HTMLCanvasElement | null = null;
  let placed: PlacedLabel[] = [];
  let hovered: string | null = null;
  let screen = new Map<string, { x: number; y: number; r: number }>();
  const order = [sub.focus, ...sub.nodes.filter((n) => n.id !== sub.focus).map((n) => n.id)];
  const nodeById = new Map(sub.nodes.map((n) => [n.id, n]));
  const palette = opts.dark
    ? { edge: "#6f7c88", cooc: "#39424b", fg: "#e8ecef", halo: "rgba(20,24,28,0.9)", dim: "#39424b" }
    : { edge: "#98a4b0", cooc: "#e3e6ea", fg: "#1d2329", halo: "rgba(255,255,255,0.92)", dim: "#e3e7eb" };

  const layout = (width: number, height: number) => {
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Labels run right of their nodes: leave them room on the right.
    const right = Math.min(140, width * 0.25);
    const scale = Math.min((width - 2 * PADDING - right) / (x1 - x0 || 1), (height - 2 * PADDING) / (y1 - y0 || 1));
    const ox = PADDING + (width - 2 * PADDING - right - (x1 - x0) * scale) / 2;
    const oy = PADDING + (height - 2 * PADDING - (y1 - y0) * scale) / 2;
    screen = new Map(
      [...positions].map(([id, p]) => [
        id,
        { x: ox + (p.x - x0) * scale, y: oy + (y1 - p.y) * scale, r: id === sub.focus ? 9 : 5.5 },
      ]),
    );
  };

  const paint = () => {
    if (!canvas) return;
    const width = stage.clientWidth || 600;
    const height = stage.clientHeight || 360;
    const ratio = devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    layout(width, height);
    const near = (id: string) =>
      !hovered ||
      id === hovered ||
      sub.edges.some((e) => (e.source === hovered && e.target === id) || (e.target === hovered && e.source === id));
    // Co-occurrence first and faint, typed relations above.
    const edges = [...sub.edges].sort(
      (a, b) => Number(b.category === "CO_OCCURRENCE") - Number(a.category === "CO_OCCURRENCE"),
    );
    for (const e of edges) {
      const s = screen.get(e.source);
      const t = screen.get(e.target);
      if (!s || !t) continue;
      const lit = !hovered || e.source === hovered || e.target === hovered;
      const cooc = e.category === "CO_OCCURRENCE";
      ctx.strokeStyle = lit ? (cooc ? palette.cooc : palette.edge) : palette.dim;
      ctx.lineWidth = cooc ? 1 : 1.8;
      ctx.globalAlpha = lit ? 1 : 0.4;
      ctx.beginPath();
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    for (const id of [...order].reverse()) {
      const p = screen.get(id);
      if (!p) continue;
      ctx.beginPath();
      ctx.arc(p.x, p.y, p.r, 0, Math.PI * 2);
      ctx.fillStyle = near(id) ? typeColor(nodeById.get(id)?.type ?? "") : palette.dim;
      ctx.fill();
      if (id === sub.focus || id === hovered) {
        ctx.lineWidth = 2;
        ctx.strokeStyle = palette.fg;
        ctx.stroke();
      }
    }
    ctx.font = FONT;
    const candidates = (hovered ? [hovered, ...order] : order)
      .filter((id) => near(id))
      .map((id) => ({ id, label: nodeById.get(id)?.label ?? id, ...screen.get(id)!, radius: screen.get(id)!.r }));
    placed = placeLabels(candidates, {
      width,
      height,
      fontSize: 12,
      measure: (t) => ctx.measureText(t).width,
      maxLabels: 200,
      obstacles: [...screen].map(([id, p]) => ({ id, x: p.x, y: p.y, radius: p.r })),
    });
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    for (const l of placed) {
      ctx.font = l.id === sub.focus ? `600 ${FONT}` : FONT;
      ctx.strokeStyle = palette.halo;
      ctx.fillStyle = palette.fg;
      ctx.strokeText(l.label, l.left + 1, l.top + l.height / 2);
      ctx.fillText(l.label, l.left + 1, l.top + l.height / 2);
    }
  };

  const hit = (ev: MouseEvent): string | null => {
    const rect = stage.getBoundingClientRect();
    const x = ev.clientX - rect.left;
    const y = ev.clientY - rect.top;
    let best: string | null = null;
    let bestD = Infinity;
    for (const [id, p] of screen) {
      const d = Math.hypot(p.x - x, p.y - y);
      if (d <= Math.max(p.r + 4, 10) && d < bestD) [best, bestD] = [id, d];
    }
    return best;
  };
  const onMove = (ev: MouseEvent) => {
    const h = hit(ev);
    if (h === hovered) return;
    hovered = h;
    stage.style.cursor = h ? "pointer" : "";
    paint();
  };
  const onLeave = () => {
    if (!hovered) return;
    hovered = null;
    paint();
  };
  const onClick = (ev: MouseEvent) => {
    const h = hit(ev);
    if (h && h !== sub.focus) opts.onSelect(h);
  };
  stage.addEventListener("mousemove", onMove);
  stage.addEventListener("mouseleave", onLeave);
  stage.addEventListener("click", onClick);

  return {
    draw() {
      if (!canvas) {
        canvas = document.createElement("canvas");
        canvas.setAttribute("aria-hidden", "true");
        stage.append(canvas);
      }
      paint();
    },
    release() {
      canvas?.remove();
      canvas = null;
      placed = [];
    },
    labels: () => placed,
    dots: () => [...screen].map(([id, p]) => ({ id, ...p })),
    destroy() {
      this.release();
      stage.removeEventListener("mousemove", onMove);
      stage.removeEventListener("mouseleave", onLeave);
      stage.removeEventListener("click", onClick);
    },
  };
}
