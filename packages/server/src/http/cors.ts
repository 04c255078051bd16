// CORS: reads are meant to be embedded anywhere, so by default any origin may call the API (no cookies are used;
// mutations need a bearer token, which a foreign page does not have). A list of origins restricts it.
import type { IncomingMessage, ServerResponse } from "node:http";

export type CorsOrigins = string[] | "*";

const ALLOW_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name";

export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): void {
  const origin = req.headers.origin;
  if (origins === "*") {
    res.setHeader("access-control-allow-origin", "*");
  } else {
    res.setHeader("vary", "Origin");
    if (origin && origins.includes(origin)) res.setHeader("access-control-allow-origin", origin);
  }
  res.setHeader("access-control-expose-headers", "content-length, content-type");
}

/** Answers a preflight (OPTIONS) request. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): void {
  applyCors(req, res, origins);
  res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  res.setHeader("access-control-allow-headers", ALLOW_HEADERS);
  res.setHeader("access-control-max-age", "600");
  res.writeHead(204).end();
}

/** KG_CORS_ORIGINS: "*" or a comma-separated list of origins. */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  if (!value || value.trim() === "*") return "*";
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
