// One reader thread of the pool: its own read-only connection to the SQLite store (WAL lets it read while a build
// writes), answering one GraphReader call at a time inside one read transaction, so a call sees one whole build.
import { parentPort, workerData } from "node:worker_threads";
import type { ReaderCall, ReaderInit, ReaderReply } from "./readerMessages.js";
import { SqliteDb } from "./sqliteDb.js";
import { StoreReader } from "./storeReader.js";

class Cancelled extends Error {}

const init = workerData as ReaderInit;
const cancel = new Int32Array(init.cancel);
const db = new SqliteDb(init.path, { readonly: true, cacheMb: init.cacheMb });
const reader = new StoreReader(db);
const tick = () => {
  if (Atomics.load(cancel, 0) !== 0) throw new Cancelled("cancelled by the caller's deadline");
};

async function answer(call: ReaderCall): Promise<ReaderReply> {
  const args = [...call.args];
  if (call.tickAt !== null) args[call.tickAt] = tick;
  try {
    return await db.read(async (tx) => {
      const [row] = await tx.all<{ v: number | null }>("SELECT MAX(version) AS v FROM builds");
      const method = reader[call.method] as (...a: unknown[]) => Promise<unknown>;
      const value = await method.apply(reader, args);
      return { ok: true as const, value, version: Number(row?.v ?? 0) };
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      ok: false,
      message: (error as Error)?.message ?? String(error),
      code: typeof code === "string" ? code : null,
      cancelled: error instanceof Cancelled,
    };
  }
}

parentPort!.on("message", (call: ReaderCall) => {
  void answer(call).then((reply) => parentPort!.postMessage(reply));
});
parentPort!.postMessage("ready");
