// A `kg worker --drain` in a process of its own that dies by SIGKILL in the middle of writing its build (its
// documents, entities and relations sent inside the open transaction, the build row and resolution index not
// yet), for crash tests. Usage: workerChild OPTIONS_JSON (WorkerOptions without functions).
import { SqlGraphStore } from "@newskg/store";
import { runWorker, type WorkerOptions } from "../runWorker.js";

const options = JSON.parse(process.argv[2] ?? "null") as WorkerOptions | null;
if (!options) {
  process.stderr.write("usage: workerChild OPTIONS_JSON\n");
  process.exit(2);
}
// The curation log is appended after the graph's rows and before the build row, in the same transaction.
const proto = SqlGraphStore.prototype as unknown as Record<string, unknown>;
proto.appendCuration = () => process.kill(process.pid, "SIGKILL");
await runWorker({ ...options, drain: true, log: () => {} });
process.stdout.write("resolved\n");
