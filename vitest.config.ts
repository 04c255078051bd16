import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { SlowFirstSequencer } from "./vitest.sequencer.js";

// Tests run the TypeScript sources: workspace packages resolve through their "@newskg/source" export condition
// (Node and the `kg` bin use the built dist/ instead).
const conditions = ["@newskg/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and server end-to-end tests start processes on loopback ports; keep files in separate forks.
    pool: "forks",
    // Vitest's default in run mode is one fork fewer than the cores: a single fork on a 2-core CI machine, so every
    // file ran in turn. Many files mostly wait (on Chromium, PostgreSQL, child processes): one fork per core.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: "e2e",
          // Chromium, child processes, worker processes killed mid-build: a fresh fork for each file.
          include: ["test/browser/**/*.test.ts", "test/queue/**/*.test.ts", "test/notebook/**/*.test.ts"],
          // Fixtures prepared once per run and shared read-only (test/browser/helpers/sharedFixture.ts).
          globalSetup: ["test/setup/sharedFixtures.globalSetup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/queue/**", "test/notebook/**"],
          globalSetup: ["test/setup/sharedFixtures.globalSetup.ts"],
          // Servers, stores and builds on temporary folders, each closed by its own file: a fork runs one file
          // after another without reloading the server, the builder and the models each time (~40% less CPU).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts"],
          // The packages' own tests leave no state behind (each makes its own temporary folders and servers), so
          // a fork runs one file after another without reloading every module and model for each: about half the
          // CPU time of isolated forks.
          isolate: false,
        },
      },
    ],
  },
});
