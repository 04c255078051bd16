// Worker bootstrap when the builder runs from its TypeScript sources (tests, tsx; see startWorker.ts): workers do
// not inherit the TypeScript loader of the thread that starts them, so register tsx here before loading the
// TypeScript worker module. Built, the pool starts dist/pipeline/extractWorker.js directly.
import { register } from "tsx/esm/api";

register();
await import("./extractWorker.ts");
