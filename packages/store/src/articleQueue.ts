// The article queue on PostgreSQL: enqueue (idempotent per file and body), claim with FOR UPDATE SKIP LOCKED
// (a claim whose heartbeat is older than staleMs is taken back, so a killed worker's article is retried),
// heartbeat, complete with the extraction, fail after too many attempts; and the resolution lock and watermark.
import { createHash } from "node:crypto";
import type { QueueCounts, QueuedArticle } from "@newskg/graph-model";
import type { Db } from "./db.js";
import { StoreError } from "./errors.js";
import type { PostgresDb } from "./postgresDb.js";
import type { SqlGraphStore } from "./sqlGraphStore.js";

const RESOLVE_LOCK = 4_242_002;

export interface DoneArticle {
  id: number;
  file: string;
  article: unknown;
  extraction: unknown;
}

export class ArticleQueue {
  constructor(
    private readonly db: PostgresDb,
    /** A claim without a heartbeat for this long is considered abandoned. */
    readonly staleMs = 30_000,
    readonly maxAttempts = 3,
  ) {}

  static of(store: SqlGraphStore, options: { staleMs?: number; maxAttempts?: number } = {}): ArticleQueue {
    if (store.engine !== "postgres")
      throw new StoreError(
        `the article queue needs PostgreSQL (--store postgres://...); ${store.location} is a SQLite file: build it with \`pnpm kg build\``,
        "QUEUE",
      );
    return new ArticleQueue(store.db as PostgresDb, options.staleMs, options.maxAttempts);
  }

  /** Adds articles; an article already queued with the same file and body is not added twice. Returns new ids. */
  async enqueue(articles: { file: string; body: string }[]): Promise<number[]> {
    const ids: number[] = [];
    for (const { file, body } of articles) {
      if (typeof file !== "string" || file.trim() === "" || file.includes("..") || file.startsWith("/"))
        throw new StoreError(`bad article file name "${String(file)}": a relative path without ".."`, "QUEUE");
      if (typeof body !== "string" || body.trim() === "")
        throw new StoreError(`article "${file}" has an empty body`, "QUEUE");
      const hash = createHash("sha256").update(body).digest("hex");
      const rows = await this.db.all<{ id: number }>(
        `INSERT INTO article_queue (file, body, body_hash) VALUES (?, ?, ?)
         ON CONFLICT (file, body_hash) DO NOTHING RETURNING id`,
        [file, body, hash],
      );
      if (rows[0]) ids.push(Number(rows[0].id));
    }
    return ids;
  }

  async claim(worker: string): Promise<QueuedArticle | null> {
    const rows = await this.db.all<{ id: number; file: string; body: string; attempts: number }>(
      `UPDATE article_queue SET status = 'running', claimed_by = ?, heartbeat_at = now(), attempts = attempts + 1
       WHERE id = (
         SELECT id FROM article_queue
         WHERE status = 'queued'
            OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => ?))
         ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1
       ) RETURNING id, file, body, attempts`,
      [worker, this.staleMs / 1000],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.attempts > this.maxAttempts) {
      await this.fail(Number(row.id), `gave up after ${this.maxAttempts} attempts (its workers stopped mid-article)`);
      return this.claim(worker);
    }
    return { id: Number(row.id), file: row.file, body: row.body, attempts: row.attempts };
  }

  async heartbeat(id: number, worker: string): Promise<void> {
    await this.db.run("UPDATE article_queue SET heartbeat_at = now() WHERE id = ? AND claimed_by = ?", [id, worker]);
  }

  /** Stores the result; false when the claim was lost meanwhile (another worker took the article back). */
  async complete(id: number, worker: string, article: unknown, extraction: unknown): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE article_queue SET status = 'done', article = ?, extraction = ?, error = NULL, done_at = now()
       WHERE id = ? AND claimed_by = ? AND status = 'running'`,
      [JSON.stringify(article), JSON.stringify(extraction), id, worker],
    );
    return changed > 0;
  }

  async fail(id: number, reason: string): Promise<void> {
    await this.db.run("UPDATE article_queue SET status = 'failed', error = ?, done_at = now() WHERE id = ?", [
      reason,
      id,
    ]);
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.db.all<{ status: keyof QueueCounts; n: number }>(
      "SELECT status, COUNT(*) AS n FROM article_queue GROUP BY status",
    );
    const counts: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }

  async failures(): Promise<{ file: string; error: string }[]> {
    return this.db.all("SELECT file, error FROM article_queue WHERE status = 'failed' ORDER BY id");
  }

  /**
   * Runs fn holding the resolution lock, when no other worker holds it (returns null then). fn gets the latest
   * extraction of every file and whether anything changed since the last resolution; what it returns is passed
   * through, and the watermark advances when it resolves without throwing.
   */
  async resolveOnce<T>(fn: (articles: DoneArticle[]) => Promise<T>, force = false): Promise<T | null> {
    return this.db.withClient(async (tx: Db) => {
      const [lock] = await tx.all<{ ok: boolean }>("SELECT pg_try_advisory_xact_lock(?) AS ok", [RESOLVE_LOCK]);
      if (!lock?.ok) return null;
      const [mark] = await tx.all<{ through: number; done: number }>(
        "SELECT resolved_through AS through, resolved_done AS done FROM queue_state WHERE id = 1",
      );
      const [now] = await tx.all<{ through: number | null; done: number }>(
        "SELECT MAX(id) AS through, COUNT(*) AS done FROM article_queue WHERE status = 'done'",
      );
      const through = Number(now?.through ?? 0);
      const done = Number(now?.done ?? 0);
      if (!force && through === Number(mark?.through ?? 0) && done === Number(mark?.done ?? 0)) return null;
      const articles = await tx.all<DoneArticle>(
        `SELECT DISTINCT ON (file) id, file, article, extraction FROM article_queue
         WHERE status = 'done' ORDER BY file, id DESC`,
      );
      const result = await fn(articles.map((a) => ({ ...a, id: Number(a.id) })));
      await tx.run("UPDATE queue_state SET resolved_through = ?, resolved_done = ? WHERE id = 1", [through, done]);
      return result;
    });
  }
}
