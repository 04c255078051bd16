// Whole-graph exports over HTTP, produced by graph-model's pure serializers and cached per loaded graph (an
// export is computed at most once per graph version).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SerializedKnowledgeGraph } from "@newskg/graph-model";
import type { GraphIndex } from "../graph/buildGraphIndex.js";
import { sendJson } from "./respond.js";

export const EXPORTS = {
  "graph.gexf": { serializer: "toGexf", contentType: "application/gexf+xml; charset=utf-8" },
  "graph.graphml": { serializer: "toGraphml", contentType: "application/graphml+xml; charset=utf-8" },
  "nodes.csv": { serializer: "toNodesCsv", contentType: "text/csv; charset=utf-8" },
  "edges.csv": { serializer: "toEdgesCsv", contentType: "text/csv; charset=utf-8" },
} as const;

export type ExportName = keyof typeof EXPORTS;
type Serializer = (graph: SerializedKnowledgeGraph) => string;

const cache = new WeakMap<GraphIndex, Map<ExportName, string>>();

export async function exportGraph(index: GraphIndex, name: ExportName): Promise<string> {
  let perGraph = cache.get(index);
  if (!perGraph) cache.set(index, (perGraph = new Map()));
  const cached = perGraph.get(name);
  if (cached !== undefined) return cached;
  const model = (await import("@newskg/graph-model")) as unknown as Record<string, unknown>;
  const serializer = model[EXPORTS[name].serializer] as Serializer | undefined;
  if (typeof serializer !== "function")
    throw new Error(`this build of @newskg/graph-model has no ${EXPORTS[name].serializer} exporter`);
  const text = serializer(index.graph);
  perGraph.set(name, text);
  return text;
}

/** GET /export/<name> for the serializer-made formats (graph.json is the file itself, served elsewhere). */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  index: GraphIndex | null,
  error: string | null,
): Promise<void> {
  if (!(name in EXPORTS))
    return sendJson(res, 404, { error: `unknown export; try ${Object.keys(EXPORTS).join(", ")}, graph.json` });
  if (!index) return sendJson(res, 503, { error });
  const text = await exportGraph(index, name as ExportName);
  res.writeHead(200, {
    "content-type": EXPORTS[name as ExportName].contentType,
    "content-disposition": `attachment; filename="${name}"`,
    "content-length": Buffer.byteLength(text),
  });
  res.end(req.method === "HEAD" ? undefined : text);
}
