// Back and Forward move through focus, relation and article views (History API), on a generated graph; a foreign
// ?graph= is refused.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hook } from "./helpers/explorerHook.js";
import type { NewsroomStore } from "./helpers/newsroomGraph.js";
import type { NewsroomExplorer } from "./helpers/newsroomExplorer.js";
import { openNewsroomExplorer } from "./helpers/newsroomExplorer.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { untilStable } from "./helpers/waits.js";

let explorer: NewsroomExplorer;
let fixture: NewsroomStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  explorer = await openNewsroomExplorer();
  ({ fixture, server, browser, page, errors } = explorer);
});

afterAll(() => explorer?.close());

const title = () => page.locator("#details-body h2").first().textContent();

describe("history", () => {
  it("Back and Forward walk through focus, relation and article views", async () => {
    const historyLength = await page.evaluate(() => history.length);
    await page.locator("#details-body .start-list .entity-link").first().click();
    await expect.poll(() => hook(page, (k) => k.focus())).not.toBeNull();
    const first = await hook(page, (k) => k.focus());
    await hook(page, (k, hub) => k.select(hub), fixture.hub);
    await expect.poll(() => hook(page, (k) => k.focus())).toBe(fixture.hub);
    // The chip is clicked on the hub's own panel once all its relations are in: before that the panel may still be
    // the previous entity's, or be drawn again when the hub's relations arrive.
    await hook(page, (k) => k.idle());
    await expect.poll(title).toBe(await hook(page, (k, id) => k.labelOf(id), fixture.hub));
    await expect.poll(() => page.locator("#details-body .evidence-loading").count()).toBe(0);
    await page.locator("#details-body .relation-index .chip[data-category=STATEMENT]").click();
    await page.locator(`#details-body .relation[data-edge=${fixture.typedEdge}] .evidence-link`).click();
    await expect.poll(() => hook(page, (k) => k.edge())).toBe(fixture.typedEdge);
    await page.locator("#details-body .edge-evidence .doc-link").first().click();
    await expect.poll(() => page.locator("#details-body .doc-text").count()).toBe(1);
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 4);

    await page.goBack();
    await expect.poll(() => page.locator("#details-body .edge-head").count()).toBe(1);
    expect(await hook(page, (k) => k.edge())).toBe(fixture.typedEdge);
    await page.goBack();
    await expect.poll(() => hook(page, (k) => k.edge())).toBeNull();
    expect(await hook(page, (k) => k.focus())).toBe(fixture.hub);
    await page.goBack();
    await expect.poll(() => hook(page, (k) => k.focus())).toBe(first);
    await page.goBack();
    await expect.poll(() => hook(page, (k) => k.focus())).toBeNull();
    expect(await page.locator("#details-body .start-list").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).origin).toBe(server.url);

    await page.goForward();
    await expect.poll(() => hook(page, (k) => k.focus())).toBe(first);
    await page.goForward();
    await expect.poll(() => hook(page, (k) => k.focus())).toBe(fixture.hub);
    await expect.poll(title).toBe(await hook(page, (k, id) => k.labelOf(id), fixture.hub));
  });

  it("filters and camera moves do not add history entries", async () => {
    const before = await page.evaluate(() => history.length);
    const search = () => page.evaluate(() => location.search);
    const unchanged = await search();
    await page.locator("#filter-cooc").check();
    await page.mouse.wheel(0, -200);
    // The view is written to the address 250 ms after its last change: once it has been (the address changed and
    // then held still for longer than that), a write that added an entry would show in history.length.
    await expect.poll(search).not.toBe(unchanged);
    await untilStable(search, { interval: 400 });
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.locator("#filter-cooc").uncheck();
  });

  it("refuses a ?graph= from another site and says so", async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const requests: string[] = [];
    p.on("request", (r) => requests.push(r.url()));
    await p.goto(`${server.url}/?graph=${encodeURIComponent("https://elsewhere.example.com/graph.json")}`);
    const status = p.locator("#stage-status.error");
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/not an allowed source/);
    expect(requests.filter((u) => new URL(u).host === "elsewhere.example.com")).toEqual([]);
    await p.close();
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
