// Scores today's builder against a CNN development reference in test/dev-reference/<set> (default cnn, the set the
// team tunes on; cnn2 is a second set that is only measured, never tuned on).
//   npx tsx packages/builder/scripts/scoreDevReference.ts [REPO_ROOT] [--set NAME] [--json] [--coarse] [--keep]
//     [--ner-model=M]
//
// For every <doc>.gold.json of the set it copies the annotated article from ../shared (relative to the repo root)
// into a temporary articles directory as a Markdown file with front matter (title, publisher), merges the
// per-article gold files into one gold JSON, runs `pnpm kg build --articles TMP --out TMP/graph.json --no-curation`
// and then `node ../shared/eval/score.mjs TMP/graph.json TMP/gold.json`, printing the scorer's output and the
// typed recall of each relation category. The article texts never enter the repository; without ../shared the
// script says so and exits cleanly.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseFrontMatter } from "../src/io/parseFrontMatter.js";
import {
  formatCategoryRecall,
  mergeGold,
  readReferenceSet,
  recallByCategory,
  referenceSetDir,
  takeSetArgument,
} from "./devReferenceSet.js";

let parsed: ReturnType<typeof takeSetArgument>;
try {
  parsed = takeSetArgument(process.argv.slice(2));
} catch (err) {
  console.error(`scoreDevReference: ${(err as Error).message}`);
  process.exit(2);
}
const { set, rest: args } = parsed;
const flags = args.filter((a) => a.startsWith("--"));
const [rootArg] = args.filter((a) => !a.startsWith("--"));
const root = resolve(rootArg ?? join(import.meta.dirname, "../../.."));
const shared = resolve(root, "../shared");
const scorer = join(shared, "eval/score.mjs");

if (!existsSync(scorer) || !existsSync(join(shared, "corpus/cnn"))) {
  console.log(`scoreDevReference: ${shared} (corpus/cnn and eval/score.mjs) is not available; nothing to score.`);
  process.exit(0);
}
let refDir: string;
try {
  refDir = referenceSetDir(join(root, "test/dev-reference"), set);
} catch (err) {
  console.error(`scoreDevReference: ${(err as Error).message}`);
  process.exit(2);
}

/** The article as the builder reads it: front matter with title and publisher, then the text. */
function toArticle(raw: string, fallbackTitle: string): string {
  const front = parseFrontMatter(raw.replace(/^\uFEFF/, ""));
  const body = front ? front.body : raw;
  const title = front?.data["title"] ?? fallbackTitle;
  const publisher = front?.data["publisher"] ?? "CNN";
  return `---\ntitle: ${JSON.stringify(title)}\npublisher: ${JSON.stringify(publisher)}\n---\n\n${body.trim()}\n`;
}

const goldFiles = readReferenceSet(refDir);
const tmp = mkdtempSync(join(tmpdir(), "dev-reference-"));
const articles = join(tmp, "articles");
mkdirSync(articles);
let missing = 0;
for (const { file, gold: g } of goldFiles) {
  for (const [doc, rel] of Object.entries(g.documents)) {
    const src = join(shared, rel);
    if (!existsSync(src)) {
      console.error(`  missing article ${src} (for ${file})`);
      missing++;
      continue;
    }
    writeFileSync(join(articles, `${doc}.md`), toArticle(readFileSync(src, "utf8"), basename(src)));
  }
}
const gold = mergeGold(
  goldFiles.map((f) => f.gold),
  `Merged development reference test/dev-reference/${set}, written by scoreDevReference.ts.`,
  (m) => console.error(`  warning: ${m}`),
);
writeFileSync(join(tmp, "gold.json"), JSON.stringify(gold, null, 1));
console.log(
  `scoreDevReference: set ${set}, ${goldFiles.length} reference files, ${Object.keys(gold.documents).length - missing} articles, ` +
    `${gold.entities.length} entities, ${gold.relations.length} relations -> ${tmp}`,
);

const graph = join(tmp, "graph.json");
const nerModel = flags.find((f) => f.startsWith("--ner-model="))?.slice("--ner-model=".length);
const buildArgs = [
  "kg",
  "build",
  "--articles",
  articles,
  "--out",
  graph,
  "--no-curation",
  ...(nerModel ? ["--ner-model", nerModel] : []),
];
let build = spawnSync("pnpm", buildArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
if (build.error && (build.error as NodeJS.ErrnoException).code === "ENOENT")
  build = spawnSync("npx", ["-y", "pnpm@10", ...buildArgs], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
if (build.status !== 0 || !existsSync(graph)) {
  console.error(
    `scoreDevReference: the build failed (exit ${build.status ?? build.error?.message}); files kept in ${tmp}`,
  );
  process.exit(1);
}

const scoreFlags = flags.filter((f) => f === "--json" || f === "--coarse");
const scorerArgs = [scorer, graph, join(tmp, "gold.json"), ...scoreFlags];
const score = spawnSync(process.execPath, scorerArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
// The scorer gives one typed recall over all categories; the per-category figures come from its --json lists.
if (score.status === 0 && !flags.includes("--json")) {
  const run = spawnSync(process.execPath, [...scorerArgs, "--json"], { cwd: root, encoding: "utf8" });
  const result = JSON.parse(run.stdout) as { relations: { missing: string[]; mistyped: string[] } };
  const required = gold.relations.filter((r) => r.required);
  const rows = recallByCategory(required, result.relations.missing, result.relations.mistyped);
  console.log(formatCategoryRecall(rows).join("\n"));
}
if (!flags.includes("--keep")) rmSync(tmp, { recursive: true, force: true });
process.exit(score.status ?? 1);
