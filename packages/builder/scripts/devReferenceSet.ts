// The hand-annotated development references under test/dev-reference/<set> (one <doc>.gold.json per article):
// which set a script reads (`--set NAME`, default cnn), merging its files into one gold, and per-category recall
// from the scorer's --json output. Shared by scoreDevReference.ts and diagnoseDevReference.ts.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  docs?: string[];
  required: boolean;
}
export interface GoldRelation {
  source: string;
  target: string;
  category: string;
  label?: string;
  doc?: string;
  required: boolean;
}
export interface GoldFile {
  about?: string;
  documents: Record<string, string>;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** The reference the team tunes against; others (cnn2) only measure. */
export const DEFAULT_SET = "cnn";
const SET_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Splits `--set NAME` / `--set=NAME` off the command line: the set's name (DEFAULT_SET when absent), whether it was
 * given, and the other arguments, so that NAME is not taken for a positional argument. A missing or malformed name
 * is an error.
 */
export function takeSetArgument(args: readonly string[]): { set: string; given: boolean; rest: string[] } {
  let set: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--set" || a.startsWith("--set=")) {
      if (set !== undefined) throw new Error("--set is given twice");
      set = a === "--set" ? args[++i] : a.slice("--set=".length);
      if (set === undefined || !SET_NAME.test(set))
        throw new Error(`--set needs a reference set name (lower-case letters, digits, '-'), got ${set ?? "nothing"}`);
      continue;
    }
    rest.push(a);
  }
  return { set: set ?? DEFAULT_SET, given: set !== undefined, rest };
}

/** Names of the sets in `referencesDir`: its sub-directories that hold at least one *.gold.json. */
export function listReferenceSets(referencesDir: string): string[] {
  if (!existsSync(referencesDir)) return [];
  return readdirSync(referencesDir)
    .filter((d) => statSync(join(referencesDir, d)).isDirectory())
    .filter((d) => readdirSync(join(referencesDir, d)).some((f) => f.endsWith(".gold.json")))
    .sort();
}

/** The directory of set `name` under `referencesDir`; an unknown name is an error that lists the known ones. */
export function referenceSetDir(referencesDir: string, name: string): string {
  const known = listReferenceSets(referencesDir);
  if (!known.includes(name))
    throw new Error(
      `no reference set '${name}' in ${referencesDir} (sets: ${known.length ? known.join(", ") : "none"})`,
    );
  return join(referencesDir, name);
}

/** The set's per-article gold files in name order, each with its file name. */
export function readReferenceSet(dir: string): { file: string; gold: GoldFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as GoldFile;
      if (!gold.documents || !Array.isArray(gold.entities) || !Array.isArray(gold.relations))
        throw new Error(`${join(dir, file)}: not a gold file (documents, entities and relations are required)`);
      return { file, gold };
    });
}

/**
 * Merges per-article gold files: one entity per id (names and aliases united, docs united, required if any file
 * requires it), relations concatenated. `warn` hears of an id typed differently in two files (the first type stays).
 */
export function mergeGold(files: readonly GoldFile[], about: string, warn: (m: string) => void = () => {}): GoldFile {
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
      if (seen.type !== e.type) warn(`${e.id} is ${seen.type} in one file and ${e.type} in another`);
      for (const a of [e.name, ...e.aliases]) if (a !== seen.name && !seen.aliases.includes(a)) seen.aliases.push(a);
      for (const d of e.docs ?? []) if (!seen.docs!.includes(d)) seen.docs!.push(d);
      seen.required ||= e.required;
    }
    relations.push(...g.relations);
  }
  return { about, documents, entities: [...entities.values()], relations };
}

/** The event categories (CAMEO-coded actions between actors) that the project's targets group together. */
export const EVENT_CATEGORIES = ["COERCION", "VIOLENCE", "OPPOSITION", "SUPPORT"] as const;

export interface CategoryRecall {
  category: string;
  required: number;
  /** Required relations whose two ends are joined by some typed edge. */
  pairFound: number;
  /** ... by an edge of the same category and direction (symmetric categories in either direction). */
  typedFound: number;
}

/**
 * Recall per category of the required relations, from the scorer's `relations.missing` (pair not found) and
 * `relations.mistyped` (pair found, category or direction wrong) lists, whose items read "source -CATEGORY-> target".
 */
export function recallByCategory(
  required: readonly GoldRelation[],
  missing: readonly string[],
  mistyped: readonly string[],
): CategoryRecall[] {
  const count = (items: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const s of items) {
      const c = / -([A-Z_]+)-> /.exec(s)?.[1];
      if (!c) throw new Error(`unexpected relation in the scorer's output: ${s}`);
      m.set(c, (m.get(c) ?? 0) + 1);
    }
    return m;
  };
  const miss = count(missing);
  const wrong = count(mistyped);
  const totals = new Map<string, number>();
  for (const r of required) totals.set(r.category, (totals.get(r.category) ?? 0) + 1);
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, n]) => {
      const pairFound = n - (miss.get(category) ?? 0);
      return { category, required: n, pairFound, typedFound: pairFound - (wrong.get(category) ?? 0) };
    });
}

/** Lines for a terminal: each category, then the event categories together and STATEMENT. */
export function formatCategoryRecall(rows: readonly CategoryRecall[]): string[] {
  const sum = (pick: (r: CategoryRecall) => boolean) =>
    rows.filter(pick).reduce((a, r) => ({ n: a.n + r.required, typed: a.typed + r.typedFound }), { n: 0, typed: 0 });
  const ratio = (x: number, n: number) => `${x}/${n}${n ? ` (${(x / n).toFixed(2)})` : ""}`;
  const events = sum((r) => (EVENT_CATEGORIES as readonly string[]).includes(r.category));
  const statements = sum((r) => r.category === "STATEMENT");
  return [
    "by category (required relations): typed found / required, pair found",
    ...rows.map((r) => `  ${r.category.padEnd(12)} typed ${ratio(r.typedFound, r.required)}  pair ${r.pairFound}`),
    `  events (${EVENT_CATEGORIES.join(", ")}) typed ${ratio(events.typed, events.n)}`,
    `  STATEMENT typed ${ratio(statements.typed, statements.n)}`,
  ];
}
