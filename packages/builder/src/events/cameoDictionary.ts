// Compiles the PETRARCH CAMEO verb-pattern dictionary (a TABARI-style text file) into the lexicon data the
// matcher loads (packages/builder/data/cameo-lexicon.jsonl). The dictionary's patterns are linear word sequences
// around the verb (`*`); this turns each into constraints on the verb's dependents in a UD parse: a particle
// (compound:prt), an object (obj, or the passive subject), obliques with their preposition (obl + case, or nmod of
// the object), a subject word before the verb, modals, negation, passive voice. Tense auxiliaries before the verb
// are dropped (they served TABARI's noun/verb disambiguation). Patterns that need more (a clause or a coordination after the
// verb, a reported-speech frame or several words before it, long noun phrases) are counted and left out, with the
// reason, in the header line of the data file.
//
// Format of the input (from the dictionary's header and the PETRARCH documentation):
//   &NAME / +WORD lines        synonym set; a trailing `_` on the label or a phrase turns off plural generation
//   --- NAME [CODE] ---        a verb block with its default code ("---" = no event)
//   VERB {FORMS} [CODE]        a verb of the block, irregular forms, its own code; `+A_B` a multi-word verb
//   - PRE * POST [CODE]        a pattern: `*` the verb, `$` source, `+` target, `%` compound actor, `^` skip a
//                              noun phrase, `_` joins consecutive words, `&NAME` a synonym set, [A:B] paired code
//   # ...                      comment

/** A lexical item in a noun phrase: a lower-case word, or "&NAME" for a synonym set. */
export type LexItem = string;
/** "+" target slot, "$" source slot, "%" compound actor, "" any noun. */
export type SlotItem = "+" | "$" | "%" | "";

export interface NounPhrase {
  /** Head of the phrase: a word or synset, or a slot. */
  h: LexItem | SlotItem;
  /** Other words of the phrase (modifiers of the head, a slot for a possessor), in dictionary order. */
  m?: (LexItem | SlotItem)[];
}

export interface Oblique {
  /** Preposition(s), lower case; the oblique's `case` dependent must be one of them. */
  case: string[];
  np: NounPhrase;
}

export interface CompiledPattern {
  /** CAMEO code, "---" when the pattern means "no event". */
  c: string;
  /** The dictionary pattern, normalized (upper case, single spaces, without the code). */
  p: string;
  prt?: string;
  obj?: NounPhrase;
  obl?: Oblique[];
  /** Word (or synset) the subject's head must be. */
  subj?: LexItem;
  /** Modals or infinitival "to" the verb must have ("will", "would", "to"). */
  aux?: string[];
  neg?: true;
  /** The target is the verb's subject (`+ WAS *`): a passive clause. */
  pass?: true;
  /**
   * Verbs of the block the pattern applies to, when not all: a pattern with no words of its own (only slots,
   * particles, prepositions) is the subcategorization of the verb it was written for (its comment names it), not
   * of the whole synonym block ("$ * + [054] # RECOGNISE" must not recode "praise").
   */
  v?: string[];
}

export interface LexiconVerb {
  lemma: string;
  /** Default code of the isolated verb, "---" for none. */
  code: string;
  /** The dictionary's code when an override turned it off. */
  dictionaryCode?: string;
  /** A light verb (overrides): an event noun as its object carries the event. */
  light?: true;
  /** Its noun of the same form names the event too (overrides). */
  noun?: true;
  /** Dictionary block the verb came from (first one when the lemma is in several). */
  block: string;
  /** Blocks whose patterns apply to this verb. */
  blocks: string[];
  /** Inflected forms given in the dictionary (irregular ones), lower case. */
  forms?: string[];
  /** Patterns of this verb alone (multi-word verbs: "carry out" is `carry` with the particle `out`). */
  patterns: CompiledPattern[];
}

export interface PatternBlock {
  block: string;
  patterns: CompiledPattern[];
}

export interface CompileStats {
  blocks: number;
  verbs: number;
  multiWordVerbs: number;
  dictionaryPatterns: number;
  patternsLoaded: number;
  /** Pattern entries after multi-word verbs and verbs sharing a block are expanded. */
  patternEntries: number;
  synsets: number;
  /** Verbs whose isolated-verb code the overrides turned off. */
  nulledDefaults: number;
  dropped: Record<string, number>;
}

export interface CompiledLexicon {
  synsets: Record<string, string[]>;
  blocks: PatternBlock[];
  verbs: LexiconVerb[];
  stats: CompileStats;
}

const PARTICLE_ONLY = new Set(["up", "down", "out", "off", "away", "back", "together", "forth", "apart", "aside"]);
const PARTICLE_OR_PREP = new Set(["in", "on", "over", "through", "around", "about", "by", "across", "along"]);
const PREPOSITIONS = new Set([
  "about",
  "above",
  "across",
  "after",
  "against",
  "along",
  "amid",
  "amidst",
  "among",
  "around",
  "as",
  "at",
  "before",
  "behind",
  "below",
  "beside",
  "between",
  "beyond",
  "by",
  "despite",
  "during",
  "for",
  "from",
  "in",
  "inside",
  "into",
  "near",
  "of",
  "off",
  "on",
  "onto",
  "out",
  "outside",
  "over",
  "since",
  "through",
  "throughout",
  "to",
  "toward",
  "towards",
  "under",
  "until",
  "upon",
  "via",
  "with",
  "within",
  "without",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "some", "any"]);
const AUXILIARIES = new Set([
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "must",
  "shall",
  "has",
  "have",
  "had",
  "is",
  "are",
  "am",
  "was",
  "were",
  "be",
  "been",
  "being",
  "did",
  "does",
  "do",
]);
const NEGATIONS = new Set(["not", "no", "never"]);
const MODALS = new Set(["will", "would", "could", "should", "can", "may", "might", "must", "shall", "to"]);
/** Words that start a clause: a pattern with one after the verb reads a second predicate. */
const CLAUSE_WORDS = new Set([...AUXILIARIES, ...NEGATIONS, "that", "who", "which", "whether", "if", "because"]);
/** Coordination after the verb (TABARI's "* AND ..."): a second predicate or a coordinated object. */
const COORDINATORS = new Set(["and", "or", "but", "nor"]);
/** Auxiliaries of a passive (`+ WAS *`). */
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be"]);
const MAX_PHRASE = 3;
/** Plural-looking dictionary words that are not plurals. */
const NOT_PLURAL = new Set(["news", "arms", "talks", "series", "species", "politics", "headquarters", "us"]);

/** Naive singular of a dictionary noun (the matcher compares it with the token's lemma and its lower-case form). */
export function singular(w: string): string {
  if (w.length <= 3 || NOT_PLURAL.has(w) || !/^[a-z-]+$/.test(w)) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (/(ss|us|is|ws)$/.test(w)) return w;
  if (/(sses|shes|ches|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

function stripComment(line: string): string {
  const k = line.indexOf("#");
  return (k >= 0 ? line.slice(0, k) : line).trim();
}

function normalizeWord(w: string): string {
  return w.toLowerCase().replace(/_+$/, "");
}

class Dropped {
  readonly counts = new Map<string, number>();
  add(reason: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
  }
}

interface RawVerb {
  words: string[];
  forms: string[];
  code: string | undefined;
}

interface RawBlock {
  name: string;
  code: string;
  verbs: RawVerb[];
  patterns: { pre: string[]; post: string[]; code: string; text: string; origins: string[] }[];
}

/**
 * The verbs a pattern was first written for, from its comment ("# CARRIED_OUT , CARRY_OUT <tb 23 Feb 2007>"):
 * lower-case first words, as written (inflected forms are resolved against the block's verbs).
 */
function originVerbs(rawLine: string): string[] {
  const k = rawLine.indexOf("#");
  if (k < 0) return [];
  const out: string[] = [];
  for (const part of rawLine.slice(k + 1).split(",")) {
    const m = /^\s*([A-Z][A-Z_-]*)\s*(?:<|$)/.exec(part);
    const w = m?.[1]?.split("_")[0]?.toLowerCase();
    if (w && !out.includes(w)) out.push(w);
  }
  return out;
}

function firstCode(bracket: string): string {
  // "[042:043]" -> "042" (paired code: the first is the source->target event); "[---]" -> "---"
  const inner = bracket.replace(/^\[|\]$/g, "").trim();
  return (inner.split(":")[0] ?? "").trim() || "---";
}

function splitTokens(s: string): string[] {
  return s
    .split(/\s+/)
    .flatMap((t) => t.split("_"))
    .filter((t) => t !== "");
}

export interface CompileOptions {
  /** Lemmas whose isolated-verb code becomes "---" (data/cameo-overrides.json). */
  nullDefaults?: readonly string[];
  /** Light verbs: an event noun as their object carries the event ("mounted an attack on X"). */
  lightVerbs?: readonly string[];
  /** Verbs whose noun of the same form names the same event ("the arrest of X"). */
  eventNouns?: readonly string[];
  /** Lemmas whose isolated-verb code the dictionary gives wrong, with the code they take instead. */
  recodes?: Readonly<Record<string, string>>;
}

export function compileCameoDictionary(text: string, options: CompileOptions = {}): CompiledLexicon {
  const dropped = new Dropped();
  const synsets = new Map<string, string[]>();
  const blocks: RawBlock[] = [];
  let currentSyn: { name: string; plurals: boolean; items: string[] } | undefined;
  let block: RawBlock | undefined;
  let dictionaryPatterns = 0;

  const closeSyn = (): void => {
    if (currentSyn) synsets.set(currentSyn.name, [...new Set(currentSyn.items)]);
    currentSyn = undefined;
  };

  for (const rawLine of text.split(/\r?\n/)) {
    const header = /^---\s*(.*?)\s*(\[[^\]]*\])?\s*(?:---)?\s*$/.exec(rawLine.replace(/#.*$/, "").trim());
    const line = stripComment(rawLine);
    if (header) {
      closeSyn();
      block = { name: header[1] ?? "", code: header[2] ? firstCode(header[2]) : "---", verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (line === "") {
      // A blank line ends a synonym set; a comment line inside one does not.
      if (rawLine.trim() === "") closeSyn();
      continue;
    }
    if (line.startsWith("&")) {
      closeSyn();
      const label = line.split(/\s+/)[0] ?? line;
      currentSyn = { name: label.slice(1).replace(/_+$/, "").toUpperCase(), plurals: !label.endsWith("_"), items: [] };
      continue;
    }
    if (currentSyn && line.startsWith("+")) {
      // Phrases are stored lower case with spaces; the matcher compares the head (last word) with lemma and form,
      // so no plural is generated (a singular is added for phrases given in the plural).
      const phrase = line.slice(1).trim().replace(/_+$/, "").replace(/_/g, " ").toLowerCase();
      if (!phrase) continue;
      currentSyn.items.push(phrase);
      const words = phrase.split(" ");
      const last = words[words.length - 1] ?? "";
      const sing = singular(last);
      if (sing !== last) currentSyn.items.push([...words.slice(0, -1), sing].join(" "));
      continue;
    }
    if (!block) continue;
    if (line.startsWith("-")) {
      dictionaryPatterns++;
      const m = /^-\s*(.*?)\s*(\[[^\]]*\])\s*$/.exec(line);
      if (!m) {
        dropped.add("no code");
        continue;
      }
      const body = (m[1] ?? "").trim();
      const stars = body.split("*").length - 1;
      if (stars !== 1) {
        dropped.add(stars === 0 ? "no verb marker" : "two verb markers");
        continue;
      }
      const [pre = "", post = ""] = body.split("*");
      block.patterns.push({
        pre: splitTokens(pre),
        post: splitTokens(post),
        code: firstCode(m[2] ?? "[---]"),
        text: body.replace(/\s+/g, " "),
        origins: originVerbs(rawLine),
      });
      continue;
    }
    // A verb line: VERB {FORMS} [CODE] or +MULTI_WORD {+FORMS} [CODE]
    const codeMatch = /\[([^\]]*)\]/.exec(line);
    const formsMatch = /\{([^}]*)\}/.exec(line);
    const head = line
      .replace(/\{[^}]*\}/, "")
      .replace(/\[[^\]]*\]/, "")
      .trim();
    const words = head
      .replace(/^\+/, "")
      .split(/[_\s]+/)
      .map(normalizeWord)
      .filter((w) => w !== "");
    if (words.length === 0) continue;
    const forms = (formsMatch?.[1] ?? "")
      .split(/\s+/)
      .map((f) => f.replace(/\+/g, "").split("_")[0] ?? "")
      .map(normalizeWord)
      .filter((f) => f !== "");
    block.verbs.push({ words, forms, code: codeMatch ? firstCode(`[${codeMatch[1] ?? ""}]`) : undefined });
  }
  closeSyn();

  const synsetNames = new Set(synsets.keys());
  const prepSynsets = new Set(
    [...synsets].filter(([, items]) => items.length > 0 && items.every((i) => PREPOSITIONS.has(i))).map(([n]) => n),
  );
  const auxSynsets = new Set(
    [...synsets]
      .filter(([, items]) => items.length > 0 && items.every((i) => i.split(" ").every((w) => AUXILIARIES.has(w))))
      .map(([n]) => n),
  );

  /** Compile the pre and post token lists; returns the reason when the pattern cannot be represented. */
  const compile = (pre: string[], post: string[], code: string, text: string): CompiledPattern | string => {
    const out: CompiledPattern = { c: code, p: text };
    // Before the verb: slots, a subject word, auxiliaries, negation.
    let targetFirst = false;
    let passiveAux = false;
    for (const raw of pre) {
      if (raw === "$" || raw === "%") continue;
      if (raw === "^") continue;
      if (raw === "+") {
        targetFirst = true;
        continue;
      }
      if (raw.startsWith("&")) {
        const name = raw.slice(1).replace(/_+$/, "").toUpperCase();
        if (!synsetNames.has(name)) return "undefined synset";
        if (auxSynsets.has(name)) {
          if ((synsets.get(name) ?? []).some((i) => PASSIVE_AUX.has(i))) passiveAux = true;
          continue;
        }
        if (out.subj) return "words before the verb";
        out.subj = "&" + name;
        continue;
      }
      const w = normalizeWord(raw);
      if (NEGATIONS.has(w)) {
        out.neg = true;
        continue;
      }
      // Modals and infinitival "to" before the verb change the event (CAMEO codes "will meet" as an intent, 03x):
      // they stay as constraints. Tense auxiliaries were there for TABARI's noun/verb disambiguation, which the
      // parse now does; they only mark a passive.
      if (MODALS.has(w)) {
        if (!(out.aux ??= []).includes(w)) out.aux.push(w);
        continue;
      }
      if (AUXILIARIES.has(w)) {
        if (PASSIVE_AUX.has(w)) passiveAux = true;
        continue;
      }
      if (w === "said" || w === "says" || w === "say") return "reported-speech frame before the verb";
      if (out.subj) return "words before the verb";
      out.subj = singular(w);
    }
    if (targetFirst) out.pass = true;
    else if (passiveAux && !out.subj) out.pass = true;

    // After the verb.
    const items: string[] = [];
    for (const raw of post) {
      if (raw === "^") continue;
      if (raw === "+" || raw === "$" || raw === "%") {
        items.push(raw);
        continue;
      }
      if (raw.startsWith("&")) {
        const name = raw.slice(1).replace(/_+$/, "").toUpperCase();
        if (!synsetNames.has(name)) return "undefined synset";
        if (auxSynsets.has(name)) return "clause after the verb";
        items.push("&" + name);
        continue;
      }
      const w = normalizeWord(raw);
      if (CLAUSE_WORDS.has(w)) return "clause after the verb";
      if (COORDINATORS.has(w)) return "coordination after the verb";
      if (DETERMINERS.has(w)) continue;
      if (!/^[a-z][a-z'-]*$/.test(w)) return "unreadable token";
      items.push(w);
    }
    let i = 0;
    const isPrep = (t: string | undefined): boolean =>
      t !== undefined && (PREPOSITIONS.has(t) || (t.startsWith("&") && prepSynsets.has(t.slice(1))));
    const first = items[0];
    if (first !== undefined && (PARTICLE_ONLY.has(first) || PARTICLE_OR_PREP.has(first))) {
      const next = items[1];
      if (PARTICLE_ONLY.has(first) || next === undefined || isPrep(next)) {
        out.prt = first;
        i = 1;
      }
    }
    const readPhrase = (): NounPhrase | string => {
      const words: string[] = [];
      while (i < items.length && !isPrep(items[i])) words.push(items[i++] ?? "");
      if (words.length === 0) return { h: "" };
      if (words.length > MAX_PHRASE) return "long noun phrase";
      const slots = words.filter((w) => w === "+" || w === "$" || w === "%");
      if (slots.length > 1) return "two slots in one phrase";
      const headRaw = words[words.length - 1] ?? "";
      const h = headRaw.startsWith("&") || headRaw.length === 1 ? headRaw : singular(headRaw);
      const m = words.slice(0, -1).map((w) => (w.startsWith("&") || w.length === 1 ? w : singular(w)));
      return m.length ? { h, m } : { h };
    };
    if (i < items.length && !isPrep(items[i])) {
      const np = readPhrase();
      if (typeof np === "string") return np;
      out.obj = np;
    }
    while (i < items.length) {
      const p = items[i++] ?? "";
      const cases = p.startsWith("&") ? (synsets.get(p.slice(1)) ?? []) : [p];
      const np = readPhrase();
      if (typeof np === "string") return np;
      (out.obl ??= []).push({ case: cases, np });
    }
    if (out.obl && out.obl.length > 3) return "more than three obliques";
    if (!out.prt && !out.obj && !out.obl && !out.subj && !out.aux && !out.neg && !out.pass) {
      return "no constraint (same as the verb alone)";
    }
    return out;
  };

  const verbs = new Map<string, LexiconVerb>();
  const patternBlocks: PatternBlock[] = [];
  let patternsLoaded = 0;
  let patternEntries = 0;
  let multiWordVerbs = 0;
  const dedupe = (list: CompiledPattern[]): CompiledPattern[] => {
    const seen = new Set<string>();
    return list.filter((p) => {
      const key = JSON.stringify({ ...p, p: "" });
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  for (const b of blocks) {
    const compiled: CompiledPattern[] = [];
    const raws: RawBlock["patterns"] = [];
    for (const p of b.patterns) {
      const c = compile(p.pre, p.post, p.code, p.text);
      if (typeof c === "string") {
        dropped.add(c);
        continue;
      }
      patternsLoaded++;
      const only = restrictTo(c, p.origins, b.verbs);
      compiled.push(only ? { ...c, v: only } : c);
      raws.push(p);
    }
    const blockPatterns = dedupe(compiled);
    if (blockPatterns.length) patternBlocks.push({ block: b.name, patterns: blockPatterns });
    for (const v of b.verbs) {
      const lemma = v.words[0] ?? "";
      const rest = v.words.slice(1);
      if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
      let entry = verbs.get(lemma);
      if (!entry) {
        entry = { lemma, code: rest.length ? "---" : (v.code ?? b.code), block: b.name, blocks: [], patterns: [] };
        verbs.set(lemma, entry);
      } else if (!rest.length && entry.code === "---") {
        entry.code = v.code ?? b.code;
      }
      if (!rest.length) {
        const forms = [...new Set([...(entry.forms ?? []), ...v.forms.filter((f) => f !== lemma)])].sort();
        if (forms.length) entry.forms = forms;
        if (blockPatterns.length && !entry.blocks.includes(b.name)) {
          entry.blocks.push(b.name);
          patternEntries += blockPatterns.length;
        }
        continue;
      }
      // A multi-word verb ("+CARRY_OUT"): the verb's own pattern, and the block's patterns after its words.
      multiWordVerbs++;
      const own = compile([], rest, v.code ?? b.code, ["*", ...rest.map((w) => w.toUpperCase())].join(" "));
      if (typeof own === "string") {
        dropped.add(`multi-word verb: ${own}`);
        continue;
      }
      const mine = [own];
      for (const p of raws) {
        const c = compile(
          p.pre,
          [...rest, ...p.post],
          p.code,
          p.text.replace("*", `* ${rest.join(" ").toUpperCase()}`),
        );
        if (typeof c !== "string") mine.push(c);
      }
      const before = entry.patterns.length;
      entry.patterns = dedupe([...entry.patterns, ...mine]);
      patternEntries += entry.patterns.length - before;
    }
  }

  for (const lemma of options.lightVerbs ?? []) {
    const v = verbs.get(lemma);
    if (v) v.light = true;
    else verbs.set(lemma, { lemma, code: "---", light: true, block: "", blocks: [], patterns: [] });
  }
  for (const lemma of options.eventNouns ?? []) {
    const v = verbs.get(lemma);
    if (v) v.noun = true;
  }
  let nulledDefaults = 0;
  for (const lemma of options.nullDefaults ?? []) {
    const v = verbs.get(lemma);
    if (!v || v.code === "---") continue;
    v.dictionaryCode = v.code;
    v.code = "---";
    nulledDefaults++;
  }
  for (const [lemma, code] of Object.entries(options.recodes ?? {})) {
    const v = verbs.get(lemma);
    if (!v || v.code === code) continue;
    v.dictionaryCode ??= v.code;
    v.code = code;
  }
  const sortedVerbs = [...verbs.values()].sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
  const usedSynsets = new Set<string>();
  const noteLex = (x: string | undefined): void => {
    if (x?.startsWith("&")) usedSynsets.add(x.slice(1));
  };
  const notePatterns = (list: CompiledPattern[]): void => {
    for (const p of list) {
      noteLex(p.subj);
      for (const np of [p.obj, ...(p.obl ?? []).map((o) => o.np)]) {
        if (!np) continue;
        noteLex(np.h);
        np.m?.forEach(noteLex);
      }
    }
  };
  for (const v of sortedVerbs) notePatterns(v.patterns);
  for (const b of patternBlocks) notePatterns(b.patterns);
  const synsetOut: Record<string, string[]> = {};
  for (const name of [...usedSynsets].sort()) synsetOut[name] = synsets.get(name) ?? [];
  const droppedOut: Record<string, number> = {};
  for (const [k, n] of [...dropped.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) droppedOut[k] = n;
  return {
    synsets: synsetOut,
    blocks: patternBlocks,
    verbs: sortedVerbs,
    stats: {
      blocks: blocks.length,
      verbs: sortedVerbs.length,
      multiWordVerbs,
      dictionaryPatterns,
      patternsLoaded,
      patternEntries,
      synsets: Object.keys(synsetOut).length,
      nulledDefaults,
      dropped: droppedOut,
    },
  };
}

/** Whether a compiled pattern names any word (a noun, a particle or a subject) beyond slots and prepositions. */
function hasWords(p: CompiledPattern): boolean {
  const lexical = (np: NounPhrase | undefined): boolean =>
    !!np && (!isSlotItem(np.h) || (np.m ?? []).some((m) => !isSlotItem(m)));
  return !!p.subj || !!p.prt || lexical(p.obj) || (p.obl ?? []).some((o) => lexical(o.np));
}

function isSlotItem(x: string): boolean {
  return x === "+" || x === "$" || x === "%" || x === "";
}

/** The block's verb lemmas a word-less pattern is restricted to (undefined: the whole block). */
function restrictTo(p: CompiledPattern, origins: string[], verbs: RawVerb[]): string[] | undefined {
  if (hasWords(p) || origins.length === 0) return undefined;
  const lemmas = new Set<string>();
  for (const o of origins) {
    for (const v of verbs) {
      if (v.words.length !== 1) continue;
      const lemma = v.words[0] ?? "";
      const stem = lemma.replace(/e$/, "");
      if (
        o === lemma ||
        v.forms.includes(o) ||
        (o.startsWith(stem) && /^(e|es|s|ed|d|ing|ied|ies)$/.test(o.slice(stem.length) || "e"))
      ) {
        lemmas.add(lemma);
      }
      if (lemma.endsWith("y") && (o === lemma.slice(0, -1) + "ied" || o === lemma.slice(0, -1) + "ies"))
        lemmas.add(lemma);
    }
  }
  return lemmas.size ? [...lemmas].sort() : undefined;
}

export const LEXICON_FORMAT = "newskg-cameo-lexicon/1";

/**
 * The data file, JSON Lines: a header line; the synsets the patterns use; one line per dictionary block with its
 * compiled patterns (shared by the block's verbs); then one line per verb lemma, in sorted order, with its default
 * code, the blocks whose patterns apply to it, and patterns of its own (multi-word verbs such as "carry out").
 */
export function serializeLexicon(lex: CompiledLexicon, source: string): string {
  const lines = [
    JSON.stringify({
      format: LEXICON_FORMAT,
      source,
      license: "MIT, Open Event Data Alliance (see LICENSE.petrarch2)",
      generator: "packages/builder/scripts/buildCameoLexicon.ts",
      stats: lex.stats,
    }),
    JSON.stringify({ synsets: lex.synsets }),
    ...lex.blocks.map((b) => JSON.stringify(b)),
    ...lex.verbs.map((v) => {
      const { lemma, code, dictionaryCode, light, noun, block, blocks, forms, patterns } = v;
      const extra = {
        ...(dictionaryCode ? { dictionaryCode } : {}),
        ...(light ? { light } : {}),
        ...(noun ? { noun } : {}),
        ...(forms ? { forms } : {}),
      };
      return JSON.stringify({ lemma, code, block, blocks, ...extra, patterns });
    }),
  ];
  return lines.join("\n") + "\n";
}
