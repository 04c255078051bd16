import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and server end-to-end tests start processes on loopback ports; keep files in separate forks.
    pool: "forks",
  },
});
