// Closing the server drains it: a request already being answered finishes (and tells its client to reconnect),
// new connections are refused, and a request that never completes is cut after the grace period instead of
// holding shutdown forever.
import type { ClientRequest, IncomingMessage } from "node:http";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { Harness } from "./serverHarness.js";
import { startFixtureServer } from "./serverHarness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A GraphQL POST whose body is sent in two halves, so the server is mid-request while the test acts. */
function halfSentQuery(
  url: string,
  query: string,
): { req: ClientRequest; rest: string; answer: Promise<IncomingMessage> } {
  const body = JSON.stringify({ query });
  const { hostname, port } = new URL(url);
  const req = request({
    host: hostname,
    port,
    path: "/graphql",
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const answer = new Promise<IncomingMessage>((done, fail) => {
    req.once("response", done);
    req.once("error", fail);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { req, rest: body.slice(half), answer };
}

async function readAll(res: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of res) text += String(chunk);
  return text;
}

/** Resolves once the server has the request's first half (its handler is reading the body). */
const settle = () => new Promise((done) => setTimeout(done, 150));

describe("server shutdown", () => {
  it("lets a request under way finish, then refuses new connections", async () => {
    h = await startFixtureServer();
    const { url } = h.server;
    const { req, rest, answer } = halfSentQuery(url, "{ stats { entityCount } }");
    await settle();
    const closing = h.server.close();
    req.end(rest);
    const res = await answer;
    expect(res.statusCode).toBe(200);
    expect(res.headers["connection"]).toBe("close");
    const body = JSON.parse(await readAll(res)) as { data?: { stats: { entityCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.stats.entityCount).toBeGreaterThan(0);
    await closing;
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    h = undefined;
  });

  it("cuts a request that never completes once the grace period is over", async () => {
    h = await startFixtureServer({ shutdownGraceMs: 200 });
    const { req, answer } = halfSentQuery(h.server.url, "{ stats { entityCount } }");
    answer.catch(() => undefined);
    await settle();
    const started = Date.now();
    await h.server.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(answer).rejects.toThrow();
    req.destroy();
    h = undefined;
  });
});
