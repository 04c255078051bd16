// A small pattern language over dependency parses, in the spirit of spaCy's DependencyMatcher: a pattern is a
// list of nodes, the first anchored anywhere, each later one reached from an earlier node by an operator
// (">" child, "<" head, ">>" descendant, "<<" ancestor, "$" sibling) and filtered by attributes (lemma, word,
// UPOS, relation, the preposition on it, the entity type and kind of the span at it). Patterns are data
// (staticPatterns.ts); this file only matches them.
import type { EntityType, RelationCategory } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import { caseOf } from "./predicates.js";
import type { EntitySpan } from "./types.js";

export type Operator = ">" | "<" | ">>" | "<<" | "$";

export interface NodeSpec {
  name: string;
  /** Earlier node this one is reached from, and how (absent on the anchor). */
  from?: string;
  op?: Operator;
  /** Lemma (or lowercased word when the lemma is empty) in this list, or in a named set "@SET". */
  lemma?: string[];
  /** Lemma (or word) not in this list or named set. */
  notLemma?: string[];
  upos?: string[];
  dep?: string[];
  notDep?: string[];
  /** Preposition (case child) in this list; [""] means none. */
  prep?: string[];
  /** Has a child with one of these relations ("cop" for copular predicates). */
  hasChild?: string[];
  /** Has no child with any of these relations. */
  notHasChild?: string[];
  /** The token is in an entity span of one of these types. */
  ent?: EntityType[];
  /** Span kind required: "adjective", "group", "based", "name" (neither adjective nor group). */
  kind?: ("adjective" | "group" | "based" | "name")[];
  /** The token is in no entity span (a title noun may still stand for the name apposed to it). */
  noEnt?: boolean;
}

export interface StaticPattern {
  id: string;
  /** The general linguistic behaviour the pattern encodes. */
  why: string;
  category: RelationCategory;
  nodes: NodeSpec[];
  source: string;
  target: string;
  /** Label: a node's words (with its title modifiers) or a fixed string. */
  label: { node: string } | { text: string };
  confidence: number;
}

export interface PatternFile {
  sets: Record<string, string[]>;
  patterns: StaticPattern[];
}

export interface MatchContext {
  doc: Doc;
  /** The entity span a token stands for: its own, or the name on a descriptor noun ("the company X"). */
  spanOf: (token: number) => EntitySpan | undefined;
  sets: ReadonlyMap<string, ReadonlySet<string>>;
  /** The span the token itself is in (no descriptor or apposition reading), for `noEnt`; spanOf when absent. */
  ownSpanOf?: (token: number) => EntitySpan | undefined;
}

/** Bound on descendant/ancestor walks, so a malformed parse cannot make a match expensive. */
const MAX_DEPTH = 4;

function lemmaOf(doc: Doc, i: number): string {
  return (doc.lemma[i] || doc.words[i] || "").toLowerCase();
}

function inList(ctx: MatchContext, list: string[], value: string): boolean {
  for (const x of list) {
    if (x.startsWith("@")) {
      if (ctx.sets.get(x.slice(1))?.has(value)) return true;
    } else if (x === value) return true;
  }
  return false;
}

function accepts(ctx: MatchContext, spec: NodeSpec, i: number): boolean {
  const { doc } = ctx;
  // Cheap checks first: this runs for every token against every pattern's anchor.
  if (spec.upos && !spec.upos.includes(doc.upos[i] ?? "X")) return false;
  const dep = doc.deprel[i] ?? "";
  if (spec.dep && !spec.dep.includes(dep)) return false;
  if (spec.notDep && spec.notDep.includes(dep)) return false;
  if (spec.lemma || spec.notLemma) {
    const lemma = lemmaOf(doc, i);
    const word = (doc.words[i] ?? "").toLowerCase();
    if (spec.lemma && !inList(ctx, spec.lemma, lemma) && !inList(ctx, spec.lemma, word)) return false;
    if (spec.notLemma && (inList(ctx, spec.notLemma, lemma) || inList(ctx, spec.notLemma, word))) return false;
  }
  if (spec.prep && !spec.prep.includes(caseOf(doc, i))) return false;
  if (spec.hasChild && !doc.children(i).some((c) => spec.hasChild!.includes(doc.deprel[c] ?? ""))) return false;
  if (spec.notHasChild && doc.children(i).some((c) => spec.notHasChild!.includes(doc.deprel[c] ?? ""))) return false;
  if (spec.noEnt && (ctx.ownSpanOf ?? ctx.spanOf)(i)) return false;
  const span = spec.ent || spec.kind ? ctx.spanOf(i) : undefined;
  if (spec.ent || spec.kind) {
    if (!span) return false;
    if (spec.ent && !spec.ent.includes(span.type)) return false;
    if (spec.kind) {
      const kind = span.based ? "based" : span.adjective ? "adjective" : span.group ? "group" : "name";
      if (!spec.kind.includes(kind)) return false;
    }
  }
  return true;
}

function candidates(doc: Doc, from: number, op: Operator): number[] {
  switch (op) {
    case ">":
      return [...doc.children(from)];
    case "<": {
      const h = doc.head[from] ?? -1;
      return h >= 0 ? [h] : [];
    }
    case ">>": {
      const out: number[] = [];
      let layer = [from];
      for (let d = 0; d < MAX_DEPTH && layer.length; d++) {
        layer = layer.flatMap((t) => [...doc.children(t)]);
        out.push(...layer);
      }
      return out;
    }
    case "<<": {
      const out: number[] = [];
      let h = doc.head[from] ?? -1;
      for (let d = 0; d < MAX_DEPTH && h >= 0; d++, h = doc.head[h] ?? -1) out.push(h);
      return out;
    }
    case "$": {
      const h = doc.head[from] ?? -1;
      return h >= 0 ? doc.children(h).filter((c) => c !== from) : [];
    }
  }
}

/** All bindings of a pattern's nodes to tokens (node name -> token), at most `limit`. */
export function matchPattern(ctx: MatchContext, p: StaticPattern, limit = 64): Map<string, number>[] {
  const out: Map<string, number>[] = [];
  const anchor = p.nodes[0];
  if (!anchor) return out;
  const bind = (k: number, bound: Map<string, number>): void => {
    if (out.length >= limit) return;
    const spec = p.nodes[k];
    if (!spec) {
      out.push(new Map(bound));
      return;
    }
    const from = spec.from !== undefined ? bound.get(spec.from) : undefined;
    if (from === undefined || !spec.op) return;
    const used = new Set(bound.values());
    for (const c of candidates(ctx.doc, from, spec.op)) {
      if (used.has(c) || !accepts(ctx, spec, c)) continue;
      bound.set(spec.name, c);
      bind(k + 1, bound);
      bound.delete(spec.name);
    }
  };
  for (let i = 0; i < ctx.doc.length; i++) {
    if (!accepts(ctx, anchor, i)) continue;
    bind(1, new Map([[anchor.name, i]]));
  }
  return out;
}
