// /graphql over node:http: reads the body (size-capped), answers repeated read queries from the response cache,
// and otherwise hands the request to Apollo with a context bound to one graph snapshot, a few at a time
// (requestGate.ts): a request that cannot start in time gets a 503 BUSY with Retry-After.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer, HTTPGraphQLRequest } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { GraphContext } from "../context.js";
import type { GraphSource } from "../graph/graphSource.js";
import { LIMITS } from "../limits.js";
import type { MutationService } from "../mutations/mutationService.js";
import { encodeBody } from "./compression.js";
import { readBody } from "./readBody.js";
import { BusyError } from "./requestGate.js";
import type { RequestGate } from "./requestGate.js";
import { sendGraphqlError } from "./respond.js";
import type { ResponseCache } from "./responseCache.js";

export interface GraphqlHandlerDeps {
  apollo: ApolloServer<GraphContext>;
  store: GraphSource;
  mutations: MutationService;
  responseCache: ResponseCache;
  /** Admission of queries; mutations (serialised by their own queue, and slow) go past it. */
  gate: RequestGate;
  /** Host for export URLs when the request has no Host header. */
  defaultHost: string;
}

/** A body that may hold a mutation (the word anywhere in its query): such requests are not gated. */
const mayMutate = (body: unknown): boolean =>
  typeof body === "object" &&
  body !== null &&
  typeof (body as { query?: unknown }).query === "string" &&
  /\bmutation\b/.test((body as { query: string }).query);

export function createGraphqlHandler({
  apollo,
  store,
  mutations,
  responseCache,
  gate,
  defaultHost,
}: GraphqlHandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const snapshot = store.current(); // one graph for the whole request
    const host = req.headers.host ?? defaultHost;
    let body: unknown = undefined;
    let cacheKey: string | null = null;
    if (req.method === "POST") {
      const raw = await readBody(req, LIMITS.bodyBytes);
      const type = req.headers["content-type"] ?? "";
      if (type.includes("application/json") && raw !== "") {
        if (responseCache.enabled && snapshot.reader) {
          cacheKey = responseCache.key(snapshot.version, host, raw);
          const hit = responseCache.get(cacheKey);
          if (hit !== undefined) {
            res.statusCode = 200;
            res.setHeader("content-type", "application/json; charset=utf-8");
            res.setHeader("x-kg-cache", "hit");
            res.end(encodeBody(req, res, hit));
            return;
          }
        }
        try {
          body = JSON.parse(raw);
        } catch {
          return sendGraphqlError(res, 400, "The request body is not valid JSON.", "BAD_REQUEST");
        }
      } else body = raw; // Apollo's CSRF prevention decides about other content types
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
    // A request whose connection closed while it waited at the gate (the client gave up, or the server is shutting
    // down and closed every socket) is not executed: nobody would read the answer, and Apollo may be stopping.
    const execute = () =>
      res.destroyed
        ? Promise.reject(new ClientGoneError())
        : apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: request,
            context: async () => context,
          });
    let response: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
    try {
      response = mayMutate(body) ? await execute() : await gate.run(execute);
    } catch (error) {
      if (error instanceof ClientGoneError) return;
      if (!(error instanceof BusyError)) throw error;
      res.setHeader("retry-after", "1");
      return sendGraphqlError(res, 503, error.message, "BUSY");
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      const text = response.body.string;
      // Encoded once, for both the cache and the socket: a Buffer with a known length goes out in one write,
      // noticeably cheaper than letting node:http encode a large string into a chunked body.
      const bytes = Buffer.from(text, "utf8");
      if (cacheKey && context.response.cacheable && res.statusCode === 200 && !text.includes('"errors":'))
        responseCache.set(cacheKey, bytes);
      res.end(encodeBody(req, res, bytes));
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };
}

/** The connection closed before the request was executed. */
class ClientGoneError extends Error {
  constructor() {
    super("the connection closed before the request was executed");
  }
}
