// Hyphenated participle modifiers that carry a relation between the name before the hyphen and the phrase they
// modify ("a Varnsk-born painter", "a Porvik-based firm"): one data table (data/hyphen-modifiers.json) read by the
// mention finder (which names it splits out) and by the static patterns (which relation each states).
import type { RelationCategory } from "@newskg/graph-model";
import { readDataFile, stringList } from "../../data/readDataFile.js";

export interface HyphenModifier {
  /** The participle after the last hyphen, lowercased ("born"). */
  suffix: string;
  /** "place": any capitalized name (a country when the gazetteer knows it); "body": a known country or an acronym. */
  prefix: "place" | "body";
  category: RelationCategory;
  /** "modified": the edge goes from the phrase modified to the name; "name": from the name to the phrase. */
  from: "modified" | "name";
  label: string;
}

const FILE = "hyphen-modifiers.json";
const CATEGORIES = new Set(["ORIGIN", "LOCATION", "PART_OF", "ROLE", "SUPPORT"]);

function load(): ReadonlyMap<string, HyphenModifier> {
  const data = readDataFile<{ modifiers?: unknown }>(FILE);
  if (!Array.isArray(data.modifiers)) throw new Error(`data file ${FILE}: "modifiers" must be a list`);
  const out = new Map<string, HyphenModifier>();
  for (const row of data.modifiers as Partial<HyphenModifier>[]) {
    const ok =
      typeof row.suffix === "string" &&
      /^[a-z]+$/.test(row.suffix) &&
      (row.prefix === "place" || row.prefix === "body") &&
      CATEGORIES.has(row.category ?? "") &&
      (row.from === "modified" || row.from === "name") &&
      typeof row.label === "string";
    if (!ok) throw new Error(`data file ${FILE}: bad row ${JSON.stringify(row)}`);
    if (out.has(row.suffix!)) throw new Error(`data file ${FILE}: suffix "${row.suffix}" listed twice`);
    out.set(row.suffix!, row as HyphenModifier);
  }
  return out;
}

/** Rows by suffix. */
export const HYPHEN_MODIFIERS: ReadonlyMap<string, HyphenModifier> = load();

/** Capitalized words that are common nouns before a modifier suffix ("Internet-based"), never names. */
export const NOT_MODIFIER_NAMES: ReadonlySet<string> = new Set(
  stringList(readDataFile<Record<string, unknown>>(FILE), "notNames", FILE),
);

/** The name and the row of a hyphenated modifier token ("Varnsk-born" -> Varnsk, born), or undefined. */
export function splitHyphenModifier(token: string): { name: string; modifier: HyphenModifier } | undefined {
  const cut = token.lastIndexOf("-");
  if (cut <= 0) return undefined;
  const modifier = HYPHEN_MODIFIERS.get(token.slice(cut + 1).toLowerCase());
  const name = token.slice(0, cut);
  // A capitalized name of letters, periods and inner hyphens ("U.S.", "Baden-Baden"), not a lower-case word.
  if (!modifier || !/^\p{Lu}[\p{L}.'-]*$/u.test(name) || name.endsWith("-") || NOT_MODIFIER_NAMES.has(name))
    return undefined;
  return { name, modifier };
}
