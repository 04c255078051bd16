// Test double for the extractor and NER tagger (same module contract as src/extract and src/ner): capitalised
// word runs are entities, entities in one sentence co-occur, "met" / "detained" give specific relations.
// "FAIL_EXTRACTION" in an article makes extraction throw, "HANG_EXTRACTION" loop forever, "CRASH_EXTRACTION" end
// the thread; FAKE_EXTRACTOR_DELAY_MS slows every article down.
import type {
  ArticleInput,
  CrossDocumentResolution,
  DocumentExtraction,
  ExtractedEntity,
  ExtractedRelation,
  ResolvedEntity,
} from "../../extract/types.js";
import type { NerTagger } from "../../ner/types.js";

export const EXTRACTOR_VERSION = "fake-1";

/** How often this thread loaded the "model" (tests check that warm builds do not). */
export const loads = { count: 0 };

export function loadNerTagger(): NerTagger {
  loads.count++;
  return { modelName: "fake-ner", tagDocument: (sentences) => sentences.map((s) => s.map(() => "O")) };
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function extractDocument(article: ArticleInput, _tagger: NerTagger): DocumentExtraction {
  if (article.text.includes("FAIL_EXTRACTION")) throw new Error("the fake extractor was told to fail");
  // Only ever used on worker threads: a hung extractor and a crashed worker.
  if (article.text.includes("HANG_EXTRACTION")) for (;;);
  if (article.text.includes("CRASH_EXTRACTION")) process.exit(3);
  const delay = Number(process.env.FAKE_EXTRACTOR_DELAY_MS ?? 0);
  if (delay > 0) {
    const until = Date.now() + delay;
    while (Date.now() < until);
  }
  const entities = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  const sentencePattern = /[^.!?\n]+[.!?]?/g;
  let sentence = 0;
  for (let s = sentencePattern.exec(article.text); s; s = sentencePattern.exec(article.text), sentence++) {
    const inSentence: string[] = [];
    const namePattern = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b/g;
    for (let m = namePattern.exec(s[0]); m; m = namePattern.exec(s[0])) {
      if (m.index === 0 && !m[0].includes(" ")) continue; // sentence-initial capital
      const label = m[0];
      const localId = slug(label);
      const start = s.index + m.index;
      const mention = { doc: article.docKey, start, end: start + label.length, text: label, sentence };
      const entity = entities.get(localId);
      if (entity) entity.mentions.push(mention);
      else
        entities.set(localId, {
          localId,
          type: label.includes(" ") ? "PERSON" : "ORGANIZATION",
          label,
          aliases: [label],
          roles: [],
          mentions: [mention],
        });
      if (!inSentence.includes(localId)) inSentence.push(localId);
    }
    const evidence = [{ doc: article.docKey, start: s.index, end: s.index + s[0].length, text: s[0] }];
    const category = / met /.test(s[0]) ? "ASSOCIATION" : / detained /.test(s[0]) ? "COERCION" : "CO_OCCURRENCE";
    for (let i = 0; i < inSentence.length; i++)
      for (let j = i + 1; j < inSentence.length; j++)
        relations.push({
          source: inSentence[i]!,
          target: inSentence[j]!,
          category,
          label: category === "ASSOCIATION" ? "met" : category === "COERCION" ? "detained" : "co-occurs",
          confidence: category === "CO_OCCURRENCE" ? 0.3 : 0.6,
          evidence,
        });
  }
  return {
    docKey: article.docKey,
    sentenceCount: sentence,
    wordCount: article.text.split(/\s+/).length,
    entities: [...entities.values()],
    relations,
    warnings: [],
  };
}

export function resolveAcrossDocuments(extractions: DocumentExtraction[]): CrossDocumentResolution {
  const byKey = new Map<string, ResolvedEntity>();
  const keyOf = new Map<string, string>();
  for (const extraction of extractions)
    for (const entity of extraction.entities) {
      const key = `${entity.type.toLowerCase()}:${entity.localId}`;
      keyOf.set(`${extraction.docKey}#${entity.localId}`, key);
      const resolved = byKey.get(key);
      if (resolved) {
        resolved.mentions.push(...entity.mentions);
        if (!resolved.docs.includes(extraction.docKey)) resolved.docs.push(extraction.docKey);
      } else
        byKey.set(key, {
          key,
          type: entity.type,
          label: entity.label,
          aliases: [...entity.aliases],
          roles: [],
          mentions: [...entity.mentions],
          docs: [extraction.docKey],
        });
    }
  return { entities: [...byKey.values()], keyOf };
}
