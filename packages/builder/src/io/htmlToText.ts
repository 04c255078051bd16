// Reduces an HTML page to readable text with htmlparser2 (entities decoded by its full HTML5 table): scripts,
// styles and other non-prose elements dropped, block elements become line breaks. The head gives the title and
// metadata (publisher, date, canonical URL, language).
import { Parser } from "htmlparser2";

const BLOCK = new Set(
  "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split(
    " ",
  ),
);
/** Elements whose content is not prose. */
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select"]);

const PUBLISHED = ["article:published_time", "date", "datepublished", "dc.date", "dc.date.issued"];
const PUBLISHER = ["og:site_name", "publisher", "dc.publisher"];
const LOCALE = ["og:locale", "language", "dc.language", "content-language"];

export interface HtmlArticle {
  title?: string;
  text: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** The page's language ("en-GB"), from `<html lang>` or its metadata. */
  locale?: string;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export function htmlToText(html: string): HtmlArticle {
  const body: string[] = [];
  const meta = new Map<string, string>();
  let title = "";
  let h1: string | undefined;
  let h1Text: string[] | null = null;
  let canonical: string | undefined;
  let lang: string | undefined;
  let skipDepth = 0;
  let inTitle = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "html" && attrs.lang) lang ??= attrs.lang.trim();
        if (name === "meta") {
          const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? attrs["http-equiv"])?.toLowerCase();
          const content = attrs.content?.trim();
          if (key && content && !meta.has(key)) meta.set(key, content);
          return;
        }
        if (name === "link" && attrs.rel?.toLowerCase().split(/\s+/).includes("canonical") && attrs.href)
          canonical ??= attrs.href.trim();
        if (name === "title") {
          inTitle = true;
          return;
        }
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === "h1" && h1 === undefined) h1Text = [];
        if (BLOCK.has(name)) body.push("\n");
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) {
          body.push(text);
          h1Text?.push(text);
        }
      },
      onclosetag(name, implied) {
        if (name === "title") {
          inTitle = false;
          return;
        }
        if (SKIP.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === "h1" && h1Text) {
          h1 = collapse(h1Text.join(""));
          h1Text = null;
        }
        // A void <br> or <hr> already broke the line when it opened.
        if (BLOCK.has(name) && !(implied && (name === "br" || name === "hr"))) body.push("\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const text = body
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined);
  const article: HtmlArticle = { text };
  const heading = h1 || collapse(title);
  if (heading) article.title = heading;
  const publisher = first(PUBLISHER);
  if (publisher) article.publisher = publisher;
  const date = first(PUBLISHED);
  if (date) article.date = date;
  const url = meta.get("og:url") ?? canonical;
  if (url) article.url = url;
  const locale = lang ?? first(LOCALE);
  if (locale) article.locale = locale;
  return article;
}
