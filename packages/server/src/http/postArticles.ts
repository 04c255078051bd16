// POST /articles (authenticated with the mutations' bearer token): adds articles to the PostgreSQL store's queue
// for `kg worker`, so a CMS can feed articles in continuously. Body: {"file": "...", "body": "..."} or
// {"articles": [...]} with the file as it would be named in an articles folder (its extension picks the parser).
import type { IncomingMessage, ServerResponse } from "node:http";
import { ArticleQueue, StoreError } from "@newskg/store";
import type { GraphSource } from "../graph/graphSource.js";
import { StoreGraphSource } from "../graph/graphSource.js";
import type { MutationService } from "../mutations/mutationService.js";
import { readBody } from "./readBody.js";
import { sendJson } from "./respond.js";

const MAX_BYTES = 8 * 1024 * 1024;

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? "";
  return header.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : null;
}

export async function postArticles(
  req: IncomingMessage,
  res: ServerResponse,
  store: GraphSource,
  mutations: MutationService,
): Promise<void> {
  try {
    mutations.authorize(bearer(req));
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    return sendJson(res, code === "FORBIDDEN" ? 403 : 401, { error: (error as Error).message });
  }
  const sql = store instanceof StoreGraphSource ? store.sql() : null;
  if (!(store instanceof StoreGraphSource) || (sql && sql.engine !== "postgres"))
    return sendJson(res, 409, {
      error:
        "POST /articles queues articles for `kg worker`, which needs a PostgreSQL store (kg serve --store postgres://...)",
    });
  if (!sql) return sendJson(res, 503, { error: store.current().error ?? "the store is not open yet" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readBody(req, MAX_BYTES));
  } catch (error) {
    if ((error as Error).name === "SyntaxError") return sendJson(res, 400, { error: "the body is not valid JSON" });
    throw error;
  }
  const list = (parsed as { articles?: unknown })?.articles ?? [parsed];
  if (!Array.isArray(list) || list.length === 0)
    return sendJson(res, 400, { error: 'send {"file", "body"} or {"articles": [{"file", "body"}, ...]}' });
  try {
    const ids = await ArticleQueue.of(sql).enqueue(list as { file: string; body: string }[]);
    return sendJson(res, 202, { queued: ids, duplicates: list.length - ids.length });
  } catch (error) {
    if (error instanceof StoreError && error.code === "QUEUE") return sendJson(res, 400, { error: error.message });
    throw error;
  }
}
