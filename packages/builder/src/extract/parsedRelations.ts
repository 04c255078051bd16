// Relations of an article read from its dependency parse: the builder's own sentences and tokens (the ones NER
// tagged) become a Doc, the parser annotates it, mentions and resolved references become entity spans over its
// tokens, and src/relations reads the relations. Plus the relations that mention finding already established
// (a body created for the article's country, the place anchoring an organization or facility, an event's agent
// and place).
import type { Doc } from "../nlp/doc.js";
import { Doc as NlpDoc } from "../nlp/doc.js";
import { relationsFromParse, type EntitySpan } from "../relations/index.js";
import type { DocModel, DocSentence } from "./docModel.js";
import type { RelationFact } from "./relationFact.js";
import { VIOLENT_CLASSES } from "./lexicon/events.js";
import { ORG_HEADS } from "./lexicon/organizations.js";

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
]);

function docOf(text: string, active: readonly DocSentence[]): { doc: Doc; base: number[] } {
  const words: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const sentStarts: number[] = [];
  const base: number[] = [];
  for (const s of active) {
    base.push(words.length);
    sentStarts.push(words.length);
    for (const t of s.tokens) {
      words.push(t.text);
      start.push(t.start);
      end.push(t.end);
    }
  }
  return { doc: new NlpDoc({ text, words, start, end, sentStarts }), base };
}

export function parsedRelations(
  model: DocModel,
  active: readonly DocSentence[],
  parser: DependencyParser,
  warnings: string[],
): RelationFact[] {
  const facts: RelationFact[] = [...mentionRelations(model)];
  if (!active.length) return facts;
  const { doc, base } = docOf(model.text, active);
  try {
    parser.annotate(doc);
  } catch (error) {
    // A sentence the parser cannot take costs its relations, never the article.
    warnings.push(`parser failed: ${error instanceof Error ? error.message : String(error)}`);
    return facts;
  }
  doc.invalidate();
  const docSentOf = new Map<number, number>(active.map((s, k) => [s.index, k]));
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
    if (m.based) span.based = true;
    (m.nested ? nested : names).push(span);
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
  const { relations } = relationsFromParse(doc, outer, nested, (e) => model.entities[e]?.type ?? "PERSON", described);
  for (const r of relations) {
    const k = doc.sentOf[r.trigger] ?? 0;
    const sentence = active[k];
    const b = base[k] ?? 0;
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
      const head = (m.text.split(/\s+/).pop() ?? "").toLowerCase();
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
  return out;
}
