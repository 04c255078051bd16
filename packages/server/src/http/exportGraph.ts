// Whole-graph exports over HTTP (GEXF, GraphML, CSV), streamed from the store with graph-model's formats, one
// page of rows at a time: a large store exports in bounded memory.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ExportFormat, GraphAttributes } from "@newskg/graph-model";
import { edgesCsvFormat, gexfFormat, graphmlFormat, nodesCsvFormat } from "@newskg/graph-model";
import { writeExport } from "@newskg/store";
import type { GraphSource } from "../graph/graphSource.js";
import { streamBody } from "./compression.js";
import { sendJson } from "./respond.js";

export const EXPORTS: Record<string, { format: (a: GraphAttributes) => ExportFormat; contentType: string }> = {
  "graph.gexf": { format: gexfFormat, contentType: "application/gexf+xml; charset=utf-8" },
  "graph.graphml": { format: graphmlFormat, contentType: "application/graphml+xml; charset=utf-8" },
  "nodes.csv": { format: nodesCsvFormat, contentType: "text/csv; charset=utf-8" },
  "edges.csv": { format: edgesCsvFormat, contentType: "text/csv; charset=utf-8" },
};

/** GET /export/<name> for the serializer-made formats (graph.json is served by graphJson.ts). */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  source: GraphSource,
): Promise<void> {
  const spec = Object.hasOwn(EXPORTS, name) ? EXPORTS[name]! : null;
  if (!spec) return sendJson(res, 404, { error: `unknown export; try ${Object.keys(EXPORTS).join(", ")}, graph.json` });
  const snapshot = source.current();
  const store = source.sql();
  if (!snapshot.reader || !store) return sendJson(res, 503, { error: snapshot.error });
  const body = streamBody(req, res, 200, {
    "content-type": spec.contentType,
    "content-disposition": `attachment; filename="${name}"`,
    etag: `"kg-build-${snapshot.version}-${name}"`,
  });
  await store.snapshotRead((db) => writeExport(db, spec.format, (chunk) => body.write(chunk)));
  await body.end();
}
