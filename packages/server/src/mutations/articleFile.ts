// addArticle stores articles the way people write them: Markdown with YAML front matter (see graph-data/README.md).
import { createHash } from "node:crypto";
import { badInput } from "../limits.js";

export interface ArticleInput {
  title: string;
  text: string;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
  fileName?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Validated file name: a plain name (no directories) ending in .md; derived from date + title when not given. */
export function articleFileName(input: ArticleInput): string {
  if (input.fileName) {
    const name = input.fileName.trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/.test(name) || name.includes(".."))
      throw badInput('"fileName" must be a plain file name of letters, digits, ".", "_" or "-" (no directories).');
    return name.endsWith(".md") ? name : `${name.replace(/\.(txt|html?)$/i, "")}.md`;
  }
  const slug =
    input.title
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article";
  const hash = createHash("sha256").update(input.text).digest("hex").slice(0, 8);
  return `${input.date ? `${input.date}-` : ""}${slug}-${hash}.md`;
}

export function formatArticleMarkdown(input: ArticleInput): string {
  const title = input.title.trim();
  const text = input.text.replace(/\r\n?/g, "\n").trim();
  if (!title) throw badInput('"title" must not be empty.');
  if (!text) throw badInput('"text" must not be empty.');
  if (input.date && !ISO_DATE.test(input.date)) throw badInput('"date" must be an ISO date (YYYY-MM-DD or YYYY-MM).');
  if (input.url && !/^https?:\/\/\S+$/.test(input.url)) throw badInput('"url" must be an http(s) URL.');
  // JSON strings are valid YAML double-quoted scalars, so any title is safe in the front matter.
  const lines = ["---", `title: ${JSON.stringify(title)}`];
  if (input.publisher) lines.push(`publisher: ${JSON.stringify(input.publisher.trim())}`);
  if (input.date) lines.push(`date: ${input.date}`);
  if (input.url) lines.push(`url: ${JSON.stringify(input.url)}`);
  lines.push("---", text, "");
  return lines.join("\n");
}
