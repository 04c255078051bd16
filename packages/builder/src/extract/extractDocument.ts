// Per-article extraction: sentences and tokens, NER, mentions and entities, roles, relations with evidence, dates
// and quantities, co-occurrences. Pure, synchronous and deterministic: it runs in worker threads and its output
// is cached per content hash (bump EXTRACTOR_VERSION whenever the output changes).
import type { Evidence, Mention, Quantity } from "@newskg/graph-model";
import type { NerTagger } from "../ner/types.js";
import { splitSentences } from "../text/splitSentences.js";
import { buildEntities } from "./buildEntities.js";
import type { DocModel, DocSentence } from "./docModel.js";
import { addCoOccurrences } from "./addCoOccurrences.js";
import { extractRoles } from "./extractRoles.js";
import type { RelationFact } from "./relationFact.js";
import { parsedRelations, type DependencyParser, type ParseObserver } from "./parsedRelations.js";
import { findQuantities, rateIn } from "./findQuantities.js";
import { findMentions, findReferences } from "./findMentions.js";
import { datesIn } from "./normalizeDate.js";
import { resolveReferences } from "./resolveReferences.js";
import { retypeInstitutions } from "./retypeInstitutions.js";
import { calibrated } from "../relations/confidence.js";
import { PAIR_VIA } from "../relations/pairClassifier.js";
import type { ArticleInput, DocumentExtraction, ExtractedEntity, ExtractedRelation } from "./types.js";

export const EXTRACTOR_VERSION = "extract-0.39.95";

const DATED = new Set(["COERCION", "STATEMENT", "SUPPORT", "OPPOSITION", "VIOLENCE", "MOVEMENT", "ANNOUNCEMENT"]);
const COUNTED = new Set(["MOVEMENT", "COERCION", "VIOLENCE", "SUPPORT"]);

/** A token with a letter or digit (ASCII fast path; this runs for every token). */
function isWord(tok: string): boolean {
  const c = tok.charCodeAt(0);
  if (c < 128)
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || /[\p{L}\p{N}]/u.test(tok);
  return /[\p{L}\p{N}]/u.test(tok);
}

/**
 * `parser` annotates the article's sentences with UD parses; relations are read from them. Without one, only the
 * relations established while finding mentions (and titles) are extracted.
 */
export interface ExtractOptions {
  /** Sees each parsed Doc with its entity spans and the relations read (scripts/showRelations.ts). */
  observeParse?: ParseObserver;
  /** Keep the readers' raw confidences (for calibrating them, scripts/calibrateConfidence.ts). */
  rawConfidence?: boolean;
}

export function extractDocument(
  article: ArticleInput,
  tagger: NerTagger,
  parser?: DependencyParser,
  options: ExtractOptions = {},
): DocumentExtraction {
  const text = article.text;
  const warnings: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let wordCount = 0;
  const sentences: DocSentence[] = splitSentences(text).map((s, index) => {
    const key = text.slice(s.start, s.end).replace(/\s+/g, " ");
    // Scraped pages repeat titles and lead paragraphs: an exact repeat of a sentence is read once.
    const duplicate = key.length >= 20 && seen.has(key);
    seen.add(key);
    if (duplicate) duplicates++;
    else for (const t of s.tokens) if (isWord(t.text)) wordCount++;
    const n = s.tokens.length;
    return {
      ...s,
      index,
      duplicate,
      lower: s.tokens.map((t) => t.text.toLowerCase()),
      cover: new Int32Array(n).fill(-1),
      refAt: new Int32Array(n).fill(-1),
    };
  });
  if (duplicates) warnings.push(`${duplicates} duplicated sentence${duplicates > 1 ? "s" : ""} skipped`);
  const doc: DocModel = { text, sentences, mentions: [], refs: [], entities: [] };
  if (article.date) doc.date = article.date;
  const active = sentences.filter((s) => !s.duplicate);
  const tags = active.length ? tagger.tagDocument(active.map((s) => s.tokens.map((t) => t.text))) : [];
  findMentions(doc, active, tags);
  buildEntities(doc);
  findReferences(doc, active);
  resolveReferences(doc);
  const titles = extractRoles(doc);
  const works = new Set<number>();
  const relations = parser ? parsedRelations(doc, active, parser, warnings, options.observeParse, works) : [];
  // A title whose "organization" the parse shows to be a work ("Y director X" after "directed Y") is no role.
  const roles = titles.filter((r) => r.category !== "ROLE" || !works.has(r.target));
  const facts: RelationFact[] = [
    ...roles.map((r) => ({
      source: r.person,
      target: r.target,
      category: r.category,
      label: r.role,
      confidence: r.confidence,
      sent: r.sent,
      trigger: { start: r.start, end: r.end },
    })),
    ...relations,
  ];
  // Confidence as measured on development data (relations/confidence.ts), unless raw values are asked for.
  // The pair classifier's confidence is already a probability fitted on held-out data (relations/pairClassifier.ts).
  if (!options.rawConfidence)
    for (const f of facts) if (f.via !== PAIR_VIA) f.confidence = calibrated(f.category, f.confidence);
  retypeInstitutions(doc, facts);
  addCoOccurrences(doc, facts);
  return {
    docKey: article.docKey,
    sentenceCount: sentences.length,
    wordCount,
    entities: entitiesOf(doc, article.docKey),
    relations: relationsOf(doc, facts, article),
    warnings,
  };
}

function localId(i: number): string {
  return `e${i}`;
}

function entitiesOf(doc: DocModel, docKey: string): ExtractedEntity[] {
  return doc.entities
    .filter((e) => e.mentions.length)
    .map((e) => {
      const mentions: Mention[] = [...e.mentions]
        .sort((a, b) => a.start - b.start)
        .map((m) => ({ doc: docKey, start: m.start, end: m.end, text: m.text, sentence: m.sent }));
      const aliases = [e.label, ...[...e.aliases].filter((a) => a !== e.label)];
      const out: ExtractedEntity = {
        localId: localId(e.index),
        type: e.type,
        label: e.label,
        aliases,
        roles: e.roles,
        mentions,
      };
      if (e.iso) out.iso = e.iso;
      if (e.lat !== undefined) out.lat = e.lat;
      if (e.lng !== undefined) out.lng = e.lng;
      return out;
    });
}

function evidenceOf(doc: DocModel, docKey: string, f: RelationFact): Evidence {
  const s = doc.sentences[f.sent]!;
  const ev: Evidence = { doc: docKey, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
  if (f.trigger) ev.trigger = f.trigger;
  return ev;
}

/** One relation per (source, target, category) with every supporting sentence; symmetric pairs ordered. */
function relationsOf(doc: DocModel, facts: RelationFact[], article: ArticleInput): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  const quantitiesBySent = new Map<number, ReturnType<typeof findQuantities>>();
  for (const f of facts) {
    let { source, target } = f;
    if (
      (f.category === "ASSOCIATION" || f.category === "ALLIANCE" || f.category === "CO_OCCURRENCE") &&
      f.category !== "ALLIANCE" &&
      source > target
    )
      [source, target] = [target, source];
    const key = `${source}|${target}|${f.category}`;
    const ev = evidenceOf(doc, article.docKey, f);
    let rel = byKey.get(key);
    if (!rel) {
      rel = {
        source: localId(source),
        target: localId(target),
        category: f.category,
        label: f.label,
        confidence: f.confidence,
        evidence: [],
      };
      if (f.cameo) rel.cameo = f.cameo;
      byKey.set(key, rel);
    }
    if (!rel.evidence.some((e) => e.start === ev.start)) rel.evidence.push(ev);
    rel.confidence = Math.max(rel.confidence, f.confidence);
    if (DATED.has(f.category) && !rel.date && f.trigger) {
      // The date expression closest to the trigger, if it is near (not another clause's date).
      const at = f.trigger.start - ev.start;
      let best: { index: number; date: string } | undefined;
      for (const d of datesIn(ev.text, article.date))
        if (Math.abs(d.index - at) <= 80 && (!best || Math.abs(d.index - at) < Math.abs(best.index - at))) best = d;
      if (best) rel.date = best.date;
    }
    if (COUNTED.has(f.category) && f.argTokens) {
      const s = doc.sentences[f.sent]!;
      let qs = quantitiesBySent.get(f.sent);
      if (!qs) quantitiesBySent.set(f.sent, (qs = findQuantities(s, doc.text)));
      for (const q of qs) {
        // A count directly before an argument counts it ("around 40,000 Ruritanians"); a sentence's duration
        // belongs to its coercion ("sentenced ... to seven years").
        const duration = f.category === "COERCION" && q.unit !== undefined && /^(year|month|week|day)s?$/.test(q.unit);
        if (!duration && !f.argTokens.some(([i]) => q.j <= i && i - q.j <= 1)) continue;
        const quantity: Quantity = { value: q.value, text: q.text };
        if (q.unit) quantity.unit = q.unit;
        else {
          const rate = qs.find((x) => x !== q && x.unit && x.i > q.j);
          if (rate?.unit) quantity.unit = rate.unit;
        }
        rel.quantities ??= [];
        if (!rel.quantities.some((x) => x.text === quantity.text)) rel.quantities.push(quantity);
      }
      // A rate stated after the movement ("every day").
      if (rel.quantities) {
        const rate = rateIn(ev.text);
        for (const q of rel.quantities) if (rate && !q.unit) q.unit = rate;
      }
    }
  }
  return [...byKey.values()];
}
