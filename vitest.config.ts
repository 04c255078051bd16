import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Tests run the TypeScript sources: workspace packages resolve through their "@newskg/source" export condition
// (Node and the `kg` bin use the built dist/ instead).
const conditions = ["@newskg/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and server end-to-end tests start processes on loopback ports; keep files in separate forks.
    pool: "forks",
    // Vitest's default in run mode is one fork fewer than the cores: a single fork on a 2-core CI machine, so every
    // file ran in turn. Many files mostly wait (on Chromium, PostgreSQL, child processes): one fork per core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
