// Starts a real server on a random loopback port over a graph file, and talks to it over HTTP like a client.
import { startServer } from "../../packages/server/src/index.js";
import type { RunningServer, ServerOptions } from "../../packages/server/src/index.js";
import { writeFixtureGraph } from "./fixtureGraph.js";

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

export interface Harness {
  server: RunningServer;
  dir: string;
  graphPath: string;
  gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export async function startFixtureServer(options: Partial<ServerOptions> = {}): Promise<Harness> {
  const { dir, graphPath } = await writeFixtureGraph();
  return startHarness({ graphPath, staticDir: `${dir}/no-viewer`, ...options }, dir);
}

export async function startHarness(options: ServerOptions, dir: string): Promise<Harness> {
  const server = await startServer({ port: 0, host: "127.0.0.1", ...options });
  return {
    server,
    dir,
    graphPath: options.graphPath,
    async gql(query, variables, headers) {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    close: () => server.close(),
  };
}
