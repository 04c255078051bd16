import { readFileSync } from "node:fs";

/** Version of @newskg/builder, recorded in every graph file. */
export const BUILDER_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
