// The HTTP server: GraphQL (Apollo, over node:http without a framework), health, the graph file and exports, the
// SVG snapshot for widgets, and the viewer's static files. Loads the graph at start and follows rebuilds.
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OFFLINE_CONSOLE_PATH, OFFLINE_CONSOLE_SCRIPT } from "./apollo/offlineConsole.js";
import { createGraphqlServer } from "./apollo/createGraphqlServer.js";
import type { SourceMemory } from "./graph/graphSource.js";
import { FileGraphSource, StoreGraphSource } from "./graph/graphSource.js";
import { serveGraphJson } from "./http/graphJson.js";
import { postArticles } from "./http/postArticles.js";
import type { CorsOrigins } from "./http/cors.js";
import { answerPreflight, applyCors } from "./http/cors.js";
import { serveExport } from "./http/exportGraph.js";
import { createGraphqlHandler } from "./http/graphqlHandler.js";
import { healthReport } from "./http/healthReport.js";
import { BodyTooLargeError } from "./http/readBody.js";
import { sendGraphqlError, sendJson } from "./http/respond.js";
import { ResponseCache } from "./http/responseCache.js";
import type { RequestGateOptions } from "./http/requestGate.js";
import { RequestGate } from "./http/requestGate.js";
import { serveSnapshotSvg } from "./http/snapshotSvg.js";
import { sendFile, serveStatic } from "./http/staticFiles.js";
import { viewerMissingPage } from "./http/viewerMissingPage.js";
import { LIMITS } from "./limits.js";
import { MutationService } from "./mutations/mutationService.js";

export interface ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 4000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * The graph store to read (SQLite file or postgres:// URL). Without one, the graph is read from graphPath
   * (the graph.json fallback, `kg serve --graph FILE`).
   */
  store?: string;
  /** graph.json: the graph itself without a store; with one, only where rebuilds write their export. */
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
  /** SQLite reader threads (default 2); 0 reads on the server's own thread. PostgreSQL ignores it. */
  readers?: number;
  /** Bounds of the answer cache and the reader threads' page caches and heaps (graph/graphSource.ts). */
  memory?: SourceMemory;
  /**
   * Queries executed at once (`active`, default 4), how many may wait (`maxQueue`, 512) and for how long
   * (`maxWaitMs`, 5000) before the server answers 503 BUSY (http/requestGate.ts).
   */
  gate?: Partial<RequestGateOptions>;
  /**
   * On close, how long requests already being answered may take to finish (ms, default 10,000) before their
   * connections are cut.
   */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../viewer/dist", import.meta.url));

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const graphPath = resolve(options.graphPath);
  const articlesDir = resolve(options.articlesDir ?? join(dirname(graphPath), "articles"));
  const curationPath = resolve(options.curationPath ?? join(dirname(graphPath), "curation.json"));
  const staticDir = resolve(options.staticDir ?? DEFAULT_STATIC_DIR);
  const corsOrigins: CorsOrigins = options.corsOrigins ?? "*";

  const store = options.store
    ? new StoreGraphSource(options.store, graphPath, options.readers, options.memory)
    : new FileGraphSource(graphPath, options.readers, options.memory);
  await store.reload();
  store.startWatching();
  const mutations = new MutationService({
    store,
    graphPath,
    storeSpec: options.store ?? null,
    articlesDir,
    curationPath,
    token: options.token || null,
    ...(options.buildWorkers !== undefined ? { buildWorkers: options.buildWorkers } : {}),
  });
  const apollo = createGraphqlServer();
  await apollo.start();
  const responseCache = new ResponseCache((options.responseCacheMb ?? 64) * 1024 * 1024);

  const handleGraphql = createGraphqlHandler({
    apollo,
    store,
    mutations,
    responseCache,
    gate: new RequestGate(options.gate),
    defaultHost: options.host ?? "127.0.0.1",
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (req.method === "OPTIONS") return answerPreflight(req, res, corsOrigins);
    applyCors(req, res, corsOrigins);
    if (path === "/graphql" || path === "/graphql/") return handleGraphql(req, res, url);
    if (path === "/articles" && req.method === "POST") return postArticles(req, res, store, mutations);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD, OPTIONS");
      return sendJson(res, 405, { error: `${req.method} is not allowed on ${path}` });
    }
    if (path === "/health") {
      const body = healthReport(store, Boolean(options.token), responseCache);
      return sendJson(res, body.graphLoaded ? 200 : 503, body);
    }
    if (path === OFFLINE_CONSOLE_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
      return res.end(OFFLINE_CONSOLE_SCRIPT);
    }
    if (path === "/graph.json" || path === "/export/graph.json") {
      if (path === "/export/graph.json") res.setHeader("content-disposition", 'attachment; filename="graph.json"');
      // Always the loaded build, the one GraphQL answers from: a graph file overwritten with garbage is reported by
      // /health while this keeps serving the last good graph.
      return serveGraphJson(req, res, store);
    }
    if (path.startsWith("/export/")) return serveExport(req, res, path.slice("/export/".length), store);
    if (path === "/embed/snapshot.svg") return serveSnapshotSvg(req, res, url, store.current());
    const viewerBuilt = existsSync(join(staticDir, "index.html"));
    if (path === "/" || path === "/index.html" || path === "/embed" || path === "/embed/") {
      const page = path.startsWith("/embed") ? "embed.html" : "index.html";
      if (await sendFile(req, res, join(staticDir, page))) return;
      res.writeHead(viewerBuilt ? 404 : 503, { "content-type": "text/html; charset=utf-8" });
      return res.end(viewerMissingPage(staticDir));
    }
    if (await serveStatic(req, res, staticDir, path)) return;
    return sendJson(res, 404, { error: `not found: ${path}` });
  };

  // Requests being answered, so close() can let them finish before the store and Apollo stop under them.
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained: (() => void) | null = null;
  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (draining && inFlight.size === 0) drained?.();
    });
    // While closing, a kept-alive client is told to reconnect elsewhere after this answer.
    if (draining) res.setHeader("connection", "close");
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        res.setHeader("connection", "close");
        return sendGraphqlError(res, 413, error.message, "PAYLOAD_TOO_LARGE");
      }
      // A request cut by shutdown's grace period is expected, not a fault to report.
      if (draining && (error as NodeJS.ErrnoException)?.code === "ECONNRESET") return res.destroy();
      process.stderr.write(`kg serve: ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) sendJson(res, 500, { error: "internal server error" });
      else res.destroy();
    });
  });
  server.requestTimeout = LIMITS.requestMs * 3;
  server.headersTimeout = 20_000;
  // Clients reuse an idle connection until the `Keep-Alive: timeout` this announces, minus a margin (undici: 1 s);
  // with 5 s a busy client's request could meet the server closing the socket (ECONNRESET on a plain GET). A
  // minute, as load balancers use, leaves that race to connections idle that long.
  server.keepAliveTimeout = 65_000;

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
        // Drain first: no new connections, idle ones closed, answers under way finished (up to the grace
        // period), and only then Apollo, the store and the build queue stopped.
        draining = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        if (inFlight.size > 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((done) => {
            drained = done;
            timer = setTimeout(done, options.shutdownGraceMs ?? 10_000);
          });
          clearTimeout(timer);
        }
        server.closeAllConnections();
        await closed;
        await apollo.stop();
        store.close();
        await mutations.close();
      })()),
  };
}
