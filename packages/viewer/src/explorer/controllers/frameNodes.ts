// Moves the camera so a set of nodes fills the part of the stage the analyst can see: on phones the bottom sheet
// covers the lower half, so the nodes are framed in the upper part.

import type Sigma from "sigma";
import type { ViewEdge, ViewNode } from "../../core/graph/toViewGraph.js";

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
  const { height } = sigma.getDimensions();
  const covered = Math.max(0, Math.min(0.7, opts.coveredBottom ?? 0));
  const visible = 1 - covered;
  // At most 8x: closer in, a short path or a lone neighbour fills the stage with a few huge discs and no context.
  const ratio = Math.min(1.2, Math.max(0.125, (Math.max(maxX - minX, maxY - minY) * 1.35) / visible));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const state = { ...camera.getState(), ...centre, ratio };
  // Shift so the centre lands in the middle of the uncovered band rather than the middle of the stage.
  const mid = sigma.viewportToFramedGraph({ x: 0, y: height / 2 }, { cameraState: state });
  const band = sigma.viewportToFramedGraph({ x: 0, y: (height * visible) / 2 }, { cameraState: state });
  const target = { x: centre.x - (band.x - mid.x), y: centre.y - (band.y - mid.y), ratio };
  if (opts.animate === false) camera.setState(target);
  else void camera.animate(target, { duration: 450 });
}
