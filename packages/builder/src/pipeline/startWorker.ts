// Worker threads run the same form of the code as the module that starts them: the built JavaScript (dist/, what
// the `kg` bin and the server run), or, under the tests and tsx, the TypeScript sources. Threads do not inherit
// the TypeScript loader, so from sources the worker starts at a small `.mjs` bootstrap next to the entry that
// registers tsx, and resolves workspace packages through their "@newskg/source" export condition.
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Whether a module URL is a TypeScript source (vitest, tsx) rather than built JavaScript. */
export function isSourceModule(moduleUrl: string): boolean {
  return /\.[cm]?ts$/.test(new URL(moduleUrl).pathname);
}

/** A sibling module of `moduleUrl` by name, in the same form ("x.ts" next to sources, "x.js" next to dist). */
export function siblingModule(moduleUrl: string, path: string): URL {
  return new URL(`${path}${isSourceModule(moduleUrl) ? ".ts" : ".js"}`, moduleUrl);
}

/**
 * Starts the worker module `name` (no extension) next to `moduleUrl`: `name.js` when built, else the bootstrap
 * `name.mjs`, which must register tsx and import `name.ts`.
 */
export function startWorker(moduleUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!isSourceModule(moduleUrl)) return new Worker(new URL(`${name}.js`, moduleUrl), options);
  const execArgv = [...(options.execArgv ?? process.execArgv), "--conditions=@newskg/source"];
  return new Worker(new URL(`${name}.mjs`, moduleUrl), { ...options, execArgv });
}
