// What extracting one article gives, and the article as the extractor sees it.
import type { ArticleInput, DocumentExtraction } from "../extract/types.js";
import type { ArticleRecord } from "../io/articleRecord.js";

export type ExtractionOutcome = { extraction: DocumentExtraction } | { error: string };

export type OnExtracted = (done: number, article: ArticleRecord, outcome: ExtractionOutcome) => void;

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The extractor's input: the article without the builder's bookkeeping (hash, size), cheap to send to a worker. */
export function toInput(article: ArticleRecord): ArticleInput {
  const input: ArticleInput = { docKey: article.docKey, file: article.file, title: article.title, text: article.text };
  if (article.date) input.date = article.date;
  if (article.publisher) input.publisher = article.publisher;
  if (article.url) input.url = article.url;
  return input;
}
