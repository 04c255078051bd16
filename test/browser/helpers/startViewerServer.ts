// Starts what the browser tests load: the real server (startServer from @newskg/server) when it is there, else a small
// loopback static server over packages/viewer/dist with /graph.json and just enough /graphql for the widget.

import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { neighborhoodOf, parseGraph, resolveEntity } from "../../../packages/viewer/src/index.js";

export const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const DIST = join(ROOT, "packages/viewer/dist");

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  kind: "server" | "static";
}

interface ServerModule {
  startServer?: (
    opts: Record<string, unknown>,
  ) => Promise<{ url: string; port: number; close(): Promise<void> | void }>;
}

export async function startViewerServer(graphPath: string): Promise<RunningServer> {
  if (!existsSync(join(DIST, "index.html")))
    throw new Error("packages/viewer/dist is missing: run `pnpm build:viewer`");
  if (process.env.KG_TEST_STATIC !== "1") {
    const mod = await import("../../../packages/server/src/index.js").then(
      (m) => m as unknown as ServerModule,
      () => null,
    );
    if (mod?.startServer) {
      const s = await mod.startServer({ port: 0, host: "127.0.0.1", graphPath, staticDir: DIST });
      return { url: s.url.replace(/\/$/, ""), close: async () => void (await s.close()), kind: "server" };
    }
  }
  return startStaticServer(graphPath);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export async function startStaticServer(graphPath: string): Promise<RunningServer> {
  const raw = readFileSync(graphPath, "utf8");
  const data = parseGraph(JSON.parse(raw));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (url.pathname === "/graph.json") return send(200, TYPES[".json"]!, raw);
    if (url.pathname === "/graphql" && req.method === "POST") {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
        if (query.includes("byName")) {
          const id = resolveEntity(data, String(variables.id ?? ""));
          return send(200, TYPES[".json"]!, JSON.stringify({ data: { byId: id ? { id } : null, byName: null } }));
        }
        const sub = neighborhoodOf(data, String(variables.id), Number(variables.depth ?? 1));
        if (!sub) return send(200, TYPES[".json"]!, JSON.stringify({ data: null, errors: [{ message: "not found" }] }));
        const neighborhood = {
          truncated: sub.truncated,
          nodes: sub.nodes,
          edges: sub.edges.map((e) => ({ ...e, source: { id: e.source }, target: { id: e.target } })),
        };
        send(200, TYPES[".json"]!, JSON.stringify({ data: { neighborhood } }));
      });
      return;
    }
    let path = url.pathname === "/" ? "/index.html" : url.pathname === "/embed" ? "/embed.html" : url.pathname;
    path = normalize(path).replace(/^(\.\.[/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) return send(404, "text/plain", "not found");
    send(200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    kind: "static",
    close: () => new Promise((r) => server.close(() => r())),
  };
}
