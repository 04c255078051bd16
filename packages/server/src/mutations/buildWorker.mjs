// Worker bootstrap when the server runs from its TypeScript sources (tests, tsx; see @newskg/builder's
// startWorker): register tsx in this thread, then load the TypeScript entry. Built, dist/mutations/buildWorker.js
// is started directly.
import { register } from "tsx/esm/api";

register();
await import("./buildWorker.ts");
