// Worker-thread entry that runs the builder off the server's main thread, so reads stay fast during a rebuild.
import { parentPort } from "node:worker_threads";
import { buildGraph } from "@newskg/builder";
import type { BuildRequest, BuildReply } from "./buildRunner.js";

const port = parentPort!;
port.on("message", async ({ id, options }: BuildRequest) => {
  const log: string[] = [];
  let reply: BuildReply;
  try {
    const report = await buildGraph({ ...options, log: (message) => log.push(String(message)) });
    reply = { id, ok: true, report, log };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error), log };
  }
  port.postMessage(reply);
});
