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
  /** Preposition (case child) not in this list. */
  notPrep?: string[];
  /** Has a child with one of these relations ("cop" for copular predicates). */
  hasChild?: string[];
  /** Has no child with any of these relations. */
  notHasChild?: string[];
  /** The token is in an entity span of one of these types. */
  ent?: EntityType[];
  /**
   * Span kind required: "adjective", "group", "name" (neither adjective nor group), or the suffix of the hyphenated
   * modifier the name is in ("based", "born": data/hyphen-modifiers.json).
   */
  kind?: string[];
  /** The token is in no entity span (a title noun may still stand for the name apposed to it). */
  noEnt?: boolean;
  /** The token's phrase is not set off by a comma before it (", in X": an item of a list, or a restatement). */
  notSetOff?: boolean;
  /** The token's phrase starts right after the phrase of the node it is reached from (siblings read as one phrase). */
  adjacent?: boolean;
  /** A comma or an opening parenthesis comes right before the token's phrase ("X, Y", "X (Y)"). */
  setOff?: boolean;
  /**
   * No comma lies between the node it is reached from and the token's phrase after it: the parse often hangs a
   * phrase that follows a comma on an earlier name ("A and B, with shows in Y": "in Y" is not on A).
   */
  noCommaBetween?: boolean;
  /** The word is written in lower case: a capitalized common noun mid-sentence is part of a name or a heading. */
  lowercase?: boolean;
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

/**
 * A node spec with its lists as sets and its "@SET" references expanded into them: `accepts` runs for every token
 * against every pattern's anchor, so membership must not scan lists or look sets up by name. Every field is always
 * present (undefined when the spec has none), so all compiled nodes share one shape and property reads stay fast.
 */
interface CompiledNode {
  name: string;
  from: string | undefined;
  op: Operator | undefined;
  upos: ReadonlySet<string> | undefined;
  dep: ReadonlySet<string> | undefined;
  notDep: ReadonlySet<string> | undefined;
  lemma: ReadonlySet<string> | undefined;
  notLemma: ReadonlySet<string> | undefined;
  prep: ReadonlySet<string> | undefined;
  notPrep: ReadonlySet<string> | undefined;
  hasChild: ReadonlySet<string> | undefined;
  notHasChild: ReadonlySet<string> | undefined;
  ent: ReadonlySet<string> | undefined;
  kind: ReadonlySet<string> | undefined;
  noEnt: boolean;
  notSetOff: boolean;
  adjacent: boolean;
  setOff: boolean;
  noCommaBetween: boolean;
  lowercase: boolean;
  /** Only tokens in an entity span can match. */
  needsEntity: boolean;
  /** The spec's tests (not its name): anchors with the same key accept the same tokens. */
  key: string;
}

type Sets = MatchContext["sets"];

/** A word list with named sets expanded: the same members `x === value || sets.get(x)?.has(value)` accepts. */
function wordSet(sets: Sets, list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const x of list) {
    if (!x.startsWith("@")) out.add(x);
    else for (const w of sets.get(x.slice(1)) ?? []) out.add(w);
  }
  return out;
}

const setOf = (list: readonly string[] | undefined): Set<string> | undefined => (list ? new Set(list) : undefined);

function compileNode(sets: Sets, spec: NodeSpec): CompiledNode {
  return {
    name: spec.name,
    from: spec.from,
    op: spec.op,
    upos: setOf(spec.upos),
    dep: setOf(spec.dep),
    notDep: setOf(spec.notDep),
    lemma: spec.lemma ? wordSet(sets, spec.lemma) : undefined,
    notLemma: spec.notLemma ? wordSet(sets, spec.notLemma) : undefined,
    prep: setOf(spec.prep),
    notPrep: setOf(spec.notPrep),
    hasChild: setOf(spec.hasChild),
    notHasChild: setOf(spec.notHasChild),
    ent: setOf(spec.ent),
    kind: setOf(spec.kind),
    noEnt: !!spec.noEnt,
    notSetOff: !!spec.notSetOff,
    adjacent: !!spec.adjacent,
    setOff: !!spec.setOff,
    noCommaBetween: !!spec.noCommaBetween,
    lowercase: !!spec.lowercase,
    needsEntity: !!(spec.ent || spec.kind),
    key: JSON.stringify({ ...spec, name: undefined, from: undefined, op: undefined }),
  };
}

/** Compiled nodes by pattern, per set table (patterns are data: compiled on first use, never edited after). */
const compiled = new WeakMap<Sets, WeakMap<StaticPattern, CompiledNode[]>>();

function compiledNodes(sets: Sets, p: StaticPattern): CompiledNode[] {
  let bySets = compiled.get(sets);
  if (!bySets) compiled.set(sets, (bySets = new WeakMap()));
  let nodes = bySets.get(p);
  if (!nodes) bySets.set(p, (nodes = p.nodes.map((spec) => compileNode(sets, spec))));
  return nodes;
}

/**
 * Per match context (one article): each token's lowercased lemma (or word) and word, computed once; the tokens in
 * an entity span; and the tokens each anchor accepts, by anchor key (ten patterns start at the same person name).
 */
interface TokenForms {
  lemma: string[];
  word: string[];
  entityTokens: number[] | undefined;
  /** The same by the type of the span spanOf gives them. */
  entityByType: Map<string, number[]> | undefined;
  /** Tokens by lowercased lemma and by lowercased word (a token once per list), ascending. */
  byForm: Map<string, number[]> | undefined;
  /** Tokens by UPOS, ascending. */
  byUpos: Map<string, number[]> | undefined;
  anchors: Map<string, number[]>;
}
const formsByContext = new WeakMap<MatchContext, TokenForms>();

function tokenForms(ctx: MatchContext): TokenForms {
  let forms = formsByContext.get(ctx);
  if (!forms) {
    const { doc } = ctx;
    const lemma = new Array<string>(doc.length);
    const word = new Array<string>(doc.length);
    for (let i = 0; i < doc.length; i++) {
      lemma[i] = doc.lowerLemma(i);
      word[i] = doc.lowerWord(i);
    }
    formsByContext.set(
      ctx,
      (forms = {
        lemma,
        word,
        entityTokens: undefined,
        entityByType: undefined,
        byForm: undefined,
        byUpos: undefined,
        anchors: new Map(),
      }),
    );
  }
  return forms;
}

/** Marks that set a phrase off from the one before it ("X, Y", "X (Y)"). */
const SET_OFF_MARKS = new Set([",", "("]);

/** The word right before the token's phrase (its earlier non-punctuation children included). */
function wordBeforePhrase(doc: MatchContext["doc"], i: number): string | undefined {
  let first = i;
  for (const c of doc.children(i)) if (c < first && doc.upos[c] !== "PUNCT") first = c;
  return doc.words[first - 1];
}

/** A comma right before the phrase's first word (its preposition, determiner or modifier before it). */
function setOffByComma(doc: MatchContext["doc"], i: number): boolean {
  return wordBeforePhrase(doc, i) === ",";
}

/** Whether a comma lies between token `from` and the phrase of a later token `c`. */
function commaBetween(doc: Doc, from: number, c: number): boolean {
  const start = phraseEdges(doc, c)[0];
  for (let k = from + 1; k < start; k++) if (doc.words[k] === ",") return true;
  return false;
}

const isLowercase = (word: string) => word !== "" && word[0] === word[0]!.toLowerCase();

function accepts(ctx: MatchContext, forms: TokenForms, n: CompiledNode, i: number): boolean {
  const { doc } = ctx;
  // Cheap checks first: this runs for every token against every pattern's anchor.
  if (n.upos && !n.upos.has(doc.upos[i] ?? "X")) return false;
  const dep = doc.deprel[i] ?? "";
  if (n.dep && !n.dep.has(dep)) return false;
  if (n.notDep && n.notDep.has(dep)) return false;
  if (n.lemma || n.notLemma) {
    const lemma = forms.lemma[i] ?? "";
    const word = forms.word[i] ?? "";
    if (n.lemma && !n.lemma.has(lemma) && !n.lemma.has(word)) return false;
    if (n.notLemma && (n.notLemma.has(lemma) || n.notLemma.has(word))) return false;
  }
  if (n.lowercase && !isLowercase(doc.words[i] ?? "")) return false;
  if (n.prep && !n.prep.has(caseOf(doc, i))) return false;
  if (n.notPrep && n.notPrep.has(caseOf(doc, i))) return false;
  if (n.hasChild && !doc.children(i).some((c) => n.hasChild!.has(doc.deprel[c] ?? ""))) return false;
  if (n.notHasChild && doc.children(i).some((c) => n.notHasChild!.has(doc.deprel[c] ?? ""))) return false;
  if (n.noEnt && (ctx.ownSpanOf ?? ctx.spanOf)(i)) return false;
  if (n.notSetOff && setOffByComma(doc, i)) return false;
  if (n.setOff && !SET_OFF_MARKS.has(wordBeforePhrase(doc, i) ?? "")) return false;
  const span = n.needsEntity ? ctx.spanOf(i) : undefined;
  if (n.ent || n.kind) {
    if (!span) return false;
    if (n.ent && !n.ent.has(span.type)) return false;
    if (n.kind) {
      const kind = span.modifier ?? (span.adjective ? "adjective" : span.group ? "group" : "name");
      if (!n.kind.has(kind)) return false;
    }
  }
  return true;
}

function candidates(doc: Doc, from: number, op: Operator): readonly number[] {
  switch (op) {
    case ">":
      return doc.children(from);
    case "<": {
      const h = doc.head[from] ?? -1;
      return h >= 0 ? [h] : [];
    }
    case ">>": {
      const out: number[] = [];
      let layer: readonly number[] = [from];
      for (let d = 0; d < MAX_DEPTH && layer.length; d++) {
        layer = layer.flatMap((t) => doc.children(t));
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

function push(index: Map<string, number[]>, key: string, token: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [token]);
  else if (list[list.length - 1] !== token) list.push(token);
}

/** The tokens whose lemma or word is in `words` (the only ones a lemma test can accept), ascending. */
function tokensWithForm(forms: TokenForms, words: ReadonlySet<string>): number[] {
  if (!forms.byForm) {
    forms.byForm = new Map();
    for (let i = 0; i < forms.lemma.length; i++) {
      push(forms.byForm, forms.lemma[i] ?? "", i);
      push(forms.byForm, forms.word[i] ?? "", i);
    }
  }
  const byForm = forms.byForm;
  const lists: number[][] = [];
  // Whichever is smaller: the word list, or the article's vocabulary.
  if (words.size <= byForm.size) {
    for (const w of words) {
      const list = byForm.get(w);
      if (list) lists.push(list);
    }
  } else for (const [w, list] of byForm) if (words.has(w)) lists.push(list);
  if (lists.length === 1) return lists[0]!;
  const out = lists.flat().sort((a, b) => a - b);
  return out.filter((t, k) => k === 0 || out[k - 1] !== t);
}

/** The tokens listed under any of `keys` (each token is under one key), ascending. */
function listed(index: ReadonlyMap<string, number[]>, keys: ReadonlySet<string>): number[] {
  const lists: number[][] = [];
  for (const k of keys) {
    const list = index.get(k);
    if (list) lists.push(list);
  }
  if (lists.length === 1) return lists[0]!;
  return lists.flat().sort((a, b) => a - b);
}

function tokensWithUpos(ctx: MatchContext, forms: TokenForms, upos: ReadonlySet<string>): number[] {
  if (!forms.byUpos) {
    forms.byUpos = new Map();
    for (let i = 0; i < ctx.doc.length; i++) push(forms.byUpos, ctx.doc.upos[i] ?? "X", i);
  }
  return listed(forms.byUpos, upos);
}

/** Tokens spanOf gives a span, of one of `types` when given, ascending. */
function entityTokens(ctx: MatchContext, forms: TokenForms, types: ReadonlySet<string> | undefined): number[] {
  if (!forms.entityTokens || !forms.entityByType) {
    forms.entityTokens = [];
    forms.entityByType = new Map();
    for (let i = 0; i < ctx.doc.length; i++) {
      const span = ctx.spanOf(i);
      if (!span) continue;
      forms.entityTokens.push(i);
      push(forms.entityByType, span.type, i);
    }
  }
  return types ? listed(forms.entityByType, types) : forms.entityTokens;
}

/**
 * Tokens the anchor accepts, ascending. Only those that can pass its most selective test are tried: tokens in an
 * entity span (of its types), with a form in its lemma list, or of its UPOS (each token once, in order, so the
 * result is the scan's).
 */
function anchorTokens(ctx: MatchContext, forms: TokenForms, anchor: CompiledNode): number[] {
  let tokens = forms.anchors.get(anchor.key);
  if (tokens) return tokens;
  tokens = [];
  let pool: readonly number[] | undefined;
  if (anchor.needsEntity) pool = entityTokens(ctx, forms, anchor.ent);
  else if (anchor.lemma) pool = tokensWithForm(forms, anchor.lemma);
  else if (anchor.upos) pool = tokensWithUpos(ctx, forms, anchor.upos);
  if (pool) {
    for (const i of pool) if (accepts(ctx, forms, anchor, i)) tokens.push(i);
  } else for (let i = 0; i < ctx.doc.length; i++) if (accepts(ctx, forms, anchor, i)) tokens.push(i);
  forms.anchors.set(anchor.key, tokens);
  return tokens;
}

/** The first and last token of a token's phrase (its subtree, to the matcher's walk depth and beyond). */
function phraseEdges(doc: Doc, t: number): [number, number] {
  let first = t;
  let last = t;
  const stack = [t];
  for (let seen = 0; stack.length && seen < 200; seen++) {
    const k = stack.pop()!;
    if (k < first) first = k;
    if (k > last) last = k;
    stack.push(...doc.children(k));
  }
  return [first, last];
}

/** Whether a token is already bound to one of the pattern's nodes. */
function isBound(bound: ReadonlyMap<string, number>, token: number): boolean {
  for (const t of bound.values()) if (t === token) return true;
  return false;
}

/** All bindings of a pattern's nodes to tokens (node name -> token), at most `limit`. */
export function matchPattern(ctx: MatchContext, p: StaticPattern, limit = 64): Map<string, number>[] {
  const out: Map<string, number>[] = [];
  const nodes = compiledNodes(ctx.sets, p);
  const anchor = nodes[0];
  if (!anchor) return out;
  const forms = tokenForms(ctx);
  const bind = (k: number, bound: Map<string, number>): void => {
    if (out.length >= limit) return;
    const node = nodes[k];
    if (!node) {
      out.push(new Map(bound));
      return;
    }
    const from = node.from !== undefined ? bound.get(node.from) : undefined;
    if (from === undefined || !node.op) return;
    for (const c of candidates(ctx.doc, from, node.op)) {
      if (isBound(bound, c) || !accepts(ctx, forms, node, c)) continue;
      if (node.adjacent && phraseEdges(ctx.doc, c)[0] !== phraseEdges(ctx.doc, from)[1] + 1) continue;
      if (node.noCommaBetween && c > from && commaBetween(ctx.doc, from, c)) continue;
      bound.set(node.name, c);
      bind(k + 1, bound);
      bound.delete(node.name);
    }
  };
  // One binding map for every anchor: bind() removes what it adds, so only the anchor's entry is left between them.
  const bound = new Map<string, number>();
  for (const i of anchorTokens(ctx, forms, anchor)) {
    bound.set(anchor.name, i);
    bind(1, bound);
  }
  return out;
}
