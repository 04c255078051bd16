// Starts what the browser tests load: the real server (startServer from @newskg/server) over a graph file, serving
// the built viewer. If the server or the viewer build is broken, this throws: there is no stand-in server.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../../../packages/server/src/index.js";
import { REPO_ROOT } from "../../paths.js";

export const ROOT = REPO_ROOT;
export const DIST = join(ROOT, "packages/viewer/dist");

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `store`: serve that graph store (read as it is; without a token nothing writes to it) instead of importing
 * graphPath into a private one.
 */
export async function startViewerServer(graphPath: string, opts: { store?: string } = {}): Promise<RunningServer> {
  if (!existsSync(join(DIST, "index.html")))
    throw new Error("packages/viewer/dist is missing: run `pnpm build:viewer`");
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    graphPath,
    staticDir: DIST,
    ...(opts.store !== undefined && { store: opts.store }),
  });
  const health = (await (await fetch(`${server.url.replace(/\/$/, "")}/health`)).json()) as {
    status: string;
    error: string | null;
  };
  if (health.status !== "ok") {
    await server.close();
    throw new Error(`the server did not load ${graphPath}: ${health.error ?? health.status}`);
  }
  return { url: server.url.replace(/\/$/, ""), close: async () => void (await server.close()) };
}
