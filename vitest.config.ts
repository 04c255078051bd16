import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { SlowFirstSequencer } from "./vitest.sequencer.js";
import { TIMEOUT_SCALE_ENV, timeoutScale } from "./test/setup/timeouts.js";

// Tests run the TypeScript sources: workspace packages resolve through their "@newskg/source" export condition
// (Node and the `kg` bin use the built dist/ instead).
const conditions = ["@newskg/source", "module", "node", "development|production"];

// Every timeout times one factor (KG_TEST_TIMEOUT_SCALE, else from the load average now), fixed for the whole run
// and passed to the forks: a loaded machine makes the tests slower, not failing.
const scale = timeoutScale();
process.env[TIMEOUT_SCALE_ENV] = String(scale);

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 60_000 * scale,
    hookTimeout: 180_000 * scale,
    env: { [TIMEOUT_SCALE_ENV]: String(scale) },
    // expect.poll's timeouts times the factor too (test/setup/scaleTimeouts.setup.ts).
    setupFiles: ["test/setup/scaleTimeouts.setup.ts"],
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
          // Child processes and worker processes killed mid-build: a fresh fork for each file.
          include: ["test/queue/**/*.test.ts", "test/notebook/**/*.test.ts"],
          // Fixtures prepared once per run and shared read-only (test/browser/helpers/sharedFixture.ts).
          globalSetup: ["test/setup/sharedFixtures.globalSetup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          // Each file starts its own server and browser contexts and closes them in afterAll, on the fork's one
          // Chromium (helpers/launchBrowser.ts); a fork runs one file after another without importing the server and
          // the builder again for each (~1 s of CPU a file).
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/setup/sharedFixtures.globalSetup.ts"],
          isolate: false,
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
          // The run's temporary folder (TMPDIR), removed when the run ends.
          globalSetup: ["test/setup/sharedFixtures.globalSetup.ts"],
          // The packages' own tests leave no state behind (each makes its own temporary folders and servers), so
          // a fork runs one file after another without reloading every module and model for each: about half the
          // CPU time of isolated forks.
          isolate: false,
        },
      },
    ],
  },
});
