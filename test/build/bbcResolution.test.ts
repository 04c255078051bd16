// Cross-document resolution on real news the rules were not written against: a sample of the BBC corpus in
// ../shared (politics and sport, every second article), built with the real extractor and NER model. Rival
// parties and clubs stay apart; a national body named the same way is one entity. Skipped when ../shared is absent.
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildGraph } from "../../packages/builder/src/index.js";
import { sharedPath } from "../paths.js";
import { scaled } from "../setup/timeouts.js";
import type { EntityAttributes, SerializedKnowledgeGraph } from "../../packages/graph-model/src/index.js";

const bbc = sharedPath("corpus/bbc");
const present = bbc !== undefined && existsSync(join(bbc, "politics")) && existsSync(join(bbc, "sport"));

/** One identity per party or club; different spellings of one party map to the same identity. */
const RIVALS: Record<string, string> = {
  labour: "labour",
  "new labour": "labour",
  conservative: "conservative",
  conservatives: "conservative",
  tory: "conservative",
  tories: "conservative",
  "liberal democrat": "liberal democrat",
  "liberal democrats": "liberal democrat",
  "lib dem": "liberal democrat",
  "lib dems": "liberal democrat",
  "uk independence": "ukip",
  ukip: "ukip",
  "scottish national": "snp",
  snp: "snp",
  "plaid cymru": "plaid cymru",
  green: "green",
  greens: "green",
  arsenal: "arsenal",
  chelsea: "chelsea",
  liverpool: "liverpool",
  everton: "everton",
  "manchester united": "manchester united",
  "man utd": "manchester united",
  "manchester city": "manchester city",
  "man city": "manchester city",
  "newcastle united": "newcastle",
  newcastle: "newcastle",
  "dundee united": "dundee united",
  dundee: "dundee",
  celtic: "celtic",
  rangers: "rangers",
  tottenham: "tottenham",
  spurs: "tottenham",
  "aston villa": "aston villa",
  "west ham": "west ham",
  "leeds united": "leeds",
  leeds: "leeds",
  "real madrid": "real madrid",
  barcelona: "barcelona",
  "ac milan": "ac milan",
  "inter milan": "inter milan",
  juventus: "juventus",
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/ (party|fc|football club)$/, "")
    .trim();

// Building ~460 articles takes about 35 s on an idle 2-core machine.
describe.skipIf(!present)("resolution on a BBC sample from ../shared", { timeout: scaled(300_000) }, () => {
  it("merges no two parties or clubs and makes one entity of a national body named the same way", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-bbc-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    for (const section of ["politics", "sport"]) {
      await mkdir(join(dir, "articles", section), { recursive: true });
      const files = (await readdir(join(bbc!, section))).filter((f) => f.endsWith(".txt")).sort();
      for (const f of files.filter((_, i) => i % 2 === 0))
        await cp(join(bbc!, section, f), join(dir, "articles", section, f));
    }
    await buildGraph({
      articlesDir: join(dir, "articles"),
      outFile: join(dir, "graph.json"),
      cacheDir: join(dir, "cache"),
      curationFile: null,
      // Only graph.json is read here: no store to write.
      store: null,
      workers: 0,
      log: () => {},
    });
    const graph = JSON.parse(await readFile(join(dir, "graph.json"), "utf8")) as SerializedKnowledgeGraph;
    const entities = graph.nodes.map((n) => n.attributes).filter((a): a is EntityAttributes => a.kind === "entity");
    const merged: string[] = [];
    for (const e of entities) {
      const ids = new Set(
        [e.label, ...e.aliases, ...e.mentions.map((m) => m.text)].map((a) => RIVALS[norm(a)]).filter(Boolean),
      );
      if (ids.size > 1) merged.push(`${e.label}: ${[...ids].join(", ")}`);
    }
    expect(merged).toEqual([]);
    // Each of these is named in many articles of the sample and always means the same body.
    for (const name of ["home office", "parliament", "labour", "arsenal"]) {
      const found = entities.filter((e) => norm(e.label) === name);
      expect(
        found.map((e) => `${e.label} (${e.docs.length} articles)`),
        name,
      ).toHaveLength(1);
      expect(found[0]!.docs.length, name).toBeGreaterThan(3);
    }
  });
});
