// A real article page with 20 widgets on a generated newsroom-sized graph: every widget renders, no widget holds a
// WebGL context, canvases exist only for widgets in (or near) the viewport, and a hub's widget shows a ranked,
// labelled local neighbourhood (not a ring of hundreds) that fits a phone.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overlapping } from "./helpers/explorerHook.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import type { NewsroomStore } from "./helpers/newsroomGraph.js";
import { newsroomStore } from "./helpers/newsroomGraph.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";

const WIDGETS = 20;

let fixture: NewsroomStore;
let server: RunningServer;
let browser: Browser;
const errors: string[] = [];

function articlePage(focuses: string[]): string {
  const paragraph = "<p>" + "Reporting text between the graphics. ".repeat(30) + "</p>";
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Article</title><style>body{max-width:760px;margin:0 auto;font:16px system-ui;padding:0 12px}</style></head><body>
${focuses
  .map(
    (f, i) =>
      `${paragraph}<kg-graph id="w${i}" src="/graphql" focus="${f}" caption="Graphic ${i}" source="Newsroom graph"></kg-graph>`,
  )
  .join("\n")}
${paragraph}<script src="/kg-embed.js" defer></script></body></html>`;
}

/** Opens the article at the server's origin (the page itself is served by the test). */
async function openArticle(viewport: { width: number; height: number }, focuses: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __webgl: number };
    w.__webgl = 0;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) w.__webgl++;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.route(`${server.url}/article.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: articlePage(focuses) }),
  );
  await page.goto(`${server.url}/article.html`);
  return page;
}

type WidgetInfo = { loaded: boolean; error: string | null; canvas: boolean; nodes: number };

const widgets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("kg-graph")].map((el) => {
      const host = el as HTMLElement & { subgraph: { nodes: unknown[] } | null };
      return {
        loaded: Boolean(host.subgraph),
        error: host.shadowRoot?.querySelector(".status.error")?.textContent ?? null,
        canvas: Boolean(host.shadowRoot?.querySelector("canvas")),
        nodes: host.subgraph?.nodes.length ?? 0,
      } satisfies WidgetInfo;
    }),
  );

beforeAll(async () => {
  fixture = await newsroomStore();
  server = await startViewerServer(fixture.path, { store: fixture.store });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("widgets on a real page", () => {
  it(`${WIDGETS} widgets all render, with no WebGL context and canvases only near the viewport`, async () => {
    const focuses = [fixture.hub, ...fixture.hubNeighbours.slice(0, WIDGETS - 1)];
    const page = await openArticle({ width: 1000, height: 900 }, focuses);
    let maxCanvases = 0;
    for (let i = 0; i < WIDGETS; i++) {
      await page.locator(`#w${i}`).scrollIntoViewIfNeeded();
      await expect
        .poll(async () => (await widgets(page))[i], { timeout: 30_000 })
        .toMatchObject({ loaded: true, error: null, canvas: true });
      maxCanvases = Math.max(maxCanvases, (await widgets(page)).filter((w) => w.canvas).length);
    }
    const all = await widgets(page);
    console.log(`${WIDGETS} widgets: at most ${maxCanvases} canvases at once while scrolling`);
    expect(all.every((w) => w.loaded && !w.error)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __webgl: number }).__webgl)).toBe(0);
    // Scrolled to the last widget: the first ones have given their canvases back.
    expect(all[0]!.canvas).toBe(false);
    expect(maxCanvases).toBeLessThan(WIDGETS / 2);
    // Scrolling back draws the first one again.
    await page.locator("#w0").scrollIntoViewIfNeeded();
    await expect.poll(async () => (await widgets(page))[0]!.canvas).toBe(true);
    await page.close();
  });

  it("a hub's widget shows a capped, ranked, labelled neighbourhood with a text version, also on a phone", async () => {
    for (const viewport of [
      { width: 1000, height: 900 },
      { width: 375, height: 812 },
    ]) {
      const page = await openArticle(viewport, [fixture.hub]);
      await page.locator("#w0").scrollIntoViewIfNeeded();
      await expect.poll(async () => (await widgets(page))[0]?.canvas, { timeout: 30_000 }).toBe(true);
      const info = (await widgets(page))[0]!;
      expect(info.nodes).toBeLessThanOrEqual(26);
      expect(info.nodes).toBeGreaterThan(10);
      const drawnLabels = () =>
        page.locator("#w0").evaluate((el) =>
          (
            el as unknown as {
              drawnLabels(): Array<{
                id: string;
                left: number;
                top: number;
                width: number;
                height: number;
                label: string;
              }>;
            }
          )
            .drawnLabels()
            .map((l) => ({ ...l })),
        );
      // The labels are drawn on a frame after the canvas is in place.
      await expect.poll(() => drawnLabels().then((l) => l.length)).toBeGreaterThan(viewport.width < 500 ? 6 : 12);
      const labels = await drawnLabels();
      expect(labels[0]?.id).toBe(fixture.hub);
      expect(labels.length).toBeGreaterThan(viewport.width < 500 ? 6 : 12);
      expect(overlapping(labels)).toEqual([]);
      // Labels keep off other nodes' dots (a label over a neighbour's dot reads as that node's).
      const dots = await page
        .locator("#w0")
        .evaluate((el) =>
          (el as unknown as { drawnDots(): Array<{ id: string; x: number; y: number; r: number }> })
            .drawnDots()
            .map((d) => ({ ...d })),
        );
      expect(dots.length).toBe(info.nodes);
      const onDots = labels.filter((l) =>
        dots.some((d) => {
          if (d.id === l.id) return false;
          const dx = d.x - Math.max(l.left, Math.min(d.x, l.left + l.width));
          const dy = d.y - Math.max(l.top, Math.min(d.y, l.top + l.height));
          return dx * dx + dy * dy < d.r * d.r;
        }),
      );
      expect(onDots.map((l) => l.label)).toEqual([]);
      const text = await page
        .locator("#w0")
        .evaluate((el) => el.shadowRoot!.querySelector(".text-alternative")!.textContent);
      expect(text).toMatch(/Text version: \d+ entities/);
      expect(await page.locator("#w0").evaluate((el) => el.shadowRoot!.querySelector(".source")?.textContent)).toBe(
        "Source: Newsroom graph",
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.locator("#w0").screenshot({ path: screenshotPath(`widget-hub-${viewport.width}.png`) });
      await page.close();
    }
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
