// App build: the explorer (index.html) and the iframe widget page (embed.html). The standalone kg-embed.js is built
// afterwards by vite.embed.config.ts into the same dist.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const exampleSrc = resolve(here, "../../examples/embed.html");

export default defineConfig({
  root: here,
  // Bundle the workspace packages from their TypeScript sources (see their "@newskg/source" export condition).
  resolve: { conditions: ["@newskg/source", "module", "browser", "development|production"] },
  // Absolute asset URLs: the server serves the iframe page at both /embed and /embed/.
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Every browser that runs ES2022 modules has modulepreload: no polyfill chunk.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(here, "index.html"),
        embed: resolve(here, "embed.html"),
        builder: resolve(here, "builder.html"),
      },
      // sigma + graphology are shared by the explorer and the iframe page: one cacheable chunk.
      output: {
        manualChunks: (id) => (id.includes("node_modules") ? "vendor" : id.includes("/src/core/") ? "core" : undefined),
      },
    },
  },
  worker: { format: "es" },
  plugins: [
    {
      // `vite dev`: serve the built demo graph at /graph.json like the server does.
      name: "newskg-dev-graph",
      apply: "serve",
      configureServer(server) {
        server.middlewares.use("/graph.json", (_req, res) => {
          const file = resolve(here, "../../graph-data/graph.json");
          if (!existsSync(file)) {
            res.statusCode = 404;
            res.end("graph-data/graph.json is missing: run `pnpm kg build`");
            return;
          }
          res.setHeader("content-type", "application/json");
          res.end(readFileSync(file));
        });
      },
    },
    {
      // The mock news page of examples/ is served from dist so the server and the browser tests can load it.
      name: "newskg-copy-examples",
      apply: "build",
      closeBundle() {
        if (!existsSync(exampleSrc)) return;
        mkdirSync(resolve(here, "dist/examples"), { recursive: true });
        copyFileSync(exampleSrc, resolve(here, "dist/examples/embed.html"));
      },
    },
  ],
});
