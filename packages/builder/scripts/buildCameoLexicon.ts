// Generates packages/builder/data/cameo-lexicon.jsonl from the PETRARCH2 CAMEO verb dictionary in ../shared
// (relative to the repository root), with the corrections in data/cameo-overrides.json, and copies its licence next
// to it. Deterministic: re-running on the same dictionary rewrites the same bytes.
//   npx tsx packages/builder/scripts/buildCameoLexicon.ts [path/to/CAMEO.verbpatterns.txt]
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileCameoDictionary, serializeLexicon } from "../src/events/cameoDictionary.js";
import type { CompileOptions } from "../src/events/cameoDictionary.js";

const builderRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(builderRoot, "../..");
const eventsDir = resolve(repoRoot, "../shared/data/events");
const source = process.argv[2] ?? resolve(eventsDir, "CAMEO.verbpatterns.150430.txt");
const out = resolve(builderRoot, "data/cameo-lexicon.jsonl");

const overrides = JSON.parse(readFileSync(resolve(builderRoot, "data/cameo-overrides.json"), "utf8")) as CompileOptions;
const lexicon = compileCameoDictionary(readFileSync(source, "utf8"), overrides);
writeFileSync(out, serializeLexicon(lexicon, basename(source)));
writeFileSync(
  resolve(builderRoot, "data/LICENSE.petrarch2"),
  readFileSync(resolve(dirname(source), "LICENSE.petrarch2")),
);
console.log(JSON.stringify(lexicon.stats, null, 2));
console.log(`wrote ${out}`);
