// Creates the sigma renderer whose reducers apply visibility (filters) and highlighting (hover, focus, path).

import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { Visibility } from "../../core/filters/computeVisibility.js";
import type { ViewEdge, ViewGraph, ViewNode } from "../../core/graph/toViewGraph.js";
import { drawThemedHover } from "../../core/theme/drawThemedHover.js";

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes drawn emphasised (the focus, or both ends of a path). */
  primary: ReadonlySet<string>;
}

export interface RendererInputs {
  visibility(): Visibility;
  highlight(): Highlight | null;
}

/** The label slider's 0..1 as sigma settings: label grid density and the rendered size a node needs for a label. */
export function labelSettings(density: number): { labelDensity: number; labelRenderedSizeThreshold: number } {
  return { labelDensity: 0.1 + density * 1.9, labelRenderedSizeThreshold: 14 - density * 12 };
}

const DIM_NODE = "#dfe3e8";
const DIM_EDGE = "#eef0f3";

export function createRenderer(
  graph: ViewGraph,
  container: HTMLElement,
  inputs: RendererInputs,
  /** Set for big graphs, whose edges may not be in `graph` yet. */
  large = graph.size > 8000,
  labelDensity = 0.5,
): Sigma<ViewNode, ViewEdge> {
  // Big graphs: hairline edges (one GL line per edge instead of a quad) and no edges while the camera moves, so
  // panning stays fluid even on software WebGL.
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
    allowInvalidContainer: true,
    defaultEdgeType: "line",
    edgeProgramClasses: { line: large ? EdgeLineProgram : EdgeRectangleProgram },
    nodeProgramClasses: { circle: large ? NodePointProgram : NodeCircleProgram },
    hideEdgesOnMove: large,
    ...labelSettings(labelDensity),
    labelGridCellSize: 80,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    // Sorting 50k edges by zIndex on every refresh costs more than it shows on a big graph.
    zIndex: !large,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
    defaultDrawNodeHover: drawThemedHover("#ffffff"),
    nodeReducer(node, data) {
      if (!inputs.visibility().nodes.has(node)) return { ...data, hidden: true };
      const h = inputs.highlight();
      if (!h) return data;
      if (h.nodes.has(node)) {
        return {
          ...data,
          zIndex: 2,
          forceLabel: h.nodes.size <= 40 || h.primary.has(node),
          highlighted: h.primary.has(node),
        };
      }
      return { ...data, color: DIM_NODE, label: "", zIndex: 0 };
    },
    edgeReducer(edge, data) {
      if (!inputs.visibility().edges.has(edge)) return { ...data, hidden: true };
      const h = inputs.highlight();
      if (!h) return data;
      if (h.edges.has(edge)) return { ...data, color: "#3d4852", size: Math.max(data.size ?? 1, 1.5) * 1.5, zIndex: 2 };
      return { ...data, color: DIM_EDGE, zIndex: 0 };
    },
  });
}
