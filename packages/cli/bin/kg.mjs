#!/usr/bin/env node
// `pnpm kg` resolves to this bin (no pnpm script header on stdout). It runs the built JavaScript (dist/), which
// `pnpm install` builds (the root `prepare` script) and `pnpm build` / `pnpm typecheck` rebuild after changes.
import { existsSync } from "node:fs";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("kg: packages/cli/dist is missing: run `pnpm install` or `pnpm build` first\n");
  process.exit(1);
}
await import(main.href);
