// Worker entry: workers do not inherit the TypeScript loader of the thread that starts them (kg's tsx, vitest's
// vite), so register tsx here before loading the TypeScript worker module.
import { register } from "tsx/esm/api";

register();
await import("./extractWorker.ts");
