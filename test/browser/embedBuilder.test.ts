// The embed builder served by `kg serve` (/builder.html): pick an entity and options, live preview, the code for both
// embed forms; a pinned widget keeps showing the graph version it was published with after the graph is rebuilt,
// while a live one follows the rebuild. Desktop and a 375x812 phone.

import { renameSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedKnowledgeGraph } from "../../packages/graph-model/src/index.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import type { NewsroomGraph } from "./helpers/newsroomGraph.js";
import { newsroomGraph } from "./helpers/newsroomGraph.js";
import { screenshotPath } from "./helpers/screenshots.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";

let fixture: NewsroomGraph;
let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

type Widget = HTMLElement & {
  subgraph: { focus: string; nodes: { id: string; label: string; type: string }[]; edges: { category: string }[] };
  pinned: { version: string } | null;
};

const code = (p: Page, id: "b-script" | "b-iframe") => p.locator(`#${id}`).inputValue();
const preview = (p: Page) =>
  p.evaluate(() => {
    const w = document.querySelector("#b-preview kg-graph") as Widget;
    return w.subgraph
      ? {
          focus: w.subgraph.focus,
          types: [...new Set(w.subgraph.nodes.map((n) => n.type))],
          nodes: w.subgraph.nodes.length,
          cooc: w.subgraph.edges.filter((e) => e.category === "CO_OCCURRENCE").length,
        }
      : null;
  });

beforeAll(async () => {
  fixture = newsroomGraph({ nodes: 400, edges: 1600, hubNeighbours: 60 });
  server = await startViewerServer(fixture.path);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/builder.html?focus=${encodeURIComponent(fixture.hub)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("embed builder", () => {
  it("previews the widget and writes pinned code for both forms", async () => {
    await expect.poll(() => code(page, "b-script"), { timeout: 20_000 }).toContain("sha256-");
    await expect.poll(() => preview(page).then((p) => p?.focus)).toBe(fixture.hub);
    const script = await code(page, "b-script");
    expect(script).toContain(`<script src="${server.url}/kg-embed.js" defer></script>`);
    expect(script).toContain(`focus="${fixture.hub}"`);
    expect(script).toContain('<script type="application/json">');
    expect(script).toMatch(/<noscript>\n<p>Connections of /);
    const iframe = await code(page, "b-iframe");
    expect(iframe).toMatch(/^<iframe data-kg-embed title="[^"]+" style="[^"]+" srcdoc="/);
    expect(await page.locator("#b-version").textContent()).toMatch(/^Pinned to graph version [0-9a-f]{12}/);
    expect(await page.locator("#b-text li").count()).toBeGreaterThan(0);
  });

  it("applies depth, theme, types, hide-cooccurrence, max-nodes and caption to the preview and the code", async () => {
    await page.selectOption("#b-depth", "2");
    await page.selectOption("#b-theme", "dark");
    await page.locator("#b-types input[value=ORGANIZATION]").uncheck();
    await page.locator("#b-cooc").check();
    await page.fill("#b-max", "10");
    await page.fill("#b-caption", "How the hub is connected");
    await page.locator("#b-pin").uncheck();
    await expect.poll(() => code(page, "b-script")).toContain('caption="How the hub is connected"');
    // The code is written again for each change: read it once the last one (unpinned) is in.
    await expect.poll(() => code(page, "b-script")).not.toContain("application/json");
    const script = await code(page, "b-script");
    for (const part of [
      'depth="2"',
      'theme="dark"',
      'types="PERSON,COUNTRY,LOCATION,EVENT"',
      " hide-cooccurrence ",
      'max-nodes="10"',
    ])
      expect(script).toContain(part);
    expect(script).not.toContain("application/json");
    expect(script).toContain(`${server.url}/embed/snapshot.svg?`);
    const iframe = await code(page, "b-iframe");
    expect(iframe).toContain(`src="${server.url}/embed?focus=`);
    expect(iframe).toContain("max-nodes=10");
    // max-nodes counts the neighbours kept, the focus aside.
    await expect.poll(() => preview(page).then((p) => p?.nodes ?? 99)).toBeLessThanOrEqual(11);
    const shown = (await preview(page))!;
    expect(shown.types).not.toContain("ORGANIZATION");
    expect(shown.cooc).toBe(0);
    expect(await page.locator("#b-version").textContent()).toMatch(/^Live/);
    await page.screenshot({ path: screenshotPath("builder-desktop.png"), fullPage: true });
  });

  it("picks another entity by search and copies the code", async () => {
    const other = fixture.graph.nodes.find((n) => n.key === fixture.hubNeighbours[3])!;
    await page.fill("#b-entity", "");
    await page.type("#b-entity", other.attributes.label, { delay: 5 });
    await page.locator("#b-entity-list [role=option]").first().waitFor();
    await page.press("#b-entity", "Enter");
    await expect.poll(() => code(page, "b-script")).toContain(`focus="${other.key}"`);
    await page.click("button[data-copy=b-script]");
    await expect.poll(() => page.locator("#b-copied").textContent()).toMatch(/copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code(page, "b-script"));
  });

  it("a pinned widget keeps its graph version after a rebuild; a live one follows it", async () => {
    await page.locator("#b-pin").check();
    await expect.poll(() => code(page, "b-script")).toContain("sha256-");
    const pinnedScript = await code(page, "b-script");
    const pinnedFrame = await code(page, "b-iframe");
    await page.locator("#b-pin").uncheck();
    await expect.poll(() => code(page, "b-script")).not.toContain("sha256-");
    const liveScript = await code(page, "b-script");
    const article = `<!doctype html><html><head><meta charset="utf-8"><title>Story</title></head><body>
<div id="pinned">${pinnedScript}</div><div id="live">${liveScript.replace(/<script src[^>]+><\/script>/, "")}</div>
<div id="frame">${pinnedFrame}</div></body></html>`;
    const reader = await browser.newPage({ viewport: { width: 900, height: 900 } });
    reader.on("pageerror", (e) => errors.push(e.message));
    await reader.route(`${server.url}/story.html`, (route) =>
      route.fulfill({ contentType: "text/html", body: article }),
    );
    const labels = (sel: string) =>
      reader.evaluate(
        (s) => (document.querySelector(s) as Widget | null)?.subgraph?.nodes.map((n) => n.label).sort() ?? null,
        sel,
      );
    const frameLabels = () =>
      reader
        .frames()
        .find((f) => f !== reader.mainFrame())
        ?.evaluate(
          () =>
            (document.querySelector("kg-graph") as Widget | null)?.subgraph?.nodes.map((n) => n.label).sort() ?? null,
        ) ?? Promise.resolve(null);
    await reader.goto(`${server.url}/story.html`);
    await expect.poll(() => labels("#pinned kg-graph"), { timeout: 20_000 }).not.toBeNull();
    await expect.poll(() => labels("#live kg-graph"), { timeout: 20_000 }).not.toBeNull();
    await expect.poll(frameLabels, { timeout: 20_000 }).not.toBeNull();
    const before = (await labels("#pinned kg-graph"))!;
    expect(await labels("#live kg-graph")).toEqual(before);
    expect(await frameLabels()).toEqual(before);
    expect(await reader.locator("#pinned kg-graph").evaluate((w) => (w as Widget).pinned?.version)).toMatch(/^sha256-/);

    // Rebuild: every entity renamed, atomically replaced as `kg build` does.
    const graph = JSON.parse(JSON.stringify(fixture.graph)) as SerializedKnowledgeGraph;
    graph.attributes.builtAt = new Date().toISOString();
    for (const n of graph.nodes) if (n.attributes.kind === "entity") n.attributes.label = `${n.attributes.label} (new)`;
    writeFileSync(`${fixture.path}.tmp`, JSON.stringify(graph));
    renameSync(`${fixture.path}.tmp`, fixture.path);
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/health`)).json()) as { builtAt: string }).builtAt, {
        timeout: 20_000,
      })
      .toBe(graph.attributes.builtAt);

    await reader.reload();
    await expect
      .poll(() => labels("#live kg-graph"), { timeout: 20_000 })
      .toEqual(before.map((l) => `${l} (new)`).sort());
    await expect.poll(() => labels("#pinned kg-graph")).toEqual(before);
    await expect.poll(frameLabels, { timeout: 20_000 }).toEqual(before);
    const foot = await reader
      .locator("#pinned kg-graph")
      .evaluate((w) => w.shadowRoot!.querySelector(".version")?.textContent);
    expect(foot).toMatch(/^Graph version [0-9a-f]{8}/);
    await reader.screenshot({ path: screenshotPath("builder-pinned-story.png"), fullPage: true });
    // The pinned iframe sized itself from the height its page reported, and draws once scrolled into view.
    const frame = reader.locator("#frame iframe");
    await expect.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).not.toBe("460px");
    await frame.scrollIntoViewIfNeeded();
    await frame.screenshot({ path: screenshotPath("builder-pinned-iframe.png") });
    await reader.close();
  });

  it("works on a 375x812 phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${server.url}/builder.html?focus=${encodeURIComponent(fixture.hub)}`);
    await expect.poll(() => code(p, "b-script"), { timeout: 20_000 }).toContain("sha256-");
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const id of ["#b-entity", "#b-depth", "#b-theme", "#b-max", "#b-cooc", "#b-pin", "#b-script", "#b-iframe"]) {
      const box = await p.locator(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    await p.locator("#b-depth").selectOption("2");
    await expect.poll(() => code(p, "b-script")).toContain('depth="2"');
    await p.screenshot({ path: screenshotPath("builder-phone.png"), fullPage: true });
    await phone.close();
    expect(errors).toEqual([]);
  });
});
