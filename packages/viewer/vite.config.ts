// App build: the explorer (index.html) and the iframe widget page (embed.html). The standalone kg-embed.js is built
// afterwards by vite.embed.config.ts into the same dist.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const exampleSrc = resolve(here, "../../examples/embed.html");

export default defineConfig({
  root: here,
  // Relative asset URLs so the pages work at "/", "/embed" and behind a path prefix.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: { index: resolve(here, "index.html"), embed: resolve(here, "embed.html") },
    },
  },
  worker: { format: "es" },
  plugins: [
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
