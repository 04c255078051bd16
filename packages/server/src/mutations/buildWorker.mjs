// Worker-thread entry that runs the builder off the server's main thread, so reads stay fast during a rebuild.
// The toolkit runs from TypeScript sources: register tsx's loader in this thread before importing the builder.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();

let builder;
parentPort.on("message", async ({ id, options }) => {
  const log = [];
  try {
    builder ??= await import("@newskg/builder");
    if (typeof builder.buildGraph !== "function") throw new Error("@newskg/builder does not export buildGraph yet");
    const report = await builder.buildGraph({ ...options, log: (message) => log.push(String(message)) });
    parentPort.postMessage({ id, ok: true, report, log });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error), log });
  }
});
