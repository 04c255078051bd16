// Pattern templates: many static patterns share one shape and differ in a lemma set, a dependency list or one
// node's constraint. A template holds the shape with "$PARAM" placeholders; each use names the template, binds
// its parameters and may add constraints to named nodes. Uses stay in the pattern list where they stand, so the
// order patterns are read in (which decides the label an edge keeps) is the list's order.
import type { NodeSpec, PatternFile, StaticPattern } from "./matcher.js";

/** A placeholder a use binds. */
type Param = `$${string}`;
/** A node spec whose string fields and list elements may be placeholders. */
export type TemplateNode = {
  [K in keyof NodeSpec]: NodeSpec[K] extends readonly (infer E)[] | undefined ? (E | Param)[] : NodeSpec[K] | Param;
};
/** A pattern without its identity, over template nodes. */
export type PatternTemplate = Omit<StaticPattern, "id" | "why" | "confidence" | "nodes"> & { nodes: TemplateNode[] };

export interface PatternUse {
  use: string;
  id: string;
  why: string;
  confidence: number;
  /** Placeholder values: a list element "$P" becomes all of them, a string field "$P" the first. */
  bind?: Record<string, string[]>;
  /** Constraints added to (or replacing those of) named nodes. */
  with?: Record<string, Partial<NodeSpec>>;
  /** Replaces the template's category or label. */
  category?: StaticPattern["category"];
  label?: StaticPattern["label"];
}

export interface TemplatedPatternFile {
  sets: Record<string, string[]>;
  templates: Record<string, PatternTemplate>;
  patterns: (StaticPattern | PatternUse)[];
}

function substitute(value: unknown, bind: Record<string, string[]>, where: string): unknown {
  const param = (s: string): string[] => {
    const v = bind[s.slice(1)];
    if (!v) throw new Error(`pattern ${where}: parameter ${s} is not bound`);
    return v;
  };
  if (typeof value === "string") return value.startsWith("$") ? param(value)[0] : value;
  if (Array.isArray(value))
    return value.flatMap((x) => (typeof x === "string" && x.startsWith("$") ? param(x) : [substitute(x, bind, where)]));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, bind, where)]));
  return value;
}

function expandUse(templates: TemplatedPatternFile["templates"], u: PatternUse): StaticPattern {
  const t = templates[u.use];
  if (!t) throw new Error(`pattern ${u.id}: unknown template ${u.use}`);
  const nodes = (substitute(t.nodes, u.bind ?? {}, u.id) as NodeSpec[]).map((n) => ({ ...n, ...u.with?.[n.name] }));
  for (const name of Object.keys(u.with ?? {}))
    if (!nodes.some((n) => n.name === name)) throw new Error(`pattern ${u.id}: no node ${name} in ${u.use}`);
  return {
    id: u.id,
    why: u.why,
    category: u.category ?? t.category,
    nodes,
    source: t.source,
    target: t.target,
    label: u.label ?? t.label,
    confidence: u.confidence,
  };
}

/** A set may include another ("@PLACE_NOUN" in a wider set of place nouns): members of the named set, in place. */
function resolveSets(sets: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const resolve = (name: string, seen: readonly string[]): string[] => {
    if (out[name]) return out[name];
    const list = sets[name];
    if (!list) throw new Error(`word set @${name} is not defined`);
    if (seen.includes(name)) throw new Error(`word set @${name} includes itself`);
    const words = [...new Set(list.flatMap((w) => (w.startsWith("@") ? resolve(w.slice(1), [...seen, name]) : [w])))];
    return (out[name] = words);
  };
  for (const name of Object.keys(sets)) resolve(name, []);
  return out;
}

/** Every use expanded into a plain pattern, in list order; sets that include other sets resolved. */
export function expandPatterns(file: TemplatedPatternFile): PatternFile {
  return {
    sets: resolveSets(file.sets),
    patterns: file.patterns.map((p) => ("use" in p ? expandUse(file.templates, p) : p)),
  };
}
