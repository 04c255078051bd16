// Article formats go through real parsers: CommonMark for Markdown, htmlparser2 for HTML, YAML for front matter.
import { describe, expect, it } from "vitest";
import { htmlToText } from "./htmlToText.js";
import { markdownToText } from "./markdownToText.js";
import { parseArticle } from "./parseArticle.js";
import { parseFrontMatter } from "./parseFrontMatter.js";

describe("markdownToText (CommonMark)", () => {
  it("keeps a clause between a less-than and a greater-than sign that is not an HTML tag", () => {
    const text = "Ratings moved from A<B in March, Anna Berg said, to B>A in May; turnout was < 40%.";
    expect(markdownToText(text)).toBe(text);
  });

  it("drops real inline tags but keeps the text they wrap", () => {
    expect(markdownToText("The mayor, <b>Carl Dahl</b>, spoke.<br>Then <span class=x>Eva Lind</span> left.")).toBe(
      "The mayor, Carl Dahl, spoke.Then Eva Lind left.",
    );
  });

  it("reduces lists, quotes, headings, code and links to lines of prose", () => {
    const md = [
      "## Timeline",
      "",
      "- Anna Berg resigned",
      "- Carl Dahl took over",
      "",
      "> She said: *never again*.",
      "",
      "```",
      "raw code line",
      "```",
      "",
      "See [the report][r] and ![a chart](c.png).",
      "",
      "[r]: https://example.test/report",
    ].join("\n");
    expect(markdownToText(md)).toBe(
      "Timeline\n\nAnna Berg resigned\nCarl Dahl took over\n\nShe said: never again.\n\nraw code line\n\nSee the report and a chart.",
    );
  });

  it("keeps asterisks that do not delimit emphasis", () => {
    expect(markdownToText('He wrote "f** off" twice, and 2 * 3 = 6.')).toBe('He wrote "f** off" twice, and 2 * 3 = 6.');
  });

  it("reduces a block of raw HTML to its text", () => {
    expect(markdownToText("<div>\n<p>Inside &amp; out</p>\n</div>\n\nAfter.")).toBe("Inside & out\n\nAfter.");
  });
});

describe("htmlToText (htmlparser2)", () => {
  it("decodes every named HTML5 entity, not just a short list", () => {
    expect(
      htmlToText("<p>&Scaron;koda &ndash; &eacute;t&eacute; &frac12; &hearts; &ccaron; &ThinSpace;x</p>").text,
    ).toBe("Škoda – été ½ ♥ č \u2009x");
  });

  it("does not read a > inside an attribute or script as the end of a tag", () => {
    const page = htmlToText(
      `<html lang="en-GB"><head><meta name="date" content="04/03/2024"><script>if (a > b && c < d) x = "<p>";</script></head>` +
        `<body><p title="a > b">First</p><img alt="x > y"><p>Second</p></body></html>`,
    );
    expect(page.text).toBe("First\n\nSecond");
    expect(page.locale).toBe("en-GB");
    expect(page.date).toBe("04/03/2024");
  });

  it("takes the canonical URL, the publisher and the title from the head", () => {
    const page = htmlToText(
      `<head><title>Site | Page</title><link rel="canonical" href="https://x.test/a"><meta property="og:site_name" content="A &amp; B"></head><body>Text</body>`,
    );
    expect(page).toEqual({ title: "Site | Page", text: "Text", publisher: "A & B", url: "https://x.test/a" });
  });
});

describe("parseFrontMatter (YAML)", () => {
  it("reads block scalars, lists and colons inside quoted values", () => {
    const fm = parseFrontMatter(
      [
        "---",
        "title: 'Talks: a second round'",
        "summary: >",
        "  Two lines",
        "  folded.",
        "tags: [politics, economy]",
        "Date: 2024-05-02",
        "---",
        "Body.",
      ].join("\n"),
    );
    expect(fm?.data).toEqual({
      title: "Talks: a second round",
      summary: "Two lines folded.",
      tags: "politics, economy",
      date: "2024-05-02",
    });
    expect(fm?.body).toBe("Body.");
  });

  it("reports invalid YAML instead of guessing at it", () => {
    const fm = parseFrontMatter("---\ntitle: [unclosed\n---\nBody.");
    expect(fm?.data).toEqual({});
    expect(fm?.error).toBeTruthy();
    const parsed = parseArticle("a.md", "doc:a", "---\ntitle: [unclosed\n---\nSome words.", 1);
    expect(parsed.ok && parsed.warnings.join()).toMatch(/not valid YAML/);
  });
});

describe("parseArticle dates", () => {
  it("reads the front matter date with the article's locale and warns when it is ambiguous", () => {
    const read = (front: string) => parseArticle("a.md", "doc:a", `---\n${front}\n---\nSome words.`, 1);
    expect(read("date: 03/04/2024\nlocale: en-GB")).toMatchObject({ ok: true, article: { date: "2024-04-03" } });
    expect(read("date: 03/04/2024\nlang: en-US")).toMatchObject({ ok: true, article: { date: "2024-03-04" } });
    const ambiguous = read("date: 03/04/2024");
    expect(ambiguous.ok && ambiguous.article.date).toBeUndefined();
    expect(ambiguous.ok && ambiguous.warnings.join()).toMatch(/ambiguous date "03\/04\/2024"/);
    expect(read('date: "March 4, 2024"')).toMatchObject({ ok: true, article: { date: "2024-03-04" } });
  });

  it("reads an HTML page's date with the page's language", () => {
    const parsed = parseArticle(
      "a.html",
      "doc:a",
      `<html lang="fr-FR"><head><meta name="date" content="03/04/2024"></head><body><p>Des mots.</p></body></html>`,
      1,
    );
    expect(parsed).toMatchObject({ ok: true, article: { date: "2024-04-03" } });
  });
});
