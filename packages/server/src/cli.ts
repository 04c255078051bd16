// `pnpm kg serve`: starts the server and runs until SIGINT/SIGTERM. Messages go to stderr.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseCorsOrigins } from "./http/cors.js";

const USAGE = `usage: pnpm kg serve [--port N] [--host H] [--store SPEC | --graph FILE] [--articles DIR] [--curation FILE] [--static DIR] [--readers N] [--active N] [--queue-wait MS] [--shutdown-grace MS] [--response-cache-mb N] [--answer-cache-mb N] [--reader-cache-mb N] [--reader-heap-mb N]

Serves the GraphQL API (/graphql, with Sandbox), /health, /graph.json, /export/*, /embed/snapshot.svg and the
viewer (packages/viewer/dist).
  --port N         port (default 4000; 0 picks a free one)
  --host H         address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces)
  --store SPEC     graph store to read: a SQLite file or a postgres://user@host/db URL (default: KG_STORE, else
                   graph-data/graph.db); follows every new build
  --graph FILE     read a graph.json file instead of the store (the fallback; reloaded whenever it is rebuilt)
  --articles DIR   where addArticle stores articles (default: articles/ next to the graph file)
  --curation FILE  curation file for curation mutations (default: curation.json next to the graph file)
  --static DIR     viewer files (default packages/viewer/dist)
  --readers N      SQLite reader threads (default 2; 0 reads on the server's own thread, where one long query
                   holds up every other request)
  --active N       queries executed at once (default 4); the others wait in arrival order
  --queue-wait MS  a query that could not start within MS ms is answered 503 BUSY (default 5000)
  --shutdown-grace MS
                   on SIGINT/SIGTERM, answers under way may finish for MS ms before their connections are cut
                   (default 10000); no new connection is taken meanwhile
  --response-cache-mb N, --answer-cache-mb N, --reader-cache-mb N, --reader-heap-mb N
                   memory bounds in MB: whole responses kept (default 64; 0 for none), answers kept per build
                   (16), each reader thread's SQLite page cache (8) and heap (64); see the server README
Environment: KG_TOKEN enables mutations (Authorization: Bearer <token>); KG_CORS_ORIGINS is "*" (default) or a
comma-separated list of origins allowed to call the API from browsers.`;

const DEFAULT_GRAPH = fileURLToPath(new URL("../../../graph-data/graph.json", import.meta.url));
const DEFAULT_STORE = fileURLToPath(new URL("../../../graph-data/graph.db", import.meta.url));

export async function runServeCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        graph: { type: "string" },
        store: { type: "string" },
        articles: { type: "string" },
        curation: { type: "string" },
        static: { type: "string" },
        readers: { type: "string" },
        active: { type: "string" },
        "queue-wait": { type: "string" },
        "shutdown-grace": { type: "string" },
        "response-cache-mb": { type: "string" },
        "answer-cache-mb": { type: "string" },
        "reader-cache-mb": { type: "string" },
        "reader-heap-mb": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`kg serve: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(USAGE + "\n");
    return 0;
  }
  if (values.graph !== undefined && values.store !== undefined) {
    process.stderr.write("kg serve: --store and --graph exclude each other (--graph reads a graph.json instead)\n");
    return 2;
  }
  const { resolveStoreSpec, describeStore } = await import("@newskg/store");
  let storeSpec: string | undefined;
  try {
    storeSpec = values.graph === undefined ? resolveStoreSpec(values.store, DEFAULT_STORE) : undefined;
  } catch (error) {
    process.stderr.write(`kg serve: ${(error as Error).message}\n`);
    return 2;
  }
  const port = values.port === undefined ? Number(process.env.PORT ?? 4000) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`kg serve: --port must be a port number, got "${values.port}"\n`);
    return 2;
  }
  const readers = values.readers === undefined ? undefined : Number(values.readers);
  if (readers !== undefined && (!Number.isInteger(readers) || readers < 0 || readers > 64)) {
    process.stderr.write(`kg serve: --readers must be a whole number from 0 to 64, got "${values.readers}"\n`);
    return 2;
  }
  const active = values.active === undefined ? undefined : Number(values.active);
  if (active !== undefined && (!Number.isInteger(active) || active < 1 || active > 1024)) {
    process.stderr.write(`kg serve: --active must be a whole number from 1 to 1024, got "${values.active}"\n`);
    return 2;
  }
  const wait = values["queue-wait"] === undefined ? undefined : Number(values["queue-wait"]);
  if (wait !== undefined && (!Number.isInteger(wait) || wait < 0 || wait > 600_000)) {
    process.stderr.write(
      `kg serve: --queue-wait must be a whole number of ms from 0 to 600000, got "${values["queue-wait"]}"\n`,
    );
    return 2;
  }
  const grace = values["shutdown-grace"] === undefined ? undefined : Number(values["shutdown-grace"]);
  if (grace !== undefined && (!Number.isInteger(grace) || grace < 0 || grace > 600_000)) {
    process.stderr.write(
      `kg serve: --shutdown-grace must be a whole number of ms from 0 to 600000, got "${values["shutdown-grace"]}"\n`,
    );
    return 2;
  }
  const sizes: Record<string, number> = {};
  for (const flag of ["response-cache-mb", "answer-cache-mb", "reader-cache-mb", "reader-heap-mb"] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    const mb = Number(text);
    const least = flag === "reader-heap-mb" ? 16 : 0;
    if (!Number.isInteger(mb) || mb < least || mb > 65_536) {
      process.stderr.write(`kg serve: --${flag} must be a whole number of MB from ${least} to 65536, got "${text}"\n`);
      return 2;
    }
    sizes[flag] = mb;
  }
  // graphql-js runs extra development-time checks on every instanceof unless NODE_ENV is production; they cost
  // real time per field. Set it before graphql is first loaded (startServer is imported here, not statically).
  process.env.NODE_ENV ??= "production";
  const { startServer } = await import("./startServer.js");
  const server = await startServer({
    port,
    host: values.host ?? "127.0.0.1",
    graphPath: values.graph ?? DEFAULT_GRAPH,
    ...(storeSpec !== undefined && { store: storeSpec }),
    ...(values.articles ? { articlesDir: values.articles } : {}),
    ...(values.curation ? { curationPath: values.curation } : {}),
    ...(values.static ? { staticDir: values.static } : {}),
    ...(readers !== undefined && { readers }),
    ...(sizes["response-cache-mb"] !== undefined && { responseCacheMb: sizes["response-cache-mb"] }),
    memory: {
      ...(sizes["answer-cache-mb"] !== undefined && { answerCacheMb: sizes["answer-cache-mb"] }),
      ...(sizes["reader-cache-mb"] !== undefined && { readerCacheMb: sizes["reader-cache-mb"] }),
      ...(sizes["reader-heap-mb"] !== undefined && { readerHeapMb: sizes["reader-heap-mb"] }),
    },
    ...(grace !== undefined && { shutdownGraceMs: grace }),
    ...((active !== undefined || wait !== undefined) && {
      gate: { ...(active !== undefined && { active }), ...(wait !== undefined && { maxWaitMs: wait }) },
    }),
    ...(process.env.KG_TOKEN ? { token: process.env.KG_TOKEN } : {}),
    corsOrigins: parseCorsOrigins(process.env.KG_CORS_ORIGINS),
  });
  const health = (await (await fetch(`${server.url}/health`)).json()) as {
    error: string | null;
    counts: unknown;
    source: { kind: string; location: string; buildVersion: number | null };
  };
  const shown = server.url.replace("127.0.0.1", "localhost");
  process.stderr.write(
    `kg serve: listening on ${shown} (GraphQL at ${shown}/graphql)\n` +
      (storeSpec !== undefined
        ? `kg serve: graph store ${describeStore(storeSpec)} (${health.source.kind}), build ${health.source.buildVersion ?? "none"}\n`
        : `kg serve: graph file ${values.graph} (no store: --graph)\n`) +
      (health.error
        ? `kg serve: warning: ${health.error}\n`
        : `kg serve: graph loaded ${JSON.stringify(health.counts)}\n`) +
      `kg serve: mutations ${process.env.KG_TOKEN ? "enabled (bearer token from KG_TOKEN)" : "disabled (set KG_TOKEN)"}\n`,
  );
  return new Promise<number>((done) => {
    const stop = (signal: string) => {
      process.stderr.write(`kg serve: ${signal}, shutting down\n`);
      server.close().then(
        () => done(0),
        () => done(1),
      );
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}
