// A build in a process of its own that dies by SIGKILL when it reaches the write step (after extraction and
// resolution, before the store, graph.json and the resolution index are written), for crash tests.
// Usage: buildChild OPTIONS_JSON (BuildOptions without functions).
import { buildGraph } from "../buildGraph.js";
import type { BuildOptions } from "../types.js";

const options = JSON.parse(process.argv[2] ?? "null") as BuildOptions | null;
if (!options) {
  process.stderr.write("usage: buildChild OPTIONS_JSON\n");
  process.exit(2);
}
await buildGraph({
  ...options,
  log: () => {},
  onProgress: ({ phase }) => {
    if (phase === "write") process.kill(process.pid, "SIGKILL");
  },
});
process.stdout.write("built\n");
