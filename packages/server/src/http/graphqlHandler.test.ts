// The /graphql handler and the request gate during shutdown: a query whose connection closed while it waited for a
// place is not handed to Apollo once Apollo is stopping (it would log "operation received during server shutdown"
// and fail). Real Apollo, gate, graph source and HTTP server; the test holds the gate's one place itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticGraph } from "@newskg/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphqlServer } from "../apollo/createGraphqlServer.js";
import { FileGraphSource } from "../graph/graphSource.js";
import { MutationService } from "../mutations/mutationService.js";
import { createGraphqlHandler } from "./graphqlHandler.js";
import { RequestGate } from "./requestGate.js";
import { ResponseCache } from "./responseCache.js";

const dir = mkdtempSync(join(tmpdir(), "kg-handler-"));
const graphPath = join(dir, "graph.json");
let source: FileGraphSource;

beforeAll(async () => {
  writeFileSync(graphPath, JSON.stringify(syntheticGraph({ documents: 6 })));
  source = new FileGraphSource(graphPath, 0);
  await source.reload();
});
afterAll(() => {
  source?.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUERY = JSON.stringify({ query: "{ stats { entityCount } }" });

/** Resolves once `test` holds, checking every few milliseconds. */
async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !test(); i++) await new Promise((done) => setTimeout(done, 5));
  expect(test()).toBe(true);
}

describe("graphql handler at the request gate", () => {
  it("does not hand Apollo a query whose client left while it waited, once shutdown began", async () => {
    const apollo = createGraphqlServer();
    await apollo.start();
    // Every execution Apollo is asked for, counted on the real server.
    let executions = 0;
    const execute = apollo.executeHTTPGraphQLRequest.bind(apollo);
    apollo.executeHTTPGraphQLRequest = (args) => {
      executions++;
      return execute(args);
    };
    const gate = new RequestGate({ active: 1, maxQueue: 10, maxWaitMs: 60_000 });
    const mutations = new MutationService({
      store: source,
      graphPath,
      articlesDir: join(dir, "articles"),
      curationPath: join(dir, "curation.json"),
      token: null,
    });
    const handler = createGraphqlHandler({
      apollo,
      store: source,
      mutations,
      responseCache: new ResponseCache(0),
      gate,
      defaultHost: "127.0.0.1",
    });
    const handled: { res: ServerResponse; done: Promise<void> }[] = [];
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      handled.push({ res, done: handler(req, res, new URL(req.url ?? "/", "http://localhost")) });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    const post = () => {
      const req = request({
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(QUERY) },
      });
      req.on("error", () => undefined);
      req.end(QUERY);
      return req;
    };
    try {
      // A query with a free place is executed.
      const answered = await new Promise<IncomingMessage>((done) => post().once("response", done));
      expect(answered.statusCode).toBe(200);
      answered.resume();
      expect(executions).toBe(1);

      // The gate's one place taken, a query waits for it; its client gives up and the server begins to stop.
      let release!: () => void;
      const holder = gate.run(() => new Promise<void>((done) => (release = done)));
      const client = post();
      await until(() => gate.stats.waiting === 1);
      const waiting = handled.at(-1)!;
      client.destroy();
      await until(() => waiting.res.destroyed);
      await apollo.stop();
      // The place comes free: the waiting query is let in, finds its connection gone, and ends without Apollo.
      release();
      await holder;
      await expect(waiting.done).resolves.toBeUndefined();
      expect(executions).toBe(1);
      expect(gate.stats).toEqual({ running: 0, waiting: 0 });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
      await mutations.close();
    }
  });
});
