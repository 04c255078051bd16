// /graph.json: the loaded build serialised once per version, whether it came from the store or a graph file (a file
// overwritten with garbage never reaches clients; the viewer and exports work without a graph.json file), with an
// ETag so a client that has this build gets a 304.
import { gzipSync } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphSnapshot } from "../graph/graphStore.js";
import { sendJson } from "./respond.js";

import type { GraphIndex } from "../graph/buildGraphIndex.js";

/** One serialisation per loaded index (servers in one process each keep their own). */
const cache = new WeakMap<GraphIndex, { body: Buffer; gzip: Buffer | null }>();

export function serveGraphJsonFromIndex(req: IncomingMessage, res: ServerResponse, snapshot: GraphSnapshot): void {
  if (!snapshot.index) return sendJson(res, 503, { error: snapshot.error ?? "no graph loaded" });
  let cached = cache.get(snapshot.index);
  if (!cached)
    cache.set(snapshot.index, (cached = { body: Buffer.from(JSON.stringify(snapshot.index.graph)), gzip: null }));
  const etag = `"kg-build-${snapshot.version}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag });
    return void res.end();
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (gzip) cached.gzip ??= gzipSync(cached.body);
  const body = gzip ? cached.gzip! : cached.body;
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-cache",
    vary: "accept-encoding",
    etag,
    ...(gzip && { "content-encoding": "gzip" }),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
