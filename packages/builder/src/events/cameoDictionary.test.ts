// The committed lexicon is generated data: with the PETRARCH2 dictionary in ../shared (relative to the repository
// root), compiling it again must reproduce packages/builder/data/cameo-lexicon.jsonl byte for byte.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileCameoDictionary, serializeLexicon } from "./cameoDictionary.js";
import type { CompileOptions } from "./cameoDictionary.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const source = resolve(repoRoot, "../shared/data/events/CAMEO.verbpatterns.150430.txt");
const committed = resolve(repoRoot, "packages/builder/data/cameo-lexicon.jsonl");

describe.skipIf(!existsSync(source))("cameo-lexicon.jsonl (skipped: ../shared/data/events is absent)", () => {
  it("is what scripts/buildCameoLexicon.ts writes from the dictionary", () => {
    const overrides = JSON.parse(
      readFileSync(resolve(repoRoot, "packages/builder/data/cameo-overrides.json"), "utf8"),
    ) as CompileOptions;
    const lexicon = compileCameoDictionary(readFileSync(source, "utf8"), overrides);
    const text = serializeLexicon(lexicon, basename(source));
    expect(text === readFileSync(committed, "utf8")).toBe(true);
    expect(readFileSync(resolve(repoRoot, "packages/builder/data/LICENSE.petrarch2"), "utf8")).toBe(
      readFileSync(resolve(dirname(source), "LICENSE.petrarch2"), "utf8"),
    );
  });
});
