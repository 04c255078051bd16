// Moves the camera so a set of nodes fills the part of the stage the analyst can see: on phones the bottom sheet
// covers the lower half, so the nodes are framed in the upper part.

import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";

/** Room around the framed box (1.35: it fills about three quarters of the visible stage). */
const MARGIN = 1.35;
/** Closest framing, as a zoom factor over the whole graph's view (camera ratio 1/MAX_ZOOM). */
export const MAX_ZOOM = 4;

export function frameNodes(
  sigma: Sigma<ViewNode, ViewEdge>,
  nodes: Iterable<string>,
  opts: { coveredBottom?: number; animate?: boolean } = {},
): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const covered = Math.max(0, Math.min(0.7, opts.coveredBottom ?? 0));
  const visible = 1 - covered;
  // The box's size on screen at ratio 1, in pixels: the stage's aspect decides which side limits the zoom (a phone's
  // width, the band above its sheet), which a ratio computed in graph units alone gets wrong on tall screens.
  const unit = { ...camera.getState(), x: 0.5, y: 0.5, ratio: 1 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const need = Math.max(Math.abs(b.x - a.x) / width, Math.abs(b.y - a.y) / (height * visible)) * MARGIN;
  // At most 4x (MAX_ZOOM): closer in, a short path or a lone neighbour fills the stage with a few discs and no context.
  const ratio = Math.min(1.2, Math.max(1 / MAX_ZOOM, need));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const state = { ...camera.getState(), ...centre, ratio };
  // Shift so the centre lands in the middle of the uncovered band rather than the middle of the stage.
  const mid = sigma.viewportToFramedGraph({ x: 0, y: height / 2 }, { cameraState: state });
  const band = sigma.viewportToFramedGraph({ x: 0, y: (height * visible) / 2 }, { cameraState: state });
  const target = { x: centre.x - (band.x - mid.x), y: centre.y - (band.y - mid.y), ratio };
  if (opts.animate === false) camera.setState(target);
  else void camera.animate(target, { duration: 450 });
}
