// Reader thread bootstrap when the store runs from its TypeScript sources (tests, tsx): register tsx in this
// thread, then load the TypeScript entry. Built, dist/readerWorker.js is started directly.
import { register } from "tsx/esm/api";

register();
await import("./readerWorker.ts");
