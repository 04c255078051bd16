#!/usr/bin/env node
// `pnpm kg` resolves to this bin (no pnpm script header on stdout). The toolkit runs from TypeScript sources
// through tsx, so there is no separate compile step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
