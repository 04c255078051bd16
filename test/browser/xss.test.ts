// Entity names, sentences and titles come from untrusted articles: a name that is HTML must show as text in the
// explorer panel, the search suggestions, the document view and the widget's text alternative, and never run.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xssGraph } from "./helpers/demoGraph.js";
import { FIXTURE_HUB, XSS_NAME } from "./helpers/fixtureGraph.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";
import { afterFrames } from "./helpers/waits.js";

let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

/** Counts <img>, <script> from data, <svg onload> etc. in the document and in every open shadow root. */
function injectedElements(p: Page): Promise<number> {
  return p.evaluate(() => {
    let count = 0;
    const scan = (root: Document | ShadowRoot) => {
      count += root.querySelectorAll("img, svg, b, i, u, [onerror], [onload]").length;
      root.querySelectorAll("*").forEach((el) => el.shadowRoot && scan(el.shadowRoot));
    };
    scan(document);
    return count;
  });
}

beforeAll(async () => {
  server = await startViewerServer(xssGraph());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("untrusted names render as text", () => {
  it("in the explorer's suggestions, panel and document view", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (window as unknown as { __kgExplorer?: { ready: boolean } }).__kgExplorer?.ready);
    await page.type("#search", "<img", { delay: 10 });
    const option = page.locator("#search-list [role=option]").first();
    await option.waitFor();
    expect(await option.textContent()).toContain(XSS_NAME);
    await page.press("#search", "Enter");
    await expect.poll(() => page.locator("#details-body h2").first().textContent()).toBe(XSS_NAME);
    const quote = await page.locator("#details-body blockquote").first().textContent();
    expect(quote).toContain("<script>alert(2)</script>");
    expect(await page.locator("#details-body mark").first().textContent()).toBe(XSS_NAME);
    await page.locator("#details-body .doc-link").first().click();
    await page.locator(".doc-text").waitFor();
    expect(await page.locator(".doc-title").textContent()).toContain("<i>title</i>");
    // javascript: URLs from article metadata are not linked.
    expect(await page.locator('#details-body a[href^="javascript"]').count()).toBe(0);
    expect(await injectedElements(page)).toBe(0);
    await afterFrames(page);
    expect(dialogs).toEqual([]);
  });

  it("in the widget's title and text alternative", async () => {
    await page.goto(`${server.url}/examples/embed.html`);
    // The example page focuses an entity of the demo graph; this graph is the invented fixture.
    await page.evaluate((hub) => document.querySelector("#kg-script")!.setAttribute("focus", hub), FIXTURE_HUB);
    const texts = await page
      .waitForFunction(
        () => {
          const root = document.querySelector("#kg-script")?.shadowRoot;
          const items = root
            ? [...root.querySelectorAll(".kg-entities li, .kg-relations li")].map((li) => li.textContent)
            : [];
          return items.length ? items : null;
        },
        null,
        { timeout: 20_000 },
      )
      .then((h) => h.jsonValue());
    expect(texts!.some((t) => t?.includes(XSS_NAME))).toBe(true);
    expect(texts!.some((t) => t?.includes("<u>met</u>"))).toBe(true);
    // Clicking into the XSS entity re-centres the widget on it: the title carries the name as text.
    await page.evaluate((name) => document.querySelector("#kg-script")!.setAttribute("focus", name), XSS_NAME);
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector("#kg-script")!.shadowRoot!.querySelector(".title")!.textContent),
      )
      .toBe(`Connections of ${XSS_NAME}`);
    expect(await injectedElements(page)).toBe(0);
    await afterFrames(page);
    expect(dialogs).toEqual([]);
  });
});
