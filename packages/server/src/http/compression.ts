// Response compression when the client accepts it: brotli (fast settings) first, then gzip. Small bodies go out
// as they are (compressing them costs more than it saves).
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from "node:zlib";
import type { Transform } from "node:stream";

export type Encoding = "br" | "gzip";
const MIN_BYTES = 1024;
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

export function acceptedEncoding(req: IncomingMessage): Encoding | null {
  const header = String(req.headers["accept-encoding"] ?? "");
  const accepts = (name: string) =>
    new RegExp(`(?:^|,)\\s*${name}\\s*(?:;\\s*q=(?!0(?:\\.0*)?\\s*(?:,|$))[\\d.]+)?\\s*(?:,|$)`).test(header);
  return accepts("br") ? "br" : accepts("gzip") ? "gzip" : null;
}

/** A whole body, compressed when worth it; sets content-encoding/length and vary. */
export function encodeBody(req: IncomingMessage, res: ServerResponse, body: Buffer): Buffer {
  res.setHeader("vary", "accept-encoding");
  const encoding = body.length >= MIN_BYTES ? acceptedEncoding(req) : null;
  const out = encoding === "br" ? brotliCompressSync(body, BROTLI) : encoding === "gzip" ? gzipSync(body) : body;
  if (encoding) res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", out.length);
  return out;
}

/** A streamed body: chunks are compressed on the way when the client accepts it; write waits for a slow client. */
export function streamBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
): { write(chunk: string): Promise<void>; end(): Promise<void> } {
  const encoding = acceptedEncoding(req);
  res.writeHead(status, { ...headers, vary: "accept-encoding", ...(encoding && { "content-encoding": encoding }) });
  const head = req.method === "HEAD";
  let target: Transform | ServerResponse = res;
  if (encoding && !head) {
    target = encoding === "br" ? createBrotliCompress(BROTLI) : createGzip();
    target.pipe(res);
  }
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0 || head) return;
    const chunk = pending.join("");
    pending = [];
    size = 0;
    if (!target.write(chunk)) await new Promise<void>((done) => target.once("drain", done));
  };
  return {
    async write(chunk: string) {
      if (res.destroyed) throw new Error("the client went away");
      pending.push(chunk);
      size += chunk.length;
      if (size >= 64 * 1024) await flush();
    },
    async end() {
      await flush();
      await new Promise<void>((done) => {
        if (target === res) res.end(done);
        else {
          res.once("finish", () => done());
          target.end();
        }
      });
    },
  };
}
