// Reduces an HTML page to readable text: scripts and styles dropped, block elements become line breaks, entities
// decoded. Regular expressions suffice here because only the prose matters, not the document tree.

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  middot: "·",
  bull: "•",
  shy: "",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  oacute: "ó",
  iacute: "í",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  szlig: "ß",
  oslash: "ø",
  aring: "å",
  Eacute: "É",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
};

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK =
  "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul";

function inlineText(html: string): string {
  return decodeHtmlEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

function metaContent(html: string, names: string[]): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:name|property|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (key && names.includes(key)) {
      const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag);
      const value = content?.[2] ?? content?.[3];
      if (value) return decodeHtmlEntities(value).trim();
    }
  }
  return undefined;
}

export interface HtmlArticle {
  title?: string;
  text: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export function htmlToText(html: string): HtmlArticle {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, (m, tag: string) =>
      // Keep <head> for the title and metadata below; only its scripts/styles go.
      tag.toLowerCase() === "head" ? m.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "") : "",
    );
  const headEnd = cleaned.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? cleaned.slice(0, headEnd) : "";
  const body = headEnd >= 0 ? cleaned.slice(headEnd) : cleaned;
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head || cleaned)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(body)?.[1];
  const text = decodeHtmlEntities(
    body
      .replace(/<title\b[\s\S]*?<\/title\s*>/gi, "")
      .replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, "gi"), "\n")
      .replace(/<[^>]*>/g, ""),
  )
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
  const title = (h1 && inlineText(h1)) || (titleTag && inlineText(titleTag)) || undefined;
  const date = metaContent(head, ["article:published_time", "date", "datepublished", "dc.date"]);
  return {
    title,
    text,
    publisher: metaContent(head, ["og:site_name", "publisher", "dc.publisher"]),
    date: date ? date.slice(0, 10) : undefined,
    url:
      metaContent(head, ["og:url"]) ?? /<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(head)?.[1],
  };
}
