// Standalone widget bundle: dist/kg-embed.js, one self-contained IIFE (sigma and graphology included) that a
// newsroom can load with a plain <script> tag from any host.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // Bundle the workspace packages from their TypeScript sources (see their "@newskg/source" export condition).
  resolve: { conditions: ["@newskg/source", "module", "browser", "development|production"] },
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2020",
    lib: {
      entry: resolve(here, "src/embed/kgEmbed.ts"),
      name: "KgEmbed",
      formats: ["iife"],
      fileName: () => "kg-embed.js",
    },
  },
});
