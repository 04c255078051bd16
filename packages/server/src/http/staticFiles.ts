// Serves the viewer's built files (packages/viewer/dist) without a framework: path containment, content types,
// caching (hashed assets are immutable, pages revalidate) and HEAD.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, normalize, relative, resolve } from "node:path";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves `urlPath` from `dir`; resolves false when there is no such file (the caller sends the 404). */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  dir: string,
  urlPath: string,
): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  if (decoded.includes("\0")) return false;
  const root = resolve(dir);
  const file = resolve(root, "." + normalize("/" + decoded));
  const rel = relative(root, file);
  if (rel.startsWith("..") || rel === "" || rel.split(/[\\/]/).some((part) => part.startsWith("."))) return false;
  return sendFile(req, res, file);
}

export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  contentType?: string,
): Promise<boolean> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  res.setHeader("etag", etag);
  res.setHeader(
    "content-type",
    contentType ?? CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
  );
  res.setHeader(
    "cache-control",
    /[/\\]assets[/\\]/.test(file) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
  );
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304).end();
    return true;
  }
  res.setHeader("content-length", info.size);
  if (req.method === "HEAD") {
    res.writeHead(200).end();
    return true;
  }
  res.writeHead(200);
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on("error", () => {
      res.destroy();
      done();
    });
    stream.on("end", () => done());
    stream.pipe(res);
  });
  return true;
}
