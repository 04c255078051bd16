// Creates the sigma renderer whose reducers apply visibility (filters) and the colouring (type or community).

import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { Visibility } from "../../core/filters/computeVisibility.js";
import type { ViewEdge, ViewGraph, ViewNode } from "../../core/graph/toViewGraph.js";
import { drawThemedHover } from "../../core/theme/drawThemedHover.js";
import { communityColor } from "../../core/graph/nodeColors.js";
import type { ColorBy } from "../../core/url/viewState.js";

/** How many times larger than in the whole graph's view a disc may be drawn when zoomed in. */
const DISC_GROWTH = 1.6;

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes drawn emphasised (the focus, or both ends of a path). */
  primary: ReadonlySet<string>;
}

export interface RendererInputs {
  visibility(): Visibility;
  colorBy(): ColorBy;
}

export function createRenderer(
  graph: ViewGraph,
  container: HTMLElement,
  inputs: RendererInputs,
  /** Set for big graphs, whose edges may not be in `graph` yet. */
  large = graph.size > 8000,
): Sigma<ViewNode, ViewEdge> {
  // Big graphs: hairline edges (one GL line per edge instead of a quad) and no edges while the camera moves, so
  // panning stays fluid even on software WebGL.
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: "line",
    edgeProgramClasses: { line: large ? EdgeLineProgram : EdgeRectangleProgram },
    nodeProgramClasses: { circle: large ? NodePointProgram : NodeCircleProgram },
    hideEdgesOnMove: large,
    // Labels are placed and drawn by the overlay layer (createOverlayLayer); sigma still draws the hovered one.
    renderLabels: false,
    enableEdgeEvents: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    // Sorting 50k edges by zIndex on every refresh costs more than it shows on a big graph.
    zIndex: !large,
    minCameraRatio: 0.02,
    // Discs grow as the camera zooms in (sigma's default, the square root of the zoom) up to DISC_GROWTH times, then
    // keep their size: closer in, entities move apart rather than swell into discs that hide their neighbours.
    zoomToSizeRatioFunction: (ratio) => Math.max(Math.sqrt(ratio), 1 / DISC_GROWTH),
    maxCameraRatio: 10,
    defaultDrawNodeHover: drawThemedHover("#ffffff"),
    // Highlighting (hover, focus, path, selected relation) is drawn by the overlay layer above sigma, so a change of
    // focus repaints without reprocessing every node and edge; the reducers apply filters and colours only.
    nodeReducer(node, data) {
      if (!inputs.visibility().nodes.has(node)) return { ...data, hidden: true };
      return inputs.colorBy() === "community" ? { ...data, color: communityColor(data.community) } : data;
    },
    edgeReducer(edge, data) {
      if (!inputs.visibility().edges.has(edge)) return { ...data, hidden: true };
      return data;
    },
  });
}
