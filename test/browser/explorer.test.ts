// The explorer in headless Chromium against the server on a graph of the demo articles.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGraph } from "./helpers/demoGraph.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";
import { scaled } from "../setup/timeouts.js";

interface Hook {
  ready: boolean;
  visibleNodes(): string[];
  visibleTypes(): string[];
  focus(): string | null;
  camera(): { x: number; y: number; ratio: number };
  filters(): { types: string[]; minConfidence: number; hideCoOccurrence: boolean };
  path(): string[] | null;
  position(id: string): { x: number; y: number } | null;
  screenPosition(id: string): { x: number; y: number } | null;
}
declare global {
  interface Window {
    __kgExplorer: Hook;
  }
}

const SENTENCE = "Kazakh President Kassym-Jomart Tokayev has pledged protection";

let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function waitReady(p: Page): Promise<void> {
  await p.waitForFunction(() => window.__kgExplorer?.ready === true, null, { timeout: scaled(20_000) });
}

/** Waits until the camera stops moving (its animation is over): the same state at two polls in a row. */
async function cameraSettled(p: Page): Promise<void> {
  await p.waitForFunction(
    () => {
      const w = window as unknown as { __kgLastCamera?: string };
      const now = JSON.stringify(window.__kgExplorer.camera());
      const same = w.__kgLastCamera === now;
      w.__kgLastCamera = now;
      return same;
    },
    null,
    { polling: 100, timeout: scaled(10_000) },
  );
}

async function pick(p: Page, input: string, query: string, expect_: RegExp): Promise<void> {
  await p.fill(input, "");
  await p.type(input, query, { delay: 15 });
  const list = p.locator(`${input}-list`);
  await list.waitFor({ state: "visible" });
  const options = list.locator("[role=option]");
  const n = await options.count();
  // Walk down with the arrow keys to the wanted suggestion, then Enter.
  for (let i = 0; i < n; i++) {
    const selected = list.locator("[role=option][aria-selected=true]");
    if (expect_.test((await selected.textContent()) ?? "")) break;
    await p.press(input, "ArrowDown");
  }
  await p.press(input, "Enter");
}

beforeAll(async () => {
  const graph = await demoGraph();
  server = await startViewerServer(graph.path);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await waitReady(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("explorer", () => {
  it("renders the graph with WebGL and hides documents", async () => {
    expect(await page.locator("#stage canvas").count()).toBeGreaterThan(1);
    const types = await page.evaluate(() => window.__kgExplorer.visibleTypes());
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain("DOCUMENT");
    // Something other than the background was drawn on the node layer.
    const drawn = await page.evaluate(() => {
      const c = document.createElement("canvas");
      const src = [...document.querySelectorAll<HTMLCanvasElement>("#stage canvas")];
      c.width = src[0]!.width;
      c.height = src[0]!.height;
      const g = c.getContext("2d")!;
      for (const s of src) g.drawImage(s, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < d.length; i += 4 * 13) if (d[i]! > 0) painted++;
      return painted;
    });
    expect(drawn).toBeGreaterThan(50);
    await page.screenshot({ path: screenshotPath("explorer-desktop.png") });
  });

  it("search suggests Tokayev, Enter focuses him and the panel shows the evidence", async () => {
    await pick(page, "#search", "Tokay", /Tokayev/);
    await page.waitForFunction(() => /tokayev/i.test(window.__kgExplorer.focus() ?? ""));
    await expect.poll(() => page.locator("#details-body").textContent()).toContain(SENTENCE);
    const marks = await page.locator("#details-body blockquote mark").allTextContents();
    expect(marks.some((m) => /Tokayev/.test(m))).toBe(true);
    expect(await page.getAttribute("#search", "aria-expanded")).toBe("false");
    await cameraSettled(page);
    await page.screenshot({ path: screenshotPath("explorer-desktop-focus.png") });
  });

  it("opens the article with the mentions highlighted", async () => {
    await page.locator("#details-body .doc-link").first().click();
    await page.locator(".doc-text").waitFor();
    expect(await page.locator(".doc-text mark").count()).toBeGreaterThan(0);
    expect(await page.locator(".current-sentence").count()).toBe(1);
    await page.locator("#details-body .back").click();
    await expect.poll(() => page.locator("#details-body h2").first().textContent()).toMatch(/Tokayev/);
  });

  it("filters hide the countries, and the URL reproduces the view", async () => {
    await page.locator("input[name=type][value=COUNTRY]").uncheck();
    await expect.poll(() => page.evaluate(() => window.__kgExplorer.visibleTypes())).not.toContain("COUNTRY");
    await page.locator("#filter-cooc").check();
    await expect.poll(() => page.url()).toMatch(/cooc=0/); // URL writes are debounced
    // The camera is compared with the restored page's: read both once their animations are over.
    await cameraSettled(page);
    const url = page.url();
    expect(url).toMatch(/focus=/);
    expect(url).toMatch(/types=/);
    expect(url).toMatch(/cooc=0/);
    const before = await page.evaluate(() => ({
      focus: window.__kgExplorer.focus(),
      camera: window.__kgExplorer.camera(),
      nodes: window.__kgExplorer.visibleNodes().sort(),
    }));
    const again = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await again.goto(url);
    await waitReady(again);
    await cameraSettled(again);
    const after = await again.evaluate(() => ({
      focus: window.__kgExplorer.focus(),
      camera: window.__kgExplorer.camera(),
      nodes: window.__kgExplorer.visibleNodes().sort(),
      filters: window.__kgExplorer.filters(),
    }));
    expect(after.focus).toBe(before.focus);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.filters.types).not.toContain("COUNTRY");
    expect(after.filters.hideCoOccurrence).toBe(true);
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    expect(after.camera.x).toBeCloseTo(before.camera.x, 3);
    expect(await again.locator("input[name=type][value=COUNTRY]").isChecked()).toBe(false);
    // The restored focus is highlighted: it and its neighbours are labelled, the rest veiled.
    const highlighted = await again.evaluate(() =>
      (window.__kgExplorer as unknown as { highlighted(): string[] }).highlighted(),
    );
    expect(highlighted.length).toBeGreaterThan(1);
    // The highlight is drawn by the overlay layer: the focus is labelled first, then only its neighbours.
    await expect
      .poll(() => again.evaluate(() => (window.__kgExplorer as unknown as { labels(): { id: string }[] }).labels()))
      .not.toEqual([]);
    const labelled = await again.evaluate(() =>
      (window.__kgExplorer as unknown as { labels(): { id: string }[] }).labels().map((l) => l.id),
    );
    expect(labelled[0]).toBe(highlighted[0]);
    expect(labelled.every((id) => highlighted.includes(id))).toBe(true);
    expect(await again.locator("#details-body").textContent()).toMatch(/Tokayev/);
    await again.close();
    await page.locator("input[name=type][value=COUNTRY]").check();
    await page.locator("#filter-cooc").uncheck();
  });

  it("finds a path between two entities", async () => {
    await pick(page, "#path-from", "Tokayev", /Tokayev/);
    await pick(page, "#path-to", "Kazakhstan", /Kazakhstan/);
    await expect.poll(() => page.evaluate(() => window.__kgExplorer.path()?.length ?? 0)).toBeGreaterThan(1);
    expect(await page.locator(".path-steps li").count()).toBeGreaterThan(1);
    await page.getByRole("button", { name: "Clear path" }).click();
    expect(await page.evaluate(() => window.__kgExplorer.path())).toBeNull();
  });

  it("runs ForceAtlas2 in a worker and stops it", async () => {
    const id = (await page.evaluate(() => window.__kgExplorer.visibleNodes()[0]))!;
    const before = await page.evaluate((n) => window.__kgExplorer.position(n), id);
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("true");
    await expect.poll(() => page.evaluate((n) => window.__kgExplorer.position(n), id)).not.toEqual(before);
    await page.click("#layout-toggle");
    expect(await page.getAttribute("#layout-toggle", "aria-pressed")).toBe("false");
    const after = await page.evaluate((n) => window.__kgExplorer.position(n), id);
    expect(after).not.toEqual(before);
    await page.getByRole("button", { name: "Reset positions" }).click();
    expect(await page.evaluate((n) => window.__kgExplorer.position(n), id)).toEqual(before);
  });

  it("sizes nodes by PageRank on demand, and the URL keeps it", async () => {
    await page.locator("input[name=size-by][value=pagerank]").check();
    await expect.poll(() => page.url()).toMatch(/size=pagerank/);
    await page.locator("input[name=size-by][value=degree]").check();
    await expect.poll(() => page.url()).not.toMatch(/size=pagerank/);
  });

  it("exports PNG and GEXF", async () => {
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const pngPath = await png.path();
    const { statSync, readFileSync } = await import("node:fs");
    expect(statSync(pngPath).size).toBeGreaterThan(2000);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe("PNG");
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const xml = readFileSync(await gexf.path(), "utf8");
    expect(xml).toContain("<gexf");
    expect(xml).toMatch(/Tokayev/);
  });

  it("works on a 375-px phone: drawer and bottom sheet", async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const p = await phone.newPage();
    await p.goto(`${server.url}/`);
    await waitReady(p);
    await p.screenshot({ path: screenshotPath("explorer-phone.png") });
    expect(
      await p
        .locator("#sidebar")
        .boundingBox()
        .then((b) => (b ? b.x + b.width : 0)),
    ).toBeLessThanOrEqual(1);
    await pick(p, "#search", "Tokayev", /Tokayev/);
    await expect.poll(() => p.locator("#details-body").textContent()).toContain(SENTENCE);
    await expect.poll(async () => (await p.locator("#details").boundingBox())?.y ?? 0).toBeGreaterThan(200);
    const sheet = await p.locator("#details").boundingBox();
    expect(sheet!.width).toBeLessThanOrEqual(375);
    await p.screenshot({ path: screenshotPath("explorer-phone-focus.png") });
    // No horizontal overflow on the page.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.click("#controls-toggle");
    await expect.poll(async () => (await p.locator("#sidebar").boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    await p.screenshot({ path: screenshotPath("explorer-phone-controls.png") });
    await p.click("#sidebar-close");
    await expect
      .poll(() =>
        p
          .locator("#sidebar")
          .boundingBox()
          .then((b) => (b ? b.x + b.width : 0)),
      )
      .toBeLessThanOrEqual(1);
    expect(await p.getAttribute("#controls-toggle", "aria-expanded")).toBe("false");
    await phone.close();
  });

  it("keyboard: arrows pan the camera, Escape clears the selection", async () => {
    await page.focus("#stage");
    const before = await page.evaluate(() => window.__kgExplorer.camera());
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => window.__kgExplorer.camera().x)).toBeGreaterThan(before.x);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__kgExplorer.focus())).toBeNull();
  });

  it("touch: tapping an entity selects it", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${server.url}/`);
    await waitReady(p);
    // Tap where the entity is drawn once the first framing has stopped moving it.
    await cameraSettled(p);
    const id = await p.evaluate(
      () =>
        window.__kgExplorer.visibleNodes().find((n) => /tokayev/i.test(n)) ?? window.__kgExplorer.visibleNodes()[0]!,
    );
    const at = (await p.evaluate((n) => window.__kgExplorer.screenPosition(n), id))!;
    const stage = (await p.locator("#stage").boundingBox())!;
    await p.touchscreen.tap(stage.x + at.x, stage.y + at.y);
    await expect.poll(() => p.evaluate(() => window.__kgExplorer.focus())).toBe(id);
    await phone.close();
  });

  it("says so in the page when the graph cannot be loaded", async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}/?graph=/no-such-graph.json`);
    await expect.poll(() => p.locator("#stage-status").textContent()).toMatch(/could not be shown/);
    expect(await p.locator("#stage-status").getAttribute("role")).toBe("alert");
    await p.close();
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
