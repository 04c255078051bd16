// Every write (articles, curation) goes through one serial queue: each step changes files on disk, rebuilds the
// graph in the worker and reloads it before the next step starts, so concurrent mutations never lose each other's
// changes and each caller sees its change in the graph it gets back.
import { randomUUID, timingSafeEqual } from "node:crypto";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { CurationAction, CurationFile } from "@newskg/graph-model";
import { GraphQLError } from "../graphqlRuntime.js";
import { GraphData } from "../graph/graphData.js";
import type { GraphSnapshot, GraphSource } from "../graph/graphSource.js";
import type { JobRecord } from "../model.js";
import type { ArticleInput } from "./articleFile.js";
import { articleFileName, formatArticleMarkdown } from "./articleFile.js";
import { BuildRunner } from "./buildRunner.js";

export interface MutationServiceOptions {
  store: GraphSource;
  graphPath: string;
  /** The store rebuilds write (and the server reads); null writes graph.json only. */
  storeSpec?: string | null;
  articlesDir: string;
  curationPath: string;
  token: string | null;
  /** Extraction workers inside the build (BuildOptions.workers); 0 extracts on the build thread. */
  buildWorkers?: number;
}

type AtomicWrite = (path: string, data: string) => Promise<void>;

const MAX_JOBS = 1000;

export class MutationService {
  private tail: Promise<unknown> = Promise.resolve();
  private jobs = new Map<string, JobRecord>();
  private runner = new BuildRunner();
  private writeAtomic: AtomicWrite | null = null;

  constructor(private readonly options: MutationServiceOptions) {}

  /** Throws unless mutations are enabled and the request carries the right bearer token. */
  authorize(token: string | null): void {
    const expected = this.options.token;
    if (!expected)
      throw new GraphQLError("Mutations are disabled: start the server with a token (KG_TOKEN) to enable them.", {
        extensions: { code: "FORBIDDEN" },
      });
    const given = Buffer.from(token ?? "");
    const want = Buffer.from(expected);
    if (given.length !== want.length || !timingSafeEqual(given, want))
      throw new GraphQLError("Mutations need the header `Authorization: Bearer <token>` with the server's token.", {
        extensions: { code: "UNAUTHENTICATED" },
      });
  }

  currentSnapshot(): GraphSnapshot {
    return this.options.store.current();
  }

  job(id: string): JobRecord | null {
    return this.jobs.get(id) ?? null;
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    await this.runner.close();
  }

  /** Stores the article, then (queued) rebuilds; with wait the job is finished when this resolves. */
  async addArticle(input: ArticleInput, wait: boolean): Promise<JobRecord> {
    const markdown = formatArticleMarkdown(input);
    const fileName = articleFileName(input);
    const path = join(this.options.articlesDir, fileName);
    const job = this.newJob();
    const done = this.enqueue(async () => {
      if (await exists(path)) throw new Error(`an article file named ${fileName} already exists`);
      await (
        await this.atomicWrite()
      )(path, markdown);
      try {
        const report = await this.rebuild();
        const doc = await this.findDocumentByFile(fileName);
        if (!doc) {
          const skipped = report.skipped.find((s) => s.file.endsWith(fileName));
          throw new Error(`the builder did not take the article${skipped ? `: ${skipped.reason}` : ""}`);
        }
        job.documentId = doc;
        return `added ${fileName} (${report.documents} documents, ${report.entities} entities, ${report.relations} relations)`;
      } catch (error) {
        // Leave disk and graph as they were before this mutation.
        await rm(path, { force: true });
        await this.rebuild().catch(() => undefined);
        throw error;
      }
    }, job);
    if (wait) await done;
    return job;
  }

  async deleteArticle(id: string, wait: boolean): Promise<JobRecord> {
    const job = this.newJob();
    job.documentId = id;
    const done = this.enqueue(async () => {
      const reader = this.options.store.current().reader;
      const doc = reader ? (await reader.documents([id])).get(id) : undefined;
      if (!doc || !doc.file) throw new Error(`no document with id "${id}"`);
      const path = resolve(this.options.articlesDir, doc.file);
      if (relative(this.options.articlesDir, path).startsWith(".."))
        throw new Error("document file is outside the articles directory");
      const previous = await readFile(path);
      await rm(path);
      try {
        const report = await this.rebuild();
        return `deleted ${doc.file} (${report.documents} documents left)`;
      } catch (error) {
        await writeFile(path, previous);
        throw error;
      }
    }, job);
    if (wait) await done;
    return job;
  }

  /**
   * Appends a curation action and rebuilds. `check` validates against the graph before anything is written (its
   * error goes to the caller as is). Resolves with the rebuilt graph.
   */
  async curate(action: CurationAction, check: (data: GraphData) => Promise<void>): Promise<GraphSnapshot> {
    const snapshot = this.options.store.current();
    if (!snapshot.reader)
      throw new GraphQLError("No graph is loaded, so there is nothing to curate.", {
        extensions: { code: "GRAPH_UNAVAILABLE" },
      });
    await check(new GraphData(snapshot));
    const job = this.newJob();
    await this.enqueue(async () => {
      const path = this.options.curationPath;
      const previous = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      let file: CurationFile & Record<string, unknown>;
      try {
        file = previous ? JSON.parse(previous) : { version: 1, actions: [] };
      } catch (error) {
        throw new Error(`curation file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      if (!Array.isArray(file.actions)) file.actions = [];
      file.actions.push({ ...action, by: action.by ?? "api", at: new Date().toISOString() });
      const write = await this.atomicWrite();
      await write(path, JSON.stringify(file, null, 2) + "\n");
      try {
        await this.rebuild();
      } catch (error) {
        if (previous === null) await rm(path, { force: true });
        else await write(path, previous);
        throw error;
      }
      return `applied ${action.op}`;
    }, job);
    if (job.status === "FAILED")
      throw new GraphQLError(`Curation failed: ${job.message}`, { extensions: { code: "BUILD_FAILED" } });
    return this.options.store.current();
  }

  private newJob(): JobRecord {
    const job: JobRecord = { id: randomUUID(), status: "QUEUED", message: null, documentId: null };
    this.jobs.set(job.id, job);
    if (this.jobs.size > MAX_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    return job;
  }

  /** Runs steps one at a time; a failing step marks its job FAILED and does not stop the queue. */
  private enqueue(step: () => Promise<string>, job: JobRecord): Promise<void> {
    const run = this.tail.then(async () => {
      job.status = "RUNNING";
      try {
        job.message = await step();
        job.status = "DONE";
      } catch (error) {
        job.status = "FAILED";
        job.message = error instanceof Error ? error.message : String(error);
      }
    });
    this.tail = run;
    return run;
  }

  private async rebuild() {
    const report = await this.runner.run({
      articlesDir: this.options.articlesDir,
      outFile: this.options.graphPath,
      store: this.options.storeSpec ?? null,
      // No curation file yet (nothing curated): build without one rather than fail on a missing file.
      curationFile: (await exists(this.options.curationPath)) ? this.options.curationPath : null,
      ...(this.options.buildWorkers !== undefined ? { workers: this.options.buildWorkers } : {}),
    });
    const snapshot = await this.options.store.reload();
    if (!snapshot.reader || snapshot.error) throw new Error(`the rebuilt graph did not load: ${snapshot.error}`);
    return report;
  }

  private async findDocumentByFile(fileName: string): Promise<string | null> {
    const reader = this.options.store.current().reader;
    return reader ? ((await reader.documentsWithFile(fileName))[0] ?? null) : null;
  }

  private async atomicWrite(): Promise<AtomicWrite> {
    // Loaded on first write: importing the builder pulls in the pipeline, which read-only servers do not need.
    // (A computed specifier keeps the server's type-check independent of the builder's build output.)
    if (!this.writeAtomic) {
      // Loaded on first use: a server that never takes a mutation does not load the builder.
      const builder = await import("@newskg/builder");
      this.writeAtomic = builder.writeFileAtomic;
    }
    return this.writeAtomic;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
