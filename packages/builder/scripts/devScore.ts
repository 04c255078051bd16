// Dev loop: extracts the articles of a directory (default graph-data/articles), resolves them across documents,
// writes a graphology-style JSON to /tmp and runs the project's scorer on it when available.
//   npx tsx packages/builder/scripts/devScore.ts [ARTICLES_DIR] [GOLD.json] [--rules] [--dump] [--model=FILE]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { capitalizationTagger, extractDocument, resolveAcrossDocuments } from "../src/extract/index.js";
import type { ArticleInput, DocumentExtraction } from "../src/extract/index.js";
import type { NerTagger } from "../src/ner/types.js";
import { existsSync as parserModelExists } from "node:fs";
import { loadDependencyParser } from "../src/nlp/loadDependencyParser.js";
import { defaultParserModelPath } from "../src/nlp/parserPaths.js";

// The shipped parser when its model is installed (relations are read from its parses).
const parser = parserModelExists(defaultParserModelPath) ? loadDependencyParser() : undefined;

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const [dirArg, goldArg] = args.filter((a) => !a.startsWith("--"));
const dir = resolve(dirArg ?? join(import.meta.dirname, "../../../graph-data/articles"));

/** Reads a markdown article: YAML-ish front matter (title, date) then the text. */
export function readArticle(file: string): ArticleInput {
  const raw = readFileSync(file, "utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  const meta: Record<string, string> = {};
  if (m)
    for (const line of m[1]!.split(/\r?\n/)) {
      const kv = /^(\w+):\s*"?(.*?)"?\s*$/.exec(line);
      if (kv) meta[kv[1]!] = kv[2]!;
    }
  const text = m ? raw.slice(m[0].length) : raw;
  const name = basename(file).replace(/\.(md|txt)$/, "");
  const a: ArticleInput = { docKey: `doc:${name}`, file: basename(file), title: meta["title"] ?? name, text };
  if (meta["date"]) a.date = meta["date"];
  return a;
}

async function loadTagger(): Promise<NerTagger> {
  if (flags.has("--rules")) return capitalizationTagger;
  // NER_INDEX points at another copy of src/ner/index.ts (e.g. the last commit's while the tagger is being edited).
  const nerIndex = process.env["NER_INDEX"] ?? join(import.meta.dirname, "../src/ner/index.ts");
  if (!existsSync(nerIndex)) return capitalizationTagger;
  const mod = (await import(nerIndex)) as { loadNerTagger: (path?: string) => NerTagger };
  const model = args.find((a) => a.startsWith("--model="))?.slice("--model=".length);
  return model ? mod.loadNerTagger(resolve(model)) : mod.loadNerTagger();
}

const tagger = await loadTagger();
const files = readdirSync(dir)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort();
const t0 = performance.now();
const extractions: DocumentExtraction[] = files.map((f) => extractDocument(readArticle(join(dir, f)), tagger, parser));
const { entities, keyOf } = resolveAcrossDocuments(extractions);
const ms = performance.now() - t0;
const nodes = entities.map((e) => ({
  key: e.key,
  attributes: { label: e.label, type: e.type, aliases: e.aliases, roles: e.roles },
}));
const edges = extractions.flatMap((x) =>
  x.relations.map((r) => ({
    source: keyOf.get(`${x.docKey}#${r.source}`)!,
    target: keyOf.get(`${x.docKey}#${r.target}`)!,
    attributes: {
      category: r.category,
      label: r.label,
      confidence: r.confidence,
      date: r.date,
      quantities: r.quantities,
    },
  })),
);
const out = `/tmp/devScore-${basename(dir)}.json`;
writeFileSync(out, JSON.stringify({ nodes, edges }, null, 1));
const words = extractions.reduce((n, x) => n + x.wordCount, 0);
console.error(`${files.length} articles, ${words} words, ${ms.toFixed(0)} ms (tagger ${tagger.modelName}) -> ${out}`);
for (const x of extractions) for (const w of x.warnings) console.error(`  ${x.docKey}: ${w}`);
if (flags.has("--dump")) {
  for (const n of nodes)
    console.log(
      `${n.attributes.type.padEnd(12)} ${n.key}  [${n.attributes.aliases.join(" | ")}] ${n.attributes.roles.join(", ")}`,
    );
  for (const e of edges)
    if (e.attributes.category !== "CO_OCCURRENCE")
      console.log(
        `${e.source} -${e.attributes.category}(${e.attributes.label}${e.attributes.date ? " @" + e.attributes.date : ""}${e.attributes.quantities ? " #" + e.attributes.quantities.map((q) => q.text + (q.unit ? " " + q.unit : "")).join(",") : ""})-> ${e.target}`,
      );
}
const scorer = fileURLToPath(new URL("../../../../shared/eval/score.mjs", import.meta.url));
if (existsSync(scorer)) {
  const scoreArgs = [scorer, out, ...(goldArg ? [resolve(goldArg)] : [])];
  console.log(execFileSync(process.execPath, scoreArgs, { encoding: "utf8" }));
}
