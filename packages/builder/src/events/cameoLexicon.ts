// The CAMEO event lexicon: verb lemma -> default CAMEO code and phrase patterns over the verb's dependents, loaded
// from packages/builder/data/cameo-lexicon.jsonl (generated from the PETRARCH2 dictionary by
// scripts/buildCameoLexicon.ts), with codes mapped to ontology categories by data/cameo-categories.json.
//
// `match(doc, predicate)` reads the predicate's lemma, then tries the verb's patterns against its dependents in the
// parse: a particle (compound:prt), the object (obj/iobj, or nsubj:pass in a passive), obliques with their
// preposition (obl + case, or nmod + case under the object: "signed an agreement with X"), a subject word, modals
// and negation. The most specific pattern that matches wins; a pattern coded "---" means the phrase is not an event
// ("the crew abandoned the ship"). With no pattern the verb's default code applies, unless the verb has a particle
// no pattern took ("shelled out" is not "shelled"). A light verb with no event of its own passes the event to its
// object noun ("mounted an attack on X"), and a noun predicate the dictionary has as a verb is coded with its
// argument ("the arrest of X").
import { readFileSync } from "node:fs";
import type { RelationCategory } from "@newskg/graph-model";
import type { Doc } from "../nlp/doc.js";
import type { CompiledPattern, LexItem, NounPhrase, SlotItem } from "./cameoDictionary.js";
import { LEXICON_FORMAT } from "./cameoDictionary.js";

export interface CameoMatch {
  /** CAMEO event code ("173"). */
  code: string;
  category: RelationCategory;
  /** The predicate's words that carry the event: "arrested", "blew up", "signed an agreement with". */
  label: string;
  /**
   * The dictionary pattern that matched ("* + INTO CUSTODY"), "*" for the verb's default code; for an event noun
   * (a light verb's object, or a nominal predicate) the noun and its preposition ("ATTACK ON +").
   */
  pattern: string;
  /**
   * Doc token index of the target: what the pattern's `+` slot matched; with the verb alone, its object (or the
   * passive subject) when it has one.
   */
  target?: number;
}

export interface CameoLexicon {
  match(doc: Doc, predicate: number): CameoMatch | undefined;
  /** Category of a CAMEO code, by its root (or a longer prefix the category table names). */
  categoryOf(code: string): RelationCategory | undefined;
  /** Whether a lemma is in the lexicon. */
  has(lemma: string): boolean;
  /** The lemma of a verb form the dictionary lists ("beaten" -> beat), or of a lemma it has; undefined otherwise. */
  verbOfForm(word: string): string | undefined;
  /** The default CAMEO code of a verb lemma ("---" for none of its own), or undefined when the lemma is unknown. */
  codeOf(lemma: string): string | undefined;
  readonly verbCount: number;
  /** Distinct compiled patterns (block patterns counted once). */
  readonly patternCount: number;
}

export const DEFAULT_LEXICON_PATH = new URL("../../data/cameo-lexicon.jsonl", import.meta.url);
export const DEFAULT_CATEGORIES_PATH = new URL("../../data/cameo-categories.json", import.meta.url);

// ---- runtime structures ----

/** A lexical test on one token: a word, or a synset (single words in a Set, phrases by their head). */
interface Lex {
  words: ReadonlySet<string>;
  /** head word -> modifier word lists (for synset phrases such as "unmanned aerial vehicle"). */
  phrases?: ReadonlyMap<string, readonly string[][]>;
}

type NP = { slot: SlotItem; mods: ModItem[] } | { lex: Lex; mods: ModItem[] };
type ModItem = { slot: SlotItem } | { lex: Lex };

interface Pattern {
  code: string;
  text: string;
  prt?: string;
  obj?: NP;
  obl: { cases: ReadonlySet<string>; np: NP }[];
  subj?: Lex;
  aux: string[];
  neg: boolean;
  pass: boolean;
  /** Lemmas of the block the pattern is limited to. */
  only?: ReadonlySet<string>;
  /** Plain words every match needs somewhere under the verb (a quick filter before matching). */
  need: string[];
  /** Synsets every match needs under the verb. */
  needLex: Lex[];
  /** Position in its list (the verb's own patterns, or a block's), for ties. */
  pos: number;
  score: number;
}

interface Verb {
  lemma: string;
  code: string;
  /** A light verb ("mount", "carry out"): an event noun as its object carries the event. */
  light: boolean;
  /** Its noun of the same form names the event ("the arrest of X"). */
  noun: boolean;
  own: CompiledPattern[];
  blocks: string[];
  /**
   * The verb's own patterns and its blocks' (shared between the verbs of a block), built on the verb's first
   * match so that loading stays cheap.
   */
  indexes?: PatternIndex[];
}

/**
 * Patterns by a word they need: a match fetches only the patterns keyed by words under the predicate, plus the
 * few that need no word, instead of trying a block's hundreds of patterns.
 */
interface PatternIndex {
  byWord: Map<string, Pattern[]>;
  always: Pattern[];
}

function indexPatterns(list: Pattern[]): PatternIndex {
  const index: PatternIndex = { byWord: new Map(), always: [] };
  const add = (w: string, p: Pattern): void => {
    const l = index.byWord.get(w);
    if (l) l.push(p);
    else index.byWord.set(w, [p]);
  };
  for (const p of list) {
    const key = p.need[0];
    const lex = p.needLex[0];
    if (key !== undefined) add(key, p);
    else if (lex) {
      for (const w of lex.words) add(w, p);
      for (const w of lex.phrases?.keys() ?? []) if (!lex.words.has(w)) add(w, p);
    } else index.always.push(p);
  }
  return index;
}

const AUX_DEPS = new Set(["aux", "mark"]);
const OBJECT_DEPS = new Set(["obj", "iobj"]);
const SUBJECT_DEPS = new Set(["nsubj", "nsubj:pass", "csubj"]);
const PARTICLE_DEPS = new Set(["compound:prt", "advmod", "compound"]);
const NEGATION_WORDS = new Set(["not", "n't", "never", "no"]);
/** Prepositions that introduce the target of an event noun ("an attack on X", "the arrest of X"). */
const LIGHT_VERB_CASES: ReadonlySet<string> = new Set(["on", "against", "of", "upon", "at", "into", "with"]);
/** Prepositions that introduce the target of a nominal predicate ("the arrest of X", "an attack on X"). */
const NOMINAL_CASES: ReadonlySet<string> = new Set(["of", "on", "against", "upon"]);
const NON_EVENT_UPOS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "NUM", "SYM"]);

interface LexiconFile {
  synsets: Record<string, string[]>;
  blocks: Map<string, CompiledPattern[]>;
  verbs: {
    lemma: string;
    code: string;
    light?: boolean;
    noun?: boolean;
    blocks: string[];
    forms?: string[];
    patterns: CompiledPattern[];
  }[];
}

function readLexiconFile(text: string): LexiconFile {
  const lines = text.split("\n").filter((l) => l !== "");
  const header = JSON.parse(lines[0] ?? "{}") as { format?: string };
  if (header.format !== LEXICON_FORMAT) throw new Error(`cameo lexicon: expected format ${LEXICON_FORMAT}`);
  const out: LexiconFile = { synsets: {}, blocks: new Map(), verbs: [] };
  for (const line of lines.slice(1)) {
    const rec = JSON.parse(line) as Record<string, unknown>;
    if (rec.synsets) out.synsets = rec.synsets as Record<string, string[]>;
    else if (typeof rec.block === "string" && !("lemma" in rec))
      out.blocks.set(rec.block, rec.patterns as CompiledPattern[]);
    else if (typeof rec.lemma === "string") out.verbs.push(rec as unknown as LexiconFile["verbs"][number]);
  }
  return out;
}

function isSlot(x: string): x is SlotItem {
  return x === "+" || x === "$" || x === "%" || x === "";
}

class Builder {
  private readonly lexCache = new Map<string, Lex>();
  constructor(private readonly synsets: Record<string, string[]>) {}

  lex(item: LexItem): Lex {
    const cached = this.lexCache.get(item);
    if (cached) return cached;
    let lex: Lex;
    if (item.startsWith("&")) {
      const words = new Set<string>();
      const phrases = new Map<string, string[][]>();
      for (const phrase of this.synsets[item.slice(1)] ?? []) {
        const ws = phrase.split(" ");
        const head = ws[ws.length - 1] ?? "";
        if (ws.length === 1) words.add(head);
        else {
          const list = phrases.get(head) ?? [];
          list.push(ws.slice(0, -1));
          phrases.set(head, list);
        }
      }
      lex = phrases.size ? { words, phrases } : { words };
    } else {
      lex = { words: new Set([item]) };
    }
    this.lexCache.set(item, lex);
    return lex;
  }

  np(p: NounPhrase, need: string[], needLex: Lex[]): { np: NP; score: number } {
    let score = 0;
    const mods: ModItem[] = (p.m ?? []).map((m) => {
      if (isSlot(m)) return { slot: m };
      score += 1;
      return { lex: this.item(m, need, needLex) };
    });
    if (isSlot(p.h)) return { np: { slot: p.h, mods }, score: score + (p.h === "" ? 0 : 1) };
    return { np: { lex: this.item(p.h, need, needLex), mods }, score: score + 3 };
  }

  private item(x: LexItem, need: string[], needLex: Lex[]): Lex {
    const lex = this.lex(x);
    if (x.startsWith("&")) needLex.push(lex);
    else need.push(x);
    return lex;
  }

  pattern(p: CompiledPattern): Pattern {
    const need: string[] = [];
    const needLex: Lex[] = [];
    let score = 0;
    const out: Pattern = {
      code: p.c,
      text: p.p,
      obl: [],
      aux: p.aux ?? [],
      neg: !!p.neg,
      pass: !!p.pass,
      need,
      needLex,
      score,
      pos: 0,
    };
    if (p.v) out.only = new Set(p.v);
    if (p.prt) {
      out.prt = p.prt;
      need.push(p.prt);
      score += 2;
    }
    if (p.obj) {
      const { np, score: s } = this.np(p.obj, need, needLex);
      out.obj = np;
      score += s;
    }
    for (const o of p.obl ?? []) {
      const { np, score: s } = this.np(o.np, need, needLex);
      out.obl.push({ cases: new Set(o.case), np });
      if (o.case.length === 1) need.push(o.case[0] ?? "");
      score += 2 + s;
    }
    if (p.subj) {
      out.subj = this.item(p.subj, need, needLex);
      score += 2;
    }
    need.push(...out.aux);
    score += out.aux.length * 2 + (out.neg ? 2 : 0) + (out.pass ? 1 : 0);
    out.score = score;
    return out;
  }
}

// ---- matching ----

function lower(s: string | undefined): string {
  return (s ?? "").toLowerCase();
}

/** Per-call view of the predicate: its dependents and the words under it. */
/**
 * Lower-case lemmas and forms of a Doc's tokens, kept per Doc across calls; an entry is recomputed when the Doc's
 * string at that index is no longer the one it was computed from (a later lemmatizer pass).
 */
class LowerCase {
  private readonly raw: (string | undefined)[];
  private readonly low: string[];
  constructor(private readonly source: readonly string[]) {
    this.raw = new Array<string | undefined>(source.length);
    this.low = new Array<string>(source.length);
  }
  get(i: number): string {
    const s = this.source[i] ?? "";
    if (this.raw[i] !== s) {
      this.raw[i] = s;
      this.low[i] = s.toLowerCase();
    }
    return this.low[i] ?? "";
  }
}

const lowerCaches = new WeakMap<Doc, { lemma: LowerCase; word: LowerCase }>();

function lowerCaseOf(doc: Doc): { lemma: LowerCase; word: LowerCase } {
  let c = lowerCaches.get(doc);
  if (!c) lowerCaches.set(doc, (c = { lemma: new LowerCase(doc.lemma), word: new LowerCase(doc.words) }));
  return c;
}

/** Per-call view of the predicate: its dependents and the words under it. */
class Site {
  readonly passive: boolean;
  /** Lower-case lemmas and forms of the tokens under the predicate (the quick filter's vocabulary). */
  readonly vocab = new Set<string>();
  readonly used = new Set<number>();
  private readonly lower: { lemma: LowerCase; word: LowerCase };
  constructor(
    readonly doc: Doc,
    readonly v: number,
  ) {
    this.lower = lowerCaseOf(doc);
    let passive = false;
    for (const c of doc.children(v)) {
      const d = doc.deprel[c] ?? "";
      if (d === "nsubj:pass" || d === "aux:pass") passive = true;
    }
    this.passive = passive;
    this.collect(v, 0);
  }

  private collect(i: number, depth: number): void {
    for (const c of this.doc.children(i)) {
      this.vocab.add(this.lemma(c));
      this.vocab.add(this.form(c));
      if (depth < 4) this.collect(c, depth + 1);
    }
  }

  lemma(i: number): string {
    return this.lower.lemma.get(i);
  }

  form(i: number): string {
    return this.lower.word.get(i);
  }

  /** Whether some token under the predicate can match the synset (by its head word). */
  mayHave(lex: Lex): boolean {
    for (const w of this.vocab) if (lex.words.has(w) || lex.phrases?.has(w)) return true;
    return false;
  }

  is(i: number, lex: Lex): boolean {
    const lemma = this.lemma(i);
    const word = this.form(i);
    if (lex.words.has(lemma) || lex.words.has(word)) return true;
    if (!lex.phrases) return false;
    const mods = lex.phrases.get(lemma) ?? lex.phrases.get(word);
    if (!mods) return false;
    return mods.some((ms) => ms.every((m) => this.doc.children(i).some((c) => this.isWord(c, m))));
  }

  isWord(i: number, w: string): boolean {
    return this.lemma(i) === w || this.form(i) === w;
  }
}

interface Found {
  tokens: number[];
  target?: number;
}

/** Whether token i heads the noun phrase np; the tokens it used (for the label) and a target slot. */
function matchNP(site: Site, i: number, np: NP): Found | undefined {
  const doc = site.doc;
  if ("lex" in np && !site.is(i, np.lex)) return undefined;
  const found: Found = { tokens: [] };
  if ("slot" in np) {
    // After the verb, "%" (a compound actor) is the target side too.
    if (np.slot === "+" || np.slot === "%") found.target = i;
  } else {
    found.tokens.push(i);
  }
  const kids = doc.children(i);
  for (const m of np.mods) {
    if ("lex" in m) {
      const k = kids.find((c) => site.is(c, m.lex));
      if (k === undefined) return undefined;
      found.tokens.push(k);
    } else {
      // A slot inside a phrase: the possessor or a compound of the head ("X's credibility"), or the verb's iobj.
      let k = kids.find((c) => /^(nmod|compound|det:poss|flat)/.test(doc.deprel[c] ?? "") && !site.used.has(c));
      if (k === undefined) {
        k = doc.children(site.v).find((c) => doc.deprel[c] === "iobj" && !site.used.has(c));
      }
      if (k === undefined) return undefined;
      if (m.slot === "+") found.target = k;
    }
  }
  if ("lex" in np) {
    // The phrase's article and nominal modifiers belong to the wording ("a fishing vessel").
    for (const c of kids) {
      const d = doc.deprel[c] ?? "";
      if (found.tokens.includes(c)) continue;
      if ((d === "det" && /^(a|an|the)$/.test(lower(doc.words[c]))) || ((d === "compound" || d === "amod") && c < i)) {
        found.tokens.push(c);
      }
    }
  }
  found.tokens.sort((a, b) => a - b);
  return found;
}

/** Whether a "to" phrase of a pattern names a verb: its head word ("TO RESIGN") or a word on its target ("TO MEET +"). */
function namesVerb(np: NP): boolean {
  if ("lex" in np) return np.mods.length === 0;
  return np.slot === "+" && np.mods.length === 1 && "lex" in np.mods[0]!;
}

/**
 * An infinitive complement as a pattern's "to" phrase: "TO RESIGN" is the verb itself, "TO MEET +" the verb with
 * the target its object.
 */
function matchComplement(site: Site, x: number, np: NP): Found | undefined {
  const { doc } = site;
  if ("lex" in np) return site.is(x, np.lex) ? { tokens: [x] } : undefined;
  const verb = np.mods[0];
  if (!verb || !("lex" in verb) || !site.is(x, verb.lex)) return undefined;
  const object = doc.children(x).find((c) => doc.deprel[c] === "obj");
  return object === undefined ? undefined : { tokens: [x], target: object };
}

function caseOf(doc: Doc, i: number, cases: ReadonlySet<string>): number | undefined {
  for (const c of doc.children(i)) {
    if (
      (doc.deprel[c] === "case" || doc.deprel[c] === "mark") &&
      (cases.has(lower(doc.words[c])) || cases.has(lower(doc.lemma[c])))
    )
      return c;
  }
  return undefined;
}

interface Attempt {
  label: number[][];
  target?: number;
}

function tryPattern(site: Site, p: Pattern): Attempt | undefined {
  const { doc, v } = site;
  for (const w of p.need) if (!site.vocab.has(w)) return undefined;
  for (const lex of p.needLex) if (!site.mayHave(lex)) return undefined;
  if (p.pass && !site.passive) return undefined;
  site.used.clear();
  const kids = doc.children(v);
  const label: number[][] = [[v]];
  let target: number | undefined;
  if (p.pass) target = kids.find((c) => doc.deprel[c] === "nsubj:pass");
  if (p.neg && !kids.some((c) => NEGATION_WORDS.has(lower(doc.words[c])) || NEGATION_WORDS.has(lower(doc.lemma[c])))) {
    return undefined;
  }
  for (const a of p.aux) {
    if (!kids.some((c) => AUX_DEPS.has(doc.deprel[c] ?? "") && site.isWord(c, a))) return undefined;
  }
  if (p.subj) {
    const subj = p.subj;
    if (!kids.some((c) => SUBJECT_DEPS.has(doc.deprel[c] ?? "") && site.is(c, subj))) return undefined;
  }
  if (p.prt) {
    const prt = p.prt;
    const k = kids.find((c) => PARTICLE_DEPS.has(doc.deprel[c] ?? "") && site.isWord(c, prt));
    if (k === undefined) return undefined;
    site.used.add(k);
    label.push([k]);
  }
  let objHead: number | undefined;
  if (p.obj) {
    const obj = p.obj;
    const candidates = kids.filter(
      (c) => OBJECT_DEPS.has(doc.deprel[c] ?? "") || (site.passive && doc.deprel[c] === "nsubj:pass"),
    );
    let hit: Found | undefined;
    for (const c of candidates) {
      hit = matchNP(site, c, obj);
      if (hit) {
        objHead = c;
        break;
      }
    }
    if (!hit || objHead === undefined) return undefined;
    site.used.add(objHead);
    if (hit.target !== undefined) target = hit.target;
    if (hit.tokens.length) label.push(hit.tokens);
  }
  let last = objHead;
  for (const o of p.obl) {
    // In a passive the "by" phrase is the agent: an active pattern's "by" slot ("* BY +") reads another clause.
    if (site.passive && !p.pass && o.cases.has("by")) return undefined;
    // The oblique hangs from the verb (obl), or from the object or the previous oblique as an nmod.
    const pool: number[] = [];
    for (const c of kids) if ((doc.deprel[c] ?? "").startsWith("obl") || doc.deprel[c] === "advcl") pool.push(c);
    // "refused to meet +", "urged + to resign": the dictionary writes an infinitive complement as a "to" phrase of
    // a verb ("TO MEET +"), which the parse makes an xcomp; only a slot naming the verb's word reads one.
    if (o.cases.has("to") && namesVerb(o.np))
      for (const c of kids) if (doc.deprel[c] === "xcomp" && doc.upos[c] === "VERB") pool.push(c);
    for (const h of new Set([objHead, last])) {
      if (h === undefined) continue;
      for (const c of doc.children(h))
        if ((doc.deprel[c] ?? "").startsWith("nmod") || doc.deprel[c] === "acl") pool.push(c);
    }
    let ok = false;
    for (const c of pool) {
      if (site.used.has(c)) continue;
      const cs = caseOf(doc, c, o.cases);
      if (cs === undefined) continue;
      const hit = doc.deprel[c] === "xcomp" ? matchComplement(site, c, o.np) : matchNP(site, c, o.np);
      if (!hit) continue;
      site.used.add(c);
      // A source slot's preposition ("detained by $") is not part of the event's wording.
      if (!("slot" in o.np && o.np.slot === "$" && hit.tokens.length === 0)) label.push([cs, ...hit.tokens]);
      if (hit.target !== undefined) target = hit.target;
      last = c;
      ok = true;
      break;
    }
    if (!ok) return undefined;
  }
  return target !== undefined ? { label, target } : { label };
}

/**
 * Verbs an event noun may be formed from, by English derivational suffixes: killing -> kill, invasion -> invade,
 * condemnation -> condemn, execution -> execute, seizure -> seize, dismissal -> dismiss, criticism -> criticize.
 * Candidates only: the lexicon decides which exist. No "-ment" (department, government, settlement are not events
 * of their verbs).
 */
export function verbsOfNoun(noun: string): string[] {
  const out: string[] = [];
  const stem = (suffix: string, ...endings: string[]): void => {
    if (!noun.endsWith(suffix) || noun.length < suffix.length + 3) return;
    const base = noun.slice(0, -suffix.length);
    for (const e of endings) out.push(base + e);
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  };
  stem("ing", "", "e");
  stem("ation", "", "e", "ate");
  stem("sion", "de", "d", "t");
  if (/tion$/.test(noun)) stem("ion", "", "e");
  stem("ure", "e");
  stem("al", "", "e");
  stem("ism", "ize", "ise");
  return out;
}

/** Without a `+` slot, the target is the verb's object, or its subject in a passive (TABARI: the next actor). */
function defaultTarget(site: Site): number | undefined {
  const { doc, v } = site;
  const kids = doc.children(v);
  return (
    kids.find((c) => doc.deprel[c] === "obj") ??
    (site.passive ? kids.find((c) => doc.deprel[c] === "nsubj:pass") : undefined)
  );
}

class Lexicon implements CameoLexicon {
  readonly verbCount: number;
  readonly patternCount: number;
  private readonly verbs = new Map<string, Verb>();
  private readonly forms = new Map<string, Verb>();
  private readonly builder: Builder;
  private readonly rawBlocks: ReadonlyMap<string, CompiledPattern[]>;
  private readonly builtBlocks = new Map<string, PatternIndex>();
  private readonly categories = new Map<string, RelationCategory>();

  constructor(file: LexiconFile, roots: Record<string, RelationCategory>) {
    for (const [prefix, cat] of Object.entries(roots)) this.categories.set(prefix, cat);
    this.builder = new Builder(file.synsets);
    this.rawBlocks = file.blocks;
    let count = 0;
    for (const list of file.blocks.values()) count += list.length;
    for (const v of file.verbs) {
      count += v.patterns.length;
      const verb: Verb = {
        lemma: v.lemma,
        code: v.code,
        light: !!v.light,
        noun: !!v.noun,
        own: v.patterns,
        blocks: v.blocks,
      };
      this.verbs.set(v.lemma, verb);
      for (const f of v.forms ?? []) if (!this.forms.has(f)) this.forms.set(f, verb);
    }
    for (const f of [...this.forms.keys()]) if (this.verbs.has(f)) this.forms.delete(f);
    this.verbCount = this.verbs.size;
    this.patternCount = count;
  }

  has(lemma: string): boolean {
    return this.verbs.has(lemma.toLowerCase());
  }

  codeOf(lemma: string): string | undefined {
    return this.verbs.get(lemma.toLowerCase())?.code;
  }

  verbOfForm(word: string): string | undefined {
    const w = word.toLowerCase();
    return this.verbs.get(w)?.lemma ?? this.forms.get(w)?.lemma;
  }

  categoryOf(code: string): RelationCategory | undefined {
    return this.categories.get(code.slice(0, 3)) ?? this.categories.get(code.slice(0, 2));
  }

  match(doc: Doc, predicate: number): CameoMatch | undefined {
    if (predicate < 0 || predicate >= doc.length) return undefined;
    if (doc.upos[predicate] === "NOUN") return this.nominal(doc, predicate);
    if (NON_EVENT_UPOS.has(doc.upos[predicate] ?? "X")) return undefined;
    const verb = this.lookup(doc, predicate);
    if (!verb) return undefined;
    const site = new Site(doc, predicate);
    // Candidates keyed by the words under the predicate; the most specific first, then dictionary order (the
    // verb's own patterns, then its blocks' in order).
    const rank = new Map<Pattern, number>();
    this.indexesOf(verb).forEach((index, r) => {
      const add = (p: Pattern): void => {
        if (!rank.has(p) && (!p.only || p.only.has(verb.lemma))) rank.set(p, r * 1e6 + p.pos);
      };
      for (const p of index.always) add(p);
      for (const w of site.vocab) for (const p of index.byWord.get(w) ?? []) add(p);
    });
    const ordered = [...rank.keys()].sort((a, b) => b.score - a.score || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    for (const p of ordered) {
      const hit = tryPattern(site, p);
      if (!hit) continue;
      if (p.code !== "---") {
        // Without a target slot the object is the target, unless the pattern made the object the source.
        const objIsSource = p.obj && "slot" in p.obj && p.obj.slot === "$";
        const target = hit.target ?? (objIsSource ? undefined : defaultTarget(site));
        return this.result(doc, p.code, p.text, hit.label, target);
      }
      // "---": the phrase is no event. When only the verb's own words said so ("carry out"), an event noun as its
      // object can still carry the event; when the pattern named the object ("abandon the plan"), it cannot.
      return p.obj && "lex" in p.obj ? undefined : verb.light ? this.lightVerb(site) : undefined;
    }
    const kids = doc.children(predicate);
    if (verb.code === "---") return verb.light ? this.lightVerb(site) : undefined;
    // A particle no pattern took makes another verb ("shell out", "add up"): the dictionary lists the phrasal verbs
    // that are events ("blow up", "gun down") as verbs of their own, so the single verb's code does not apply.
    if (kids.some((c) => doc.deprel[c] === "compound:prt")) return verb.light ? this.lightVerb(site) : undefined;
    return this.result(doc, verb.code, "*", [[predicate]], defaultTarget(site));
  }

  /**
   * A nominal predicate the dictionary has as a verb, as the noun itself ("the arrest of X", "an attack on X") or
   * its -ing form ("the killing of X"): the verb's default code, when the noun has an argument with a preposition.
   */
  private nominal(doc: Doc, i: number): CameoMatch | undefined {
    const lemma = lower(doc.lemma[i]) || lower(doc.words[i]);
    // A noun spelled like its verb is an event only when the overrides say so ("arrest", not "copy" or "head").
    let verb = this.verbs.get(lemma);
    if (verb && !verb.noun) return undefined;
    for (const candidate of verb ? [] : verbsOfNoun(lemma)) {
      verb = this.verbs.get(candidate);
      if (verb) break;
    }
    if (!verb || verb.code === "---") return undefined;
    for (const c of doc.children(i)) {
      const d = doc.deprel[c] ?? "";
      if (!d.startsWith("nmod") || d === "nmod:poss") continue;
      const cs = caseOf(doc, c, NOMINAL_CASES);
      if (cs === undefined) continue;
      const pattern = `${lemma.toUpperCase()} ${lower(doc.words[cs]).toUpperCase()} +`;
      return this.result(doc, verb.code, pattern, [[i], [cs]], c);
    }
    return undefined;
  }

  private indexesOf(verb: Verb): PatternIndex[] {
    if (verb.indexes) return verb.indexes;
    const build = (list: CompiledPattern[]): PatternIndex =>
      indexPatterns(list.map((raw, pos) => ({ ...this.builder.pattern(raw), pos })));
    const indexes: PatternIndex[] = [];
    if (verb.own.length) indexes.push(build(verb.own));
    for (const name of verb.blocks) {
      let index = this.builtBlocks.get(name);
      if (!index) {
        index = build(this.rawBlocks.get(name) ?? []);
        this.builtBlocks.set(name, index);
      }
      indexes.push(index);
    }
    verb.indexes = indexes;
    return indexes;
  }

  private lookup(doc: Doc, i: number): Verb | undefined {
    return this.verbs.get(lower(doc.lemma[i])) ?? this.forms.get(lower(doc.words[i]));
  }

  /**
   * A verb with no event of its own whose object is an event noun the dictionary has as a verb ("mounted an attack
   * on X", "carried out raids against X"): the noun's default code, the noun's oblique as the target.
   */
  private lightVerb(site: Site): CameoMatch | undefined {
    const { doc, v } = site;
    const kids = doc.children(v);
    const obj = kids.find((c) => doc.deprel[c] === "obj" || (site.passive && doc.deprel[c] === "nsubj:pass"));
    if (obj === undefined || doc.upos[obj] !== "NOUN") return undefined;
    const noun = this.lookup(doc, obj);
    if (!noun || noun.code === "---") return undefined;
    const label: number[][] = [[v]];
    for (const c of kids) if (doc.deprel[c] === "compound:prt") label.push([c]);
    const det = doc.children(obj).filter((c) => doc.deprel[c] === "det" && /^(a|an|the)$/.test(lower(doc.words[c])));
    label.push([...det, obj].sort((a, b) => a - b));
    const pool = [...doc.children(obj).filter((c) => (doc.deprel[c] ?? "").startsWith("nmod"))];
    pool.push(...kids.filter((c) => (doc.deprel[c] ?? "").startsWith("obl") && doc.deprel[c] !== "obl:tmod"));
    for (const c of pool) {
      const cs = caseOf(doc, c, LIGHT_VERB_CASES);
      if (cs === undefined) continue;
      label.push([cs]);
      return this.result(
        doc,
        noun.code,
        `* ${lower(doc.lemma[obj]).toUpperCase()} ${lower(doc.words[cs]).toUpperCase()} +`,
        label,
        c,
      );
    }
    return this.result(doc, noun.code, `* ${lower(doc.lemma[obj]).toUpperCase()}`, label, undefined);
  }

  private result(
    doc: Doc,
    code: string,
    pattern: string,
    label: number[][],
    target: number | undefined,
  ): CameoMatch | undefined {
    const category = this.categoryOf(code);
    if (!category) return undefined;
    const text = label
      .map((group) => group.map((i) => doc.words[i] ?? "").join(" "))
      .join(" ")
      .toLowerCase();
    return target !== undefined
      ? { code, category, label: text, pattern, target }
      : { code, category, label: text, pattern };
  }
}

/** Builds a lexicon from the data file's text and the category table (for tests and other data files). */
export function createCameoLexicon(lexiconText: string, roots: Record<string, RelationCategory>): CameoLexicon {
  return new Lexicon(readLexiconFile(lexiconText), roots);
}

/** Code prefix -> category: the roots, and the longer prefixes that file part of a root elsewhere ("084"). */
export function readCameoCategories(path: URL | string = DEFAULT_CATEGORIES_PATH): Record<string, RelationCategory> {
  const data = JSON.parse(readFileSync(path, "utf8")) as {
    roots: Record<string, RelationCategory>;
    prefixes?: Record<string, RelationCategory>;
  };
  return { ...data.roots, ...data.prefixes };
}

let cached: CameoLexicon | undefined;

/** The committed lexicon, loaded once per process. */
export function loadCameoLexicon(): CameoLexicon {
  cached ??= createCameoLexicon(readFileSync(DEFAULT_LEXICON_PATH, "utf8"), readCameoCategories());
  return cached;
}
