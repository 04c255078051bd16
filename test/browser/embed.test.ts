// The embeddable widget in both forms (script + <kg-graph>, iframe /embed) on the example news page.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGraph } from "./helpers/demoGraph.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";
import { afterFrames, untilStable } from "./helpers/waits.js";

declare global {
  interface Window {
    __kgEmbedHeights: number[];
  }
}

let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Waits until a widget has loaded (or failed) and returns what its shadow root shows. */
async function widgetState(p: Page, selector: string) {
  // Widgets load when they near the viewport.
  await p.locator(selector).scrollIntoViewIfNeeded();
  return p
    .waitForFunction(
      (sel) => {
        const host = document.querySelector(sel) as (HTMLElement & { subgraph: unknown }) | null;
        const root = host?.shadowRoot;
        if (!root) return null;
        const error = root.querySelector(".status.error")?.textContent ?? null;
        if (!host.subgraph && !error) return null;
        return {
          error,
          canvases: root.querySelectorAll("canvas").length,
          title: root.querySelector(".title")?.textContent ?? "",
          entities: [...root.querySelectorAll(".kg-entities li")].map((li) => li.textContent ?? ""),
          relations: root.querySelectorAll(".kg-relations li").length,
          height: host.getBoundingClientRect().height,
        };
      },
      selector,
      { timeout: 20_000 },
    )
    .then((h) => h.jsonValue());
}

beforeAll(async () => {
  const graph = await demoGraph();
  server = await startViewerServer(graph.path);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/examples/embed.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("embed widget", () => {
  it("renders the script form from GraphQL with a text alternative", async () => {
    const s = await widgetState(page, "#kg-script");
    expect(s?.error).toBeNull();
    expect(s!.canvases).toBe(1);
    expect(s!.title).toMatch(/Tokayev/);
    expect(s!.entities.some((e) => /Tokayev/.test(e))).toBe(true);
    expect(s!.entities.length).toBeGreaterThan(2);
    expect(s!.relations).toBeGreaterThan(0);
    expect(s!.height).toBeGreaterThan(200);
  });

  it("renders the same element from a static graph file", async () => {
    const s = await widgetState(page, "#kg-static");
    expect(s?.error).toBeNull();
    expect(s!.canvases).toBe(1);
    expect(s!.entities.some((e) => /Almaty/.test(e))).toBe(true);
  });

  it("renders the iframe form, which reports its height to the host", async () => {
    await page.locator("#kg-frame").scrollIntoViewIfNeeded();
    const frame = page.frameLocator("#kg-frame");
    await frame.locator("kg-graph").waitFor();
    await expect
      .poll(
        () => frame.locator("kg-graph").evaluate((el) => el.shadowRoot!.querySelectorAll(".kg-entities li").length),
        { timeout: 20_000 },
      )
      .toBeGreaterThan(1);
    expect(await frame.locator("kg-graph").evaluate((el) => el.shadowRoot!.querySelectorAll("canvas").length)).toBe(1);
    await expect.poll(() => page.evaluate(() => window.__kgEmbedHeights.length)).toBeGreaterThan(0);
    // The frame's size is compared with the last height reported: once the reports have stopped.
    await untilStable(() => page.evaluate(() => window.__kgEmbedHeights.length));
    const heights = await page.evaluate(() => window.__kgEmbedHeights);
    const frameHeight = (await page.locator("#kg-frame").boundingBox())!.height;
    expect(Math.abs(frameHeight - heights[heights.length - 1]!)).toBeLessThan(2);
    // Opening the text version makes the page taller; the host hears about it.
    await frame
      .locator("kg-graph")
      .evaluate((el) => ((el.shadowRoot!.querySelector("details") as HTMLDetailsElement).open = true));
    await expect
      .poll(() => page.evaluate(() => Math.max(...window.__kgEmbedHeights)))
      .toBeGreaterThan(heights[heights.length - 1]!);
    await untilStable(() => page.evaluate(() => window.__kgEmbedHeights.length));
    await page.screenshot({ path: screenshotPath("embed-page.png"), fullPage: true });
  });

  it("shows a readable message for a missing, malformed or wrong src", async () => {
    await page.evaluate(() => {
      const add = (id: string, attrs: Record<string, string>) => {
        const el = document.createElement("kg-graph");
        el.id = id;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.querySelector("article")!.append(el);
      };
      add("bad-missing", { focus: "Tokayev" });
      add("bad-malformed", { src: "http://[not a url", focus: "Tokayev" });
      add("bad-notgraph", { src: "/index.html", focus: "Tokayev" });
      add("bad-focus", { src: "/graph.json", focus: "Nobody At All" });
      add("bad-404", { src: "/nope.json", focus: "Tokayev" });
    });
    const missing = await widgetState(page, "#bad-missing");
    expect(missing?.error).toMatch(/src attribute is missing/);
    expect((await widgetState(page, "#bad-malformed"))?.error).toMatch(/not a valid address/);
    expect((await widgetState(page, "#bad-notgraph"))?.error).toMatch(/not a graph|not JSON/);
    expect((await widgetState(page, "#bad-focus"))?.error).toMatch(/not in this graph/);
    expect((await widgetState(page, "#bad-404"))?.error).toMatch(/404/);
    // The box keeps its reserved height: no collapse of the host layout.
    expect(missing!.height).toBeGreaterThan(150);
    await page.locator("#bad-missing").screenshot({ path: screenshotPath("embed-error.png") });
  });

  it("the iframe page without parameters says what is missing", async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await p.goto(`${server.url}/embed`);
    const s = await widgetState(p, "kg-graph");
    expect(s?.error).toMatch(/focus attribute is missing/);
    await p.close();
  });

  it("loads widgets only when they near the viewport", async () => {
    const p = await browser.newPage({ viewport: { width: 900, height: 300 } });
    const graphRequests: string[] = [];
    p.on("request", (r) => r.url().endsWith("/graph.json") && graphRequests.push(r.url()));
    await p.goto(`${server.url}/examples/embed.html`);
    // Two frames after load the widgets' intersection observers have reported: the lazy loading has decided.
    await afterFrames(p);
    const top = await p.locator("#kg-static").evaluate((el) => el.getBoundingClientRect().top - innerHeight);
    expect(top).toBeGreaterThan(300);
    expect(graphRequests).toEqual([]);
    const s = await widgetState(p, "#kg-static");
    expect(s?.error).toBeNull();
    expect(graphRequests.length).toBe(1);
    await p.close();
  });

  it("fits a 375-px phone", async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await p.goto(`${server.url}/examples/embed.html`);
    const s = await widgetState(p, "#kg-script");
    expect(s?.error).toBeNull();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.screenshot({ path: screenshotPath("embed-phone.png"), fullPage: true });
    await p.locator("#kg-script").screenshot({ path: screenshotPath("embed-phone-widget.png") });
    await p.close();
  });

  it("falls back to the server-rendered snapshot without scripts", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/examples/embed.html`);
    const img = p.locator('img[src*="/embed/snapshot.svg"]');
    expect(await img.count()).toBe(1);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await p.screenshot({ path: screenshotPath("embed-noscript.png") });
    await ctx.close();
  });

  it("the iframe page also works at /embed/ (trailing slash)", async () => {
    const p = await browser.newPage({ viewport: { width: 600, height: 600 } });
    await p.goto(`${server.url}/embed/?focus=person%3Akassym-jomart-tokayev&theme=light`);
    const s = await widgetState(p, "kg-graph");
    expect(s?.error).toBeNull();
    await p.close();
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
