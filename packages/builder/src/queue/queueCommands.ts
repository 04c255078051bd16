// `kg ingest DIR` adds a folder's articles to the PostgreSQL store's queue; `kg worker` claims and extracts them
// and, when the queue is empty, resolves and writes the next build. Messages go to stderr.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ArticleQueue, openStore, resolveStoreSpec } from "@newskg/store";
import { loadCurationFile } from "../curation/loadCurationFile.js";
import { defaultDataPath } from "../cli/findProjectRoot.js";
import { listArticleFiles } from "../io/listArticleFiles.js";
import { DEFAULT_EXTRACTOR_MODULE, DEFAULT_NER_MODULE } from "../pipeline/extractorBackend.js";
import { runWorker } from "./runWorker.js";

const INGEST_HELP = `usage: pnpm kg ingest DIR [--store postgres://...]

Adds every article under DIR (.txt, .md, .html; searched recursively) to the store's article queue. An article
already queued with the same path and content is not added again. Workers (\`pnpm kg worker\`) extract them.
  --store SPEC   the PostgreSQL store (default: KG_STORE)`;

const WORKER_HELP = `usage: pnpm kg worker [--store postgres://...] [--drain] [--id NAME] [--curation FILE] [--full-resolution]

Claims queued articles (any number of workers, on any machines, against one PostgreSQL), extracts them, and when
nothing is left resolves entities across all articles and writes the next build of the store. Resolution runs
over what the articles new since the last build reach (its index is kept in the store).
  --store SPEC       the PostgreSQL store (default: KG_STORE)
  --drain            exit once the queue is empty and resolved (default: wait for more articles)
  --id NAME          worker name recorded on claimed articles (default host:pid)
  --curation FILE    analysts' corrections applied at resolution (default: none)
  --stale-ms N       take back an article whose worker sent no heartbeat for N ms (default 30000)
  --full-resolution  resolve every article again (and rewrite the index)`;

function storeOf(value: string | undefined): string {
  return resolveStoreSpec(value, defaultDataPath("graph.db"));
}

export async function ingestCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { store: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`kg ingest: ${(error as Error).message}\n\n${INGEST_HELP}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stderr.write(`${INGEST_HELP}\n`);
    return 0;
  }
  const [dir, ...rest] = parsed.positionals;
  if (!dir || rest.length > 0) {
    process.stderr.write(`kg ingest: give one articles folder\n\n${INGEST_HELP}\n`);
    return 2;
  }
  try {
    const root = resolve(dir);
    const files = await listArticleFiles(root);
    if (files.length === 0) throw new Error(`no .txt, .md or .html article under ${root}`);
    const store = await openStore(storeOf(parsed.values.store));
    try {
      const queue = ArticleQueue.of(store);
      const articles = await Promise.all(
        files.map(async (file) => ({ file, body: await readFile(join(root, file), "utf8") })),
      );
      const ids = await queue.enqueue(articles);
      const counts = await queue.counts();
      process.stderr.write(
        `kg ingest: queued ${ids.length} of ${files.length} articles (${files.length - ids.length} already queued); ` +
          `queue: ${counts.queued} waiting, ${counts.running} running, ${counts.done} done, ${counts.failed} failed\n`,
      );
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    process.stderr.write(`kg ingest: ${(error as Error).message}\n`);
    return 1;
  }
}

export async function workerCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        store: { type: "string" },
        drain: { type: "boolean" },
        id: { type: "string" },
        curation: { type: "string" },
        "stale-ms": { type: "string" },
        "full-resolution": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`kg worker: ${(error as Error).message}\n\n${WORKER_HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${WORKER_HELP}\n`);
    return 0;
  }
  const staleMs = values["stale-ms"] === undefined ? undefined : Number(values["stale-ms"]);
  if (staleMs !== undefined && !(Number.isInteger(staleMs) && staleMs > 0)) {
    process.stderr.write(`kg worker: --stale-ms must be a positive integer, got "${values["stale-ms"]}"\n`);
    return 2;
  }
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`kg worker: ${signal}, stopping after the current article\n`);
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const report = await runWorker({
      store: storeOf(values.store),
      ...(values.id !== undefined && { id: values.id }),
      backend: {
        extractorModule: process.env.KG_EXTRACTOR_MODULE || DEFAULT_EXTRACTOR_MODULE,
        nerModule: process.env.KG_NER_MODULE || DEFAULT_NER_MODULE,
      },
      curation: values.curation ? await loadCurationFile(resolve(values.curation)) : null,
      ...(values.drain && { drain: true }),
      ...(values["full-resolution"] && { fullResolution: true }),
      ...(staleMs !== undefined && { staleMs }),
      signal: controller.signal,
    });
    process.stderr.write(
      `kg worker: ${report.extracted} extracted, ${report.failed} failed` +
        (report.builds.length > 0 ? `, wrote build ${report.builds.join(", ")}` : "") +
        "\n",
    );
    return 0;
  } catch (error) {
    process.stderr.write(`kg worker: ${(error as Error).message}\n`);
    return 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
