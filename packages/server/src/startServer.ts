// The HTTP server: GraphQL (Apollo, over node:http without a framework), health, the graph file and exports, the
// SVG snapshot for widgets, and the viewer's static files. Loads the graph at start and follows rebuilds.
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { OFFLINE_CONSOLE_PATH, OFFLINE_CONSOLE_SCRIPT } from "./apollo/offlineConsole.js";
import { createGraphqlServer } from "./apollo/createGraphqlServer.js";
import type { GraphContext } from "./context.js";
import { GraphStore } from "./graph/graphStore.js";
import type { CorsOrigins } from "./http/cors.js";
import { answerPreflight, applyCors } from "./http/cors.js";
import type { ExportName } from "./http/exportGraph.js";
import { EXPORTS, exportGraph } from "./http/exportGraph.js";
import { BodyTooLargeError, readBody } from "./http/readBody.js";
import { ResponseCache } from "./http/responseCache.js";
import type { SvgTheme } from "./http/snapshotSvg.js";
import { messageSvg, renderSnapshotSvg } from "./http/snapshotSvg.js";
import { sendFile, serveStatic } from "./http/staticFiles.js";
import { LIMITS } from "./limits.js";
import { MutationService } from "./mutations/mutationService.js";

export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 4000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  graphPath: string;
  /** Where addArticle stores articles. Default: <dir of graphPath>/articles. */
  articlesDir?: string;
  /** Curation file the curation mutations append to. Default: <dir of graphPath>/curation.json. */
  curationPath?: string;
  /** The viewer's built files. Default: packages/viewer/dist. */
  staticDir?: string;
  /** Bearer token for mutations; without one, mutations are disabled. */
  token?: string;
  /** Origins allowed to call the server from a browser; default "*" (reads are public and embeddable). */
  corsOrigins?: string[] | "*";
  /** Extraction workers inside rebuilds (BuildOptions.workers); tests pass 0. */
  buildWorkers?: number;
  /** Memory for cached query responses, in MB (default 64; 0 disables). */
  responseCacheMb?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../viewer/dist", import.meta.url));

const json = (res: ServerResponse, status: number, value: unknown) => {
  const body = JSON.stringify(value, null, 2);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
};

const graphqlError = (res: ServerResponse, status: number, message: string, code: string) =>
  json(res, status, { errors: [{ message, extensions: { code } }] });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function viewerMissingPage(staticDir: string): string {
  return `<!doctype html><meta charset="utf-8"><title>newskg</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>newskg server</h1>
<p>The viewer is not built (no <code>${escapeHtml(staticDir)}/index.html</code>). Build it with
<code>npx -y pnpm@10 build:viewer</code> and reload this page.</p>
<p>Meanwhile: <a href="/graphql">GraphQL API and Sandbox</a> · <a href="/health">health</a> ·
<a href="/graph.json">graph.json</a> · <a href="/embed/snapshot.svg">snapshot.svg</a></p></body>`;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const graphPath = resolve(options.graphPath);
  const articlesDir = resolve(options.articlesDir ?? join(dirname(graphPath), "articles"));
  const curationPath = resolve(options.curationPath ?? join(dirname(graphPath), "curation.json"));
  const staticDir = resolve(options.staticDir ?? DEFAULT_STATIC_DIR);
  const corsOrigins: CorsOrigins = options.corsOrigins ?? "*";

  const store = new GraphStore(graphPath);
  await store.reload();
  store.startWatching();
  const mutations = new MutationService({
    store,
    graphPath,
    articlesDir,
    curationPath,
    token: options.token || null,
    ...(options.buildWorkers !== undefined ? { buildWorkers: options.buildWorkers } : {}),
  });
  const apollo = createGraphqlServer();
  await apollo.start();
  const responseCache = new ResponseCache((options.responseCacheMb ?? 64) * 1024 * 1024);

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const snapshot = store.current(); // one graph for the whole request
    const host = req.headers.host ?? `${options.host ?? "127.0.0.1"}`;
    let body: unknown = undefined;
    let cacheKey: string | null = null;
    if (req.method === "POST") {
      const raw = await readBody(req, LIMITS.bodyBytes);
      const type = req.headers["content-type"] ?? "";
      if (type.includes("application/json") && raw !== "") {
        if (responseCache.enabled && snapshot.index) {
          cacheKey = responseCache.key(snapshot.version, host, raw);
          const hit = responseCache.get(cacheKey);
          if (hit !== undefined) {
            res.writeHead(200, {
              "content-type": "application/json; charset=utf-8",
              "content-length": hit.length,
              "x-kg-cache": "hit",
            });
            return res.end(hit);
          }
        }
        try {
          body = JSON.parse(raw);
        } catch {
          return graphqlError(res, 400, "The request body is not valid JSON.", "BAD_REQUEST");
        }
      } else body = raw;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    const request: HTTPGraphQLRequest = { method: req.method!.toUpperCase(), headers, search: url.search, body };
    const auth = req.headers.authorization;
    const context: GraphContext = {
      snapshot,
      baseUrl: `http://${host}`,
      bearerToken: auth?.startsWith("Bearer ") ? auth.slice(7).trim() : null,
      deadline: performance.now() + LIMITS.requestMs,
      mutations,
      response: { cacheable: false },
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      const text = response.body.string;
      if (cacheKey && context.response.cacheable && res.statusCode === 200 && !text.includes('"errors":'))
        responseCache.set(cacheKey, text);
      res.end(text);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const health = () => {
    const { index, error, loadedAt, version } = store.current();
    return {
      status: index ? (error ? "degraded" : "ok") : "error",
      graphLoaded: index !== null,
      graphPath,
      loadedAt,
      version,
      builtAt: index?.stats.builtAt ?? null,
      counts: index
        ? {
            entities: index.stats.entityCount,
            relations: index.stats.relationCount,
            documents: index.stats.documentCount,
          }
        : null,
      error,
      mutationsEnabled: Boolean(options.token),
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (req.method === "OPTIONS") return answerPreflight(req, res, corsOrigins);
    applyCors(req, res, corsOrigins);
    if (path === "/graphql" || path === "/graphql/") return handleGraphql(req, res, url);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD, OPTIONS");
      return json(res, 405, { error: `${req.method} is not allowed on ${path}` });
    }
    if (path === "/health") {
      const body = health();
      return json(res, body.graphLoaded ? 200 : 503, body);
    }
    if (path === OFFLINE_CONSOLE_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
      return res.end(OFFLINE_CONSOLE_SCRIPT);
    }
    if (path === "/graph.json" || path === "/export/graph.json") {
      if (path === "/export/graph.json") res.setHeader("content-disposition", 'attachment; filename="graph.json"');
      if (await sendFile(req, res, graphPath, "application/json; charset=utf-8")) return;
      return json(res, 503, { error: store.current().error ?? "graph file not found" });
    }
    if (path.startsWith("/export/")) {
      const name = path.slice("/export/".length) as ExportName;
      if (!(name in EXPORTS))
        return json(res, 404, { error: `unknown export; try ${Object.keys(EXPORTS).join(", ")}, graph.json` });
      const { index, error } = store.current();
      if (!index) return json(res, 503, { error });
      const text = await exportGraph(index, name);
      res.writeHead(200, {
        "content-type": EXPORTS[name].contentType,
        "content-disposition": `attachment; filename="${name}"`,
        "content-length": Buffer.byteLength(text),
      });
      return res.end(req.method === "HEAD" ? undefined : text);
    }
    if (path === "/embed/snapshot.svg") {
      const theme: SvgTheme = url.searchParams.get("theme") === "dark" ? "dark" : "light";
      const depth = Math.min(3, Math.max(0, Number.parseInt(url.searchParams.get("depth") ?? "1", 10) || 0));
      const focusId = url.searchParams.get("focus");
      const { index } = store.current();
      let status = 200;
      let svg: string;
      if (!index) [status, svg] = [503, messageSvg("The graph is not available", theme)];
      else {
        const focus = focusId ? (index.entityById.get(focusId) ?? null) : null;
        if (focusId && !focus) [status, svg] = [404, messageSvg("Entity not found", theme)];
        else svg = renderSnapshotSvg(index, focus, depth, theme);
      }
      res.writeHead(status, {
        "content-type": "image/svg+xml; charset=utf-8",
        "cache-control": "public, max-age=60",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      });
      return res.end(svg);
    }
    const viewerBuilt = existsSync(join(staticDir, "index.html"));
    if (path === "/" || path === "/index.html" || path === "/embed" || path === "/embed/") {
      const page = path.startsWith("/embed") ? "embed.html" : "index.html";
      if (await sendFile(req, res, join(staticDir, page))) return;
      res.writeHead(viewerBuilt ? 404 : 503, { "content-type": "text/html; charset=utf-8" });
      return res.end(viewerMissingPage(staticDir));
    }
    if (await serveStatic(req, res, staticDir, path)) return;
    return json(res, 404, { error: `not found: ${path}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        res.setHeader("connection", "close");
        return graphqlError(res, 413, error.message, "PAYLOAD_TOO_LARGE");
      }
      process.stderr.write(`kg serve: ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) json(res, 500, { error: "internal server error" });
      else res.destroy();
    });
  });
  server.requestTimeout = LIMITS.requestMs * 3;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;

  try {
    await new Promise<void>((done, fail) => {
      server.once("error", fail);
      server.listen(options.port ?? 4000, options.host ?? "127.0.0.1", () => {
        server.off("error", fail);
        done();
      });
    });
  } catch (error) {
    store.close();
    await apollo.stop();
    await mutations.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new Error(
        `port ${options.port ?? 4000} on ${options.host ?? "127.0.0.1"} is in use; pick another with --port`,
        {
          cause: error,
        },
      );
    throw error;
  }
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${hostForUrl}:${address.port}`,
    port: address.port,
    close: () =>
      (closing ??= (async () => {
        store.close();
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        await closed;
        await apollo.stop();
        await mutations.close();
      })()),
  };
}
