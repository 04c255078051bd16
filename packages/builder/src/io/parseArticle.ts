// Reads the title, metadata and body of one decoded article file according to its format.
import { createHash } from "node:crypto";
import { decodeHTMLStrict } from "entities";
import type { ArticleRecord } from "./articleRecord.js";
import { countWords } from "./countWords.js";
import { htmlToText } from "./htmlToText.js";
import { markdownToText } from "./markdownToText.js";
import { readDate } from "./normaliseDate.js";
import { parseFrontMatter } from "./parseFrontMatter.js";

export type ParsedArticle =
  | {
      ok: true;
      article: ArticleRecord;
      /** Problems that did not stop the article (an unreadable date). */ warnings: string[];
    }
  | { ok: false; reason: string };

/** Line endings and Unicode normalised, so offsets and hashes do not depend on the editor that saved the file. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

export function contentHashOf(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim()
      .replace(/^#+\s*/, "") ?? ""
  );
}

export function parseArticle(file: string, docKey: string, raw: string, bytes: number): ParsedArticle {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  let text: string;
  let title: string | undefined;
  const meta: { publisher?: string; date?: string; url?: string; source?: string; locale?: string } = {};
  const warnings: string[] = [];
  if (ext === "html" || ext === "htm") {
    const html = htmlToText(raw);
    text = normaliseText(html.text);
    title = html.title;
    Object.assign(meta, { publisher: html.publisher, date: html.date, url: html.url, locale: html.locale });
  } else {
    const front = ext === "md" || ext === "markdown" ? parseFrontMatter(raw.replace(/^\uFEFF/, "")) : null;
    if (front?.error) warnings.push(`front matter is not valid YAML, its fields are ignored: ${front.error}`);
    const markdown = ext === "md" || ext === "markdown";
    const body = front ? front.body : raw;
    // Plain text exported from a CMS often keeps its character references ("Ren&#233;e", "&amp;"): decoded, so a
    // name is read whole. Markdown decodes its own.
    text = normaliseText(markdown ? markdownToText(body) : decodeHTMLStrict(body));
    if (front) {
      const d = front.data;
      title = d.title ?? d.headline;
      Object.assign(meta, {
        publisher: d.publisher ?? d.outlet,
        date: d.date ?? d.published,
        url: d.url ?? d.link,
        source: d.source,
        locale: d.locale ?? d.lang ?? d.language,
      });
    }
  }
  if (text === "") return { ok: false, reason: "empty file (no text)" };
  const wordCount = countWords(text);
  if (wordCount === 0) return { ok: false, reason: "no words (only punctuation, symbols or whitespace)" };
  const article: ArticleRecord = {
    docKey,
    file,
    title: title?.trim() || firstLine(text),
    text,
    contentHash: contentHashOf(text),
    wordCount,
    bytes,
  };
  if (meta.date) {
    const reading = readDate(meta.date, meta.locale);
    if ("date" in reading) article.date = reading.date;
    else warnings.push(`date ignored: ${reading.problem}`);
  }
  if (meta.publisher) article.publisher = meta.publisher;
  if (meta.url) article.url = meta.url;
  if (meta.source) article.source = meta.source;
  return { ok: true, article, warnings };
}
