// Relations of an article read from its dependency parse: the builder's own sentences and tokens (the ones NER
// tagged) become a Doc, the parser annotates it, mentions and resolved references become entity spans over its
// tokens, and src/relations reads the relations. Plus the relations that mention finding already established
// (a body created for the article's country, the place anchoring an organization or facility, an event's agent
// and place).
import type { Doc } from "../nlp/doc.js";
import { Doc as NlpDoc } from "../nlp/doc.js";
import { relationsFromParse, type EntitySpan, type ReadRelation } from "../relations/index.js";
import type { DocModel, DocSentence } from "./docModel.js";
import type { RelationFact } from "./relationFact.js";
import { VIOLENT_CLASSES } from "./lexicon/events.js";
import { readDataFile } from "../data/readDataFile.js";
import { countryIndex } from "./lexicon/countryIndex.js";
import { ORG_HEADS } from "./lexicon/organizations.js";
import { mainCountry } from "./mainCountry.js";

/** Anything that fills a Doc's lemma, UPOS, head and deprel in place (the trained pipeline in src/nlp). */
export interface DependencyParser {
  annotate(doc: Doc): void;
}

const STATE_BODIES = new Set([
  "force",
  "forces",
  "navy",
  "guard",
  "agency",
  "service",
  "office",
  "department",
  "bureau",
  "commission",
  "council",
  "ministry",
  "army",
  "police",
  "government",
  "parliament",
  "court",
  "senate",
  "congress",
  "assembly",
  "legislature",
  "cabinet",
  "embassy",
  // A legislature's chamber ("the Ruritanian House of Delegates").
  "house",
]);

const DATELINE_DASH = new Set(["--", "—", "–", "-"]);

/** Token index after a news dateline ("CITY, Region --") at the start of a sentence, or 0. */
function datelineEnd(s: DocSentence): number {
  const words = s.tokens.map((t) => t.text);
  for (let k = 0; k < Math.min(10, words.length - 1); k++) {
    const w = words[k] ?? "";
    if (DATELINE_DASH.has(w) && k > 0) return k + 1;
    // "CITY, Region (Agency)" with or without a dash after it.
    if (w === "(" && words[k + 2] === ")" && /^\p{Lu}/u.test(words[k + 1] ?? "")) {
      const after = k + 3;
      if (DATELINE_DASH.has(words[after] ?? "")) return after + 1;
      // Without a dash, the sentence starts right after the agency ("Porvik, Ostmark (Agency)The ..."); a name with
      // its acronym in brackets ("The Porvik Trade Council (PTC) is ...") runs on into its own sentence.
      const place = words.slice(0, k);
      const datelineShaped = k <= 2 || place.includes(",") || place.every((p) => p === "," || p === p.toUpperCase());
      return after < words.length && datelineShaped && /^\p{Lu}/u.test(words[after] ?? "") ? after : 0;
    }
    if (!/^(\p{Lu}|[,.'’])/u.test(w)) return 0;
  }
  return 0;
}

function docOf(
  text: string,
  active: readonly DocSentence[],
): { doc: Doc; base: number[]; datelines: [number, number][] } {
  const words: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentStarts: number[] = [];
  const base: number[] = [];
  const datelines: [number, number][] = [];
  for (const s of active) {
    base.push(words.length);
    sentStarts.push(words.length);
    // The dateline is parsed as a sentence of its own: it is not part of the first sentence's syntax.
    const dateline = datelineEnd(s);
    if (dateline) {
      sentStarts.push(words.length + dateline);
      datelines.push([words.length, words.length + dateline]);
    }
    for (const t of s.tokens) {
      words.push(t.text);
      start.push(t.start);
      end.push(t.end);
    }
  }
  return { doc: new NlpDoc({ text, words, start, end, sentStarts }), base, datelines };
}

/** Sees the parsed Doc, its entity spans and the relations read (scripts/showRelations.ts). */
export type ParseObserver = (doc: Doc, spans: EntitySpan[], relations: ReadRelation[]) => void;

export function parsedRelations(
  model: DocModel,
  active: readonly DocSentence[],
  parser: DependencyParser,
  warnings: string[],
  observe?: ParseObserver,
  /** Filled with the entities the parse shows to be works' titles ("the film Y"): no surface title reaches them. */
  works?: Set<number>,
): RelationFact[] {
  const facts: RelationFact[] = [...mentionRelations(model)];
  if (!active.length) return facts;
  const { doc, base, datelines } = docOf(model.text, active);
  try {
    parser.annotate(doc);
  } catch (error) {
    // A sentence the parser cannot take costs its relations, never the article.
    warnings.push(`parser failed: ${error instanceof Error ? error.message : String(error)}`);
    return facts;
  }
  doc.invalidate();
  const docSentOf = new Map<number, number>(active.map((s, k) => [s.index, k]));
  /** The active sentence (index into `active`) a Doc token belongs to (datelines split sentences in the Doc). */
  const modelSentOf = (token: number): number => {
    let lo = 0;
    let hi = base.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((base[mid] ?? 0) <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const toSpan = (sent: number, i: number, j: number, entity: number): EntitySpan | undefined => {
    const k = docSentOf.get(sent);
    const b = k === undefined ? undefined : base[k];
    const e = model.entities[entity];
    if (b === undefined || !e || j <= i) return undefined;
    return { start: b + i, end: b + j, entity, type: e.type };
  };
  const names: EntitySpan[] = [];
  const nested: EntitySpan[] = [];
  for (const m of model.mentions) {
    if (m.entity < 0) continue;
    const span = toSpan(m.sent, m.i, m.j, m.entity);
    if (!span) continue;
    if (m.adjective) span.adjective = true;
    if (m.group) span.group = true;
    if (m.modifier) span.modifier = m.modifier;
    // Nesting is decided on name ranges below: the finder's flag also marks places inside a wider argument cover.
    names.push(span);
  }
  // Overlapping names: the longer one is the name, the shorter nested in it.
  names.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: EntitySpan[] = [];
  for (const s of names) {
    const last = outer[outer.length - 1];
    if (last && s.start < last.end) nested.push({ ...s, nested: true });
    else outer.push(s);
  }
  // Descriptions the mention finder resolved ("the police", "the country", "the minister"); pronouns are
  // resolved on the parse.
  const described: EntitySpan[] = [];
  const taken = new Uint8Array(doc.length);
  for (const s of outer) for (let i = s.start; i < s.end; i++) taken[i] = 1;
  for (const r of model.refs) {
    if (r.kind === "pronoun" || r.entity < 0) continue;
    const span = toSpan(r.sent, r.i, r.j, r.entity);
    if (!span) continue;
    let free = true;
    for (let i = span.start; i < span.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = span.start; i < span.end; i++) taken[i] = 1;
    described.push({ ...span, reference: true });
  }
  const {
    relations,
    references,
    works: workTitles,
  } = relationsFromParse(
    doc,
    outer,
    nested,
    (e) => model.entities[e]?.type ?? "PERSON",
    described,
    topicCountry(model),
  );
  for (const e of workTitles) works?.add(e);
  observe?.(
    doc,
    [...outer, ...described, ...references].sort((a, b) => a.start - b.start),
    relations,
  );
  for (const r of relations) {
    // A dateline ("Varnsk, Ostmark (Agency)") says where the story was filed, not who works for the agency.
    if (r.category !== "LOCATION" && datelines.some(([a, b]) => r.trigger >= a && r.trigger < b)) continue;
    const sentence = active[modelSentOf(r.trigger)];
    const b = base[modelSentOf(r.trigger)] ?? 0;
    if (!sentence) continue;
    const fact: RelationFact = {
      source: r.source,
      target: r.target,
      category: r.category,
      label: r.label,
      confidence: r.confidence,
      sent: sentence.index,
      trigger: { start: doc.start[r.trigger] ?? sentence.start, end: doc.end[r.trigger] ?? sentence.start },
      argTokens: r.argTokens.map(([i, j]) => [i - b, j - b] as [number, number]),
      via: r.via,
    };
    if (r.cameo) fact.cameo = r.cameo;
    facts.push(fact);
  }
  return facts;
}

/** The country the article is about: its dateline's, else one named clearly more often than any other. */
function topicCountry(model: DocModel): number {
  const dateline = mainCountry(model);
  if (dateline >= 0) return dateline;
  const counts = model.entities
    .filter((e) => e.type === "COUNTRY")
    .map((e) => ({ e: e.index, n: e.mentions.length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && first.n >= 3 && (!second || first.n >= 2 * second.n) ? first.e : -1;
}

/** Relations the mention finder established while building names. */
function mentionRelations(model: DocModel): RelationFact[] {
  const out: RelationFact[] = [];
  const push = (
    source: number,
    target: number,
    category: RelationFact["category"],
    label: string,
    confidence: number,
    sent: number,
    via: string,
  ): void => {
    if (source === target || source < 0 || target < 0) return;
    const s = model.sentences[sent];
    out.push({
      source,
      target,
      category,
      label,
      confidence,
      sent,
      via,
      ...(s ? { trigger: { start: s.start, end: s.start } } : {}),
    });
  };
  for (const e of model.entities) {
    const first = e.mentions[0];
    if (!first) continue;
    if (e.type === "ORGANIZATION" && e.partOf !== undefined) {
      push(e.index, e.partOf, "PART_OF", `${e.orgHead ?? "part"} of`, 0.6, first.sent, "mention:national-body");
      continue;
    }
    for (const m of e.mentions) {
      if (m.placeMention === undefined) continue;
      const p = model.mentions[m.placeMention];
      if (!p || p.entity < 0 || e.type === "EVENT") continue;
      // The entity's name's head (one for all its mentions): the last word, or the one before its first lowercase
      // word ("Ministry of Defence of Ruritania", "the District Court for ...").
      const words = e.label.split(/\s+/);
      const low = words.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w));
      const head = ((low > 0 ? words[low - 1] : words.at(-1)) ?? "").toLowerCase();
      const government = e.type === "ORGANIZATION" && (!!e.orgHead || ORG_HEADS.has(head) || STATE_BODIES.has(head));
      const category = p.type === "COUNTRY" && government ? "PART_OF" : "LOCATION";
      push(
        e.index,
        p.entity,
        category,
        category === "PART_OF" ? `${e.orgHead ?? "part"} of` : "in",
        0.8,
        m.sent,
        "mention:anchor",
      );
      break;
    }
    if (e.type === "EVENT" && VIOLENT_CLASSES.has(first.eventClass ?? "")) {
      // "X's invasion" and "the war in Y" named as one event: X acts against Y.
      for (const a of e.mentions.filter((m) => m.agentIso)) {
        const agent = model.entities.find((x) => x.iso === a.agentIso);
        for (const t of e.mentions) {
          if (t.placeMention === undefined || !agent) continue;
          const target = model.mentions[t.placeMention]?.entity ?? -1;
          push(
            agent.index,
            target,
            "VIOLENCE",
            first.eventClass ?? "attack",
            a === t ? 0.7 : 0.55,
            a.sent,
            "mention:event",
          );
        }
      }
    }
  }
  out.push(...capitalRelations(model), ...shipRelations(model));
  return out;
}

/** A capital's name as it may be written: no accents or apostrophes, any case ("Sana'a", "Sanaa", "SANAA"). */
const capitalKey = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’.]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

let capitalIsos: Map<string, string> | undefined;

/** Words a capital's mention must have beside it for the text to call it one ("the capital, X", "X, the capital"). */
const CAPITAL_WORDS = new Set(["capital", "capitals"]);
const CAPITAL_WINDOW = 4;

/** The mention has "capital" among the few words before or after it in its sentence. */
function calledCapital(model: DocModel, m: DocModel["mentions"][number]): boolean {
  const words = model.sentences[m.sent]?.lower ?? [];
  for (let k = Math.max(0, m.i - CAPITAL_WINDOW); k < Math.min(words.length, m.j + CAPITAL_WINDOW); k++)
    if ((k < m.i || k >= m.j) && CAPITAL_WORDS.has(words[k]!)) return true;
  return false;
}

/** A mention of the capital in the sentence where a mention of its country has "capital" right after it, if any. */
function capitalOfMention(
  model: DocModel,
  country: DocModel["entities"][number],
  capital: DocModel["entities"][number],
): DocModel["mentions"][number] | undefined {
  for (const m of country.mentions) {
    const words = model.sentences[m.sent]?.lower ?? [];
    const next = words[m.j] === "'s" || words[m.j] === "’s" || words[m.j] === "'" ? m.j + 1 : m.j;
    if (!CAPITAL_WORDS.has(words[next] ?? "")) continue;
    return capital.mentions.find((c) => c.sent === m.sent) ?? capital.mentions[0];
  }
  return undefined;
}

/**
 * A place the text calls a capital ("the capital, X", "the capital of X", "X, the capital") lies in the country
 * whose capital the gazetteer says it is (the `capital` of world-countries), when the article names that country:
 * news leaves the country to the reader. A capital named without the word is often its government ("Moscow
 * said", a dateline) and reads nothing. The evidence is the sentence that calls it a capital.
 */
function capitalRelations(model: DocModel): RelationFact[] {
  capitalIsos ??= new Map([...countryIndex().capitalOf].map(([name, iso]) => [capitalKey(name), iso]));
  const out: RelationFact[] = [];
  for (const e of model.entities) {
    if (e.type !== "LOCATION" || !e.mentions.length) continue;
    const iso = [e.label, ...e.aliases].map((n) => capitalIsos!.get(capitalKey(n))).find((x) => x !== undefined);
    const country = iso ? model.entities.find((c) => c.type === "COUNTRY" && c.iso === iso) : undefined;
    if (!country) continue;
    // "the capital, X" on a mention of the place, else "the Ruritanian capital" / "Ruritania's capital" on one of
    // the country's: the article says the country has the capital the gazetteer names, and names that place.
    const called = e.mentions.find((m) => calledCapital(model, m)) ?? capitalOfMention(model, country, e);
    if (!called) continue;
    const sent = called.sent;
    const s = model.sentences[sent];
    out.push({
      source: e.index,
      target: country.index,
      category: "LOCATION",
      label: "capital of",
      confidence: 0.85,
      sent,
      via: "mention:capital",
      ...(s ? { trigger: { start: s.start, end: s.start } } : {}),
    });
  }
  return out;
}

let navyOfPrefix: ReadonlyMap<string, string> | undefined;

/** The country a navy's name states ("U.S. Navy", "Indian Navy"), or the body's own country; else undefined. */
function navyCountry(model: DocModel, navy: DocModel["entities"][number]): string | undefined {
  const index = countryIndex();
  for (const w of navy.label.split(/\s+/)) {
    const iso = index.byForm.get(w)?.iso;
    if (iso) return iso;
  }
  return navy.partOf !== undefined ? model.entities[navy.partOf]?.iso : undefined;
}

/**
 * A ship named with a state's prefix ("USS X", data/vessel-prefixes.json `navies`) is PART_OF that country's navy
 * where the article names it: "the Navy" (the article's own) or a navy whose name or body says the prefix's
 * country. A navy named with another country ("the Ruritanian navy") or another force's ("X Army Navy") is not it.
 */
function shipRelations(model: DocModel): RelationFact[] {
  navyOfPrefix ??= new Map(
    Object.entries(readDataFile<{ navies?: Record<string, string> }>("vessel-prefixes.json").navies ?? {}),
  );
  const navies = model.entities.filter((e) => e.type === "ORGANIZATION" && /(^|\s)navy$/i.test(e.label));
  if (!navies.length) return [];
  const out: RelationFact[] = [];
  for (const e of model.entities) {
    if (e.type !== "ORGANIZATION" || !e.mentions.length) continue;
    // Any of its names with the prefix ("USS X", later "the X").
    const iso = [e.label, ...e.aliases].map((n) => navyOfPrefix!.get(n.split(/\s+/)[0] ?? "")).find((x) => x);
    if (!iso) continue;
    const navy = navies.find((n) => {
      const c = navyCountry(model, n);
      return c ? c === iso : /^(the )?navy$/i.test(n.label);
    });
    if (!navy) continue;
    const navySents = new Set(navy.mentions.map((m) => m.sent));
    const sent = (e.mentions.find((m) => navySents.has(m.sent)) ?? e.mentions[0]!).sent;
    const s = model.sentences[sent];
    out.push({
      source: e.index,
      target: navy.index,
      category: "PART_OF",
      label: "ship of",
      confidence: 0.85,
      sent,
      via: "mention:ship",
      ...(s ? { trigger: { start: s.start, end: s.start } } : {}),
    });
  }
  return out;
}
