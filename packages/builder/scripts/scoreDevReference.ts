// Scores today's builder against the CNN development reference in test/dev-reference/cnn.
//   npx tsx packages/builder/scripts/scoreDevReference.ts [REPO_ROOT] [--json] [--coarse] [--keep] [--ner-model=M]
//
// For every <doc>.gold.json it copies the annotated article from ../shared (relative to the repo root) into a
// temporary articles directory as a Markdown file with front matter (title, publisher), merges the per-article
// gold files into one gold JSON, runs `pnpm kg build --articles TMP --out TMP/graph.json --no-curation` and then
// `node ../shared/eval/score.mjs TMP/graph.json TMP/gold.json`, printing the scorer's output. The article texts
// never enter the repository; without ../shared the script says so and exits cleanly.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseFrontMatter } from "../src/io/parseFrontMatter.js";

interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  docs?: string[];
  required: boolean;
}
interface GoldRelation {
  source: string;
  target: string;
  category: string;
  label?: string;
  doc?: string;
  required: boolean;
}
interface GoldFile {
  about?: string;
  documents: Record<string, string>;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const [rootArg] = args.filter((a) => !a.startsWith("--"));
const root = resolve(rootArg ?? join(import.meta.dirname, "../../.."));
const shared = resolve(root, "../shared");
const scorer = join(shared, "eval/score.mjs");
const refDir = join(root, "test/dev-reference/cnn");

if (!existsSync(scorer) || !existsSync(join(shared, "corpus/cnn"))) {
  console.log(`scoreDevReference: ${shared} (corpus/cnn and eval/score.mjs) is not available; nothing to score.`);
  process.exit(0);
}
if (!existsSync(refDir)) {
  console.log(`scoreDevReference: no reference annotations in ${refDir}; nothing to score.`);
  process.exit(0);
}

/** Merges per-article gold files: one entity per id (aliases and docs united, required if any file requires it). */
function mergeGold(files: GoldFile[]): GoldFile {
  const documents: Record<string, string> = {};
  const entities = new Map<string, GoldEntity>();
  const relations: GoldRelation[] = [];
  for (const g of files) {
    Object.assign(documents, g.documents);
    for (const e of g.entities) {
      const seen = entities.get(e.id);
      if (!seen) {
        entities.set(e.id, { ...e, aliases: [...e.aliases], docs: [...(e.docs ?? [])] });
        continue;
      }
      if (seen.type !== e.type)
        console.error(`  warning: ${e.id} is ${seen.type} in one file and ${e.type} in another`);
      for (const a of [e.name, ...e.aliases]) if (a !== seen.name && !seen.aliases.includes(a)) seen.aliases.push(a);
      for (const d of e.docs ?? []) if (!seen.docs!.includes(d)) seen.docs!.push(d);
      seen.required ||= e.required;
    }
    relations.push(...g.relations);
  }
  return {
    about: "Merged CNN development reference (test/dev-reference/cnn), written by scoreDevReference.ts.",
    documents,
    entities: [...entities.values()],
    relations,
  };
}

/** The article as the builder reads it: front matter with title and publisher, then the text. */
function toArticle(raw: string, fallbackTitle: string): string {
  const front = parseFrontMatter(raw.replace(/^\uFEFF/, ""));
  const body = front ? front.body : raw;
  const title = front?.data["title"] ?? fallbackTitle;
  const publisher = front?.data["publisher"] ?? "CNN";
  return `---\ntitle: ${JSON.stringify(title)}\npublisher: ${JSON.stringify(publisher)}\n---\n\n${body.trim()}\n`;
}

const goldFiles = readdirSync(refDir)
  .filter((f) => f.endsWith(".gold.json"))
  .sort();
if (goldFiles.length === 0) {
  console.log(`scoreDevReference: no *.gold.json in ${refDir}; nothing to score.`);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), "dev-reference-"));
const articles = join(tmp, "articles");
mkdirSync(articles);
const golds: GoldFile[] = [];
let missing = 0;
for (const f of goldFiles) {
  const g = JSON.parse(readFileSync(join(refDir, f), "utf8")) as GoldFile;
  golds.push(g);
  for (const [doc, rel] of Object.entries(g.documents)) {
    const src = join(shared, rel);
    if (!existsSync(src)) {
      console.error(`  missing article ${src} (for ${f})`);
      missing++;
      continue;
    }
    writeFileSync(join(articles, `${doc}.md`), toArticle(readFileSync(src, "utf8"), basename(src)));
  }
}
const gold = mergeGold(golds);
writeFileSync(join(tmp, "gold.json"), JSON.stringify(gold, null, 1));
console.log(
  `scoreDevReference: ${goldFiles.length} reference files, ${Object.keys(gold.documents).length - missing} articles, ` +
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

const scorerArgs = [scorer, graph, join(tmp, "gold.json"), ...flags.filter((f) => f === "--json" || f === "--coarse")];
const score = spawnSync(process.execPath, scorerArgs, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
if (!flags.includes("--keep")) rmSync(tmp, { recursive: true, force: true });
process.exit(score.status ?? 1);
