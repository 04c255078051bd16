// Public surface of @newskg/server.
export { startServer, DEFAULT_STATIC_DIR } from "./startServer.js";
export type { RunningServer, ServerOptions } from "./startServer.js";
