// /graph.json when the graph comes from the store: the loaded build serialised once per version (the viewer and
// exports keep working without a graph.json file), with an ETag so a client that has this build gets a 304.
import { gzipSync } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphSnapshot } from "../graph/graphStore.js";
import { sendJson } from "./respond.js";

let cached: { version: number; body: Buffer; gzip: Buffer | null } | null = null;

export function serveGraphJsonFromIndex(req: IncomingMessage, res: ServerResponse, snapshot: GraphSnapshot): void {
  if (!snapshot.index) return sendJson(res, 503, { error: snapshot.error ?? "no graph loaded" });
  if (cached?.version !== snapshot.version)
    cached = { version: snapshot.version, body: Buffer.from(JSON.stringify(snapshot.index.graph)), gzip: null };
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
