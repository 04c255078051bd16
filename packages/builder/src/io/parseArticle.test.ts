import { describe, expect, it } from "vitest";
import { decodeArticleBytes, firstInvalidUtf8Offset } from "./decodeArticleBytes.js";
import { docKeyOf } from "./docKeyOf.js";
import { htmlToText } from "./htmlToText.js";
import { parseArticle } from "./parseArticle.js";
import { parseFrontMatter } from "./parseFrontMatter.js";

describe("decodeArticleBytes", () => {
  it("decodes UTF-8 and refuses empty and binary input", () => {
    expect(decodeArticleBytes(new TextEncoder().encode("Café – ok"))).toEqual({ ok: true, text: "Café – ok" });
    expect(decodeArticleBytes(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodeArticleBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/binary/),
    });
  });

  it("falls back to windows-1252 and names the offset of the first invalid byte", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("a fee of "), 0xa3, 0x31, 0x35, 0x6d]);
    const decoded = decodeArticleBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, text: "a fee of £15m" });
    expect(decoded.ok && decoded.warning).toMatch(/offset 9/);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xe2, 0x82, 0xac, 0xe2, 0x82]))).toBe(3);
    expect(firstInvalidUtf8Offset(new TextEncoder().encode("ok €"))).toBe(-1);
  });
});

describe("parseFrontMatter", () => {
  it("reads key: value lines with quoted and plain scalars", () => {
    const fm = parseFrontMatter(
      `---\ntitle: "A \\"quoted\\" title"\npublisher: 'WNB/TR'\ndate: 2022-09-23 # comment\n---\nBody here.`,
    );
    expect(fm?.data).toEqual({ title: 'A "quoted" title', publisher: "WNB/TR", date: "2022-09-23" });
    expect(fm?.body).toBe("Body here.");
    expect(parseFrontMatter("no front matter")).toBeNull();
  });
});

describe("htmlToText", () => {
  it("drops scripts and styles, breaks blocks into lines, decodes entities, finds the title", () => {
    const page = htmlToText(
      `<html><head><title>Site | Page</title><meta property="og:site_name" content="Daily &amp; Co"><script>var x = "<p>";</script><style>p{}</style></head>` +
        `<body><h1>Big &quot;news&quot;</h1><p>First&nbsp;para &amp; more.</p><div>Second<br>line &#8211; &#x41;</div></body></html>`,
    );
    expect(page.title).toBe('Big "news"');
    expect(page.publisher).toBe("Daily & Co");
    expect(page.text).toBe('Big "news"\n\nFirst para & more.\n\nSecond\nline – A');
    expect(page.text).not.toMatch(/var x|p\{\}/);
  });
});

describe("parseArticle", () => {
  it("takes the first non-empty line of a .txt file as its title", () => {
    const parsed = parseArticle(
      "sport/001.txt",
      docKeyOf("sport/001.txt"),
      "\n\nHeadline here\r\n\r\nBody text.\r\n",
      10,
    );
    expect(parsed).toMatchObject({
      ok: true,
      article: { docKey: "doc:sport/001", title: "Headline here", text: "Headline here\n\nBody text.", wordCount: 4 },
    });
  });

  it("decodes character references left in plain text, and leaves a bare ampersand alone", () => {
    const parsed = parseArticle(
      "a.txt",
      docKeyOf("a.txt"),
      "Title\n\nOrla Ren&#233;e of Venn &amp; Co said &lt;no&gt; to R&D &#x2014; again.",
      80,
    );
    expect(parsed).toMatchObject({
      ok: true,
      article: { text: "Title\n\nOrla Renée of Venn & Co said <no> to R&D — again." },
    });
  });

  it("reads metadata from Markdown front matter", () => {
    const parsed = parseArticle(
      "a.md",
      "doc:a",
      `---\ntitle: T\ndate: 2022-09\nurl: https://x.test/a\n---\nSome words.`,
      1,
    );
    expect(parsed).toMatchObject({
      ok: true,
      article: { title: "T", date: "2022-09", url: "https://x.test/a", text: "Some words." },
    });
  });

  it("refuses text without words", () => {
    expect(parseArticle("p.txt", "doc:p", "... !!! ---\n?", 1)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no words/),
    });
    expect(parseArticle("e.md", "doc:e", "---\ntitle: x\n---\n   \n", 1)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/empty/),
    });
  });
});

describe("markdown and UTF-16", () => {
  it("reduces Markdown markup to prose", () => {
    const parsed = parseArticle(
      "m.md",
      "doc:m",
      "---\ntitle: T\n---\n# The *Big* Story\n\n> **Anna Berg** met [Carl Dahl](https://x.test) in `Oslo`.\n\n---\n\n![map](m.png) snake_case_word stays.",
      1,
    );
    expect(parsed.ok && parsed.article.text).toBe(
      "The Big Story\n\nAnna Berg met Carl Dahl in Oslo.\n\nmap snake_case_word stays.",
    );
  });

  it("decodes UTF-16 text with a byte order mark instead of calling it binary", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Héllo wörld", "utf16le")]);
    expect(decodeArticleBytes(utf16)).toMatchObject({ ok: true, text: "Héllo wörld" });
  });
});
