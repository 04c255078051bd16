// /graph.json: the served build, streamed from the store in key order (no copy of the graph in memory), with an
// ETag so a client that has this build gets a 304. A graph file overwritten with garbage never reaches clients:
// the file is imported into the store first.
import type { IncomingMessage, ServerResponse } from "node:http";
import { writeGraphJson } from "@newskg/store";
import { createReadStream } from "node:fs";
import type { GraphSource } from "../graph/graphSource.js";
import { FileGraphSource } from "../graph/graphSource.js";
import { streamBody } from "./compression.js";
import { sendJson } from "./respond.js";

export async function serveGraphJson(req: IncomingMessage, res: ServerResponse, source: GraphSource): Promise<void> {
  const snapshot = source.current();
  const store = source.sql();
  if (!snapshot.reader || !store) return sendJson(res, 503, { error: snapshot.error ?? "no graph loaded" });
  const etag = `"kg-build-${snapshot.version}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag });
    return void res.end();
  }
  const body = streamBody(req, res, 200, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-cache",
    etag,
  });
  const file = source instanceof FileGraphSource ? source.servedFile() : null;
  if (file) for await (const chunk of createReadStream(file, "utf8")) await body.write(chunk as string);
  else await store.snapshotRead((db) => writeGraphJson(db, (chunk) => body.write(chunk)));
  await body.end();
}
