// Extraction on the calling thread (workers: 0, or too few articles to be worth starting threads).
import type { ArticleRecord } from "../io/articleRecord.js";
import type { ExtractorBackend } from "./extractorBackend.js";
import { messageOf, toInput, type ExtractionOutcome, type OnExtracted } from "./extractionOutcome.js";

export async function extractInThread(
  articles: readonly ArticleRecord[],
  backend: ExtractorBackend,
  options: { signal?: AbortSignal; onDone?: OnExtracted },
): Promise<ExtractionOutcome[]> {
  if (articles.length === 0) return [];
  const { extractor } = backend;
  const tagger = await backend.tagger();
  const parser = await backend.parser();
  const outcomes: ExtractionOutcome[] = [];
  for (const [i, article] of articles.entries()) {
    options.signal?.throwIfAborted();
    let outcome: ExtractionOutcome;
    try {
      outcome = { extraction: extractor.extractDocument(toInput(article), tagger, parser) };
    } catch (error) {
      outcome = { error: messageOf(error) };
    }
    outcomes.push(outcome);
    options.onDone?.(i + 1, article, outcome);
    // Let signals, progress output and timers run between articles.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outcomes;
}
