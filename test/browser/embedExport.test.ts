// Widgets from `kg export --embed DIR` served as static files (a CDN: no GraphQL, no kg serve): the widget renders an
// entity from its per-entity snapshot; readers without scripts get the no-script image and the text alternative.
// And pinned widgets check their content hash: an altered snapshot is refused with a message, not shown.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportEmbed } from "../../packages/server/src/embed/exportEmbed.js";
import { openStore } from "../../packages/store/src/index.js";
import type { Subgraph } from "../../packages/viewer/src/core/neighborhood/subgraph.js";
import { createSnapshot, snapshotScriptText } from "../../packages/viewer/src/embed/widgetSnapshot.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import { newsroomGraph } from "./helpers/newsroomGraph.js";
import { screenshotPath } from "./helpers/screenshots.js";
import { DIST } from "./helpers/startViewerServer.js";

interface IndexEntry {
  label: string;
  type: string;
  json: string;
  svg: string;
  text: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

const dir = mkdtempSync(join(tmpdir(), "kg-embed-cdn-"));
const cdn = join(dir, "cdn");
/** Pages of the "newsroom site", beside the exported files. */
const pages = new Map<string, string>();
const requested: string[] = [];
let server: Server;
let origin: string;
let browser: Browser;
let focus: string;
let entry: IndexEntry;

/** A plain static file server over the export directory, plus the widget script and the test's pages. */
function serveStatic(): Promise<Server> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(path);
    const page = pages.get(path);
    const file =
      path === "/kg-embed.js" ? join(DIST, "kg-embed.js") : join(cdn, normalize(path).replace(/^(\.\.[/\\])+/, ""));
    try {
      const body = page ?? readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[page ? ".html" : extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

/** Waits until the widget has loaded or failed; what its shadow root shows. */
function widgetState(p: Page, selector: string) {
  return p
    .waitForFunction(
      (sel) => {
        const host = document.querySelector(sel) as (HTMLElement & { subgraph: unknown }) | null;
        const root = host?.shadowRoot;
        const error = root?.querySelector(".status.error")?.textContent ?? null;
        if (!root || (!host.subgraph && !error)) return null;
        return {
          error,
          role: root.querySelector(".status.error")?.getAttribute("role") ?? null,
          canvases: root.querySelectorAll("canvas").length,
          title: root.querySelector(".title")?.textContent ?? "",
          relations: root.querySelectorAll(".kg-relations li").length,
          version: root.querySelector(".version")?.textContent ?? null,
          subgraph: host.subgraph as Subgraph | null,
        };
      },
      selector,
      { timeout: 20_000 },
    )
    .then(async (h) => (await h.jsonValue())!); // waitForFunction resolves on a truthy value only
}

beforeAll(async () => {
  const fixture = newsroomGraph({ nodes: 400, edges: 1200, hubNeighbours: 40 });
  const spec = join(dir, "graph.db");
  const store = await openStore(spec);
  await store.writeBuild({ graph: fixture.graph });
  await store.close();
  await exportEmbed({ store: spec, dir: cdn, limit: 3 });
  const index = JSON.parse(readFileSync(join(cdn, "index.json"), "utf8")) as { entities: Record<string, IndexEntry> };
  // The most central entity comes first: the hub.
  [focus, entry] = Object.entries(index.entities)[0]!;
  expect(focus).toBe(fixture.hub);
  // As a CMS would: the widget, and for readers without scripts the image and the text alternative inlined.
  pages.set(
    "/article.html",
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>
<script src="/kg-embed.js" defer></script></head><body style="max-width:700px;margin:0 auto;font-family:sans-serif">
<h1>A story</h1><p>Some text before the graphic.</p>
<kg-graph id="widget" src="${entry.json}" focus="${focus}" loading="eager" source="Newsroom archive"></kg-graph>
<noscript><img id="image" src="${entry.svg}" alt="Connections of ${entry.label}" style="max-width:100%;height:auto">
<div id="text">${readFileSync(join(cdn, entry.text), "utf8")}</div></noscript>
</body></html>`,
  );
  server = await serveStatic();
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("widgets from kg export --embed, served statically", () => {
  it("render an entity from its per-entity snapshot, asking no API", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${origin}/article.html`);
    const state = await widgetState(page, "#widget");
    expect(state.error).toBeNull();
    expect(state.canvases).toBe(1);
    expect(state.title).toBe(`Connections of ${entry.label}`);
    expect(state.subgraph!.focus).toBe(focus);
    expect(state.subgraph!.nodes.length).toBeGreaterThan(1);
    expect(state.relations).toBeGreaterThan(0);
    // Every node the widget shows is in the entity's snapshot file.
    const snapshot = JSON.parse(readFileSync(join(cdn, entry.json), "utf8")) as { nodes: { key: string }[] };
    const keys = new Set(snapshot.nodes.map((n) => n.key));
    expect(state.subgraph!.nodes.every((n) => keys.has(n.id))).toBe(true);
    expect(requested).toContain(`/${entry.json}`);
    expect(requested.some((p) => p.endsWith("/graphql") || p === "/graph.json")).toBe(false);
    // The no-script content stays out of the way.
    expect(await page.locator("#image").count()).toBe(0);
    await page.screenshot({ path: screenshotPath("embed-export-desktop.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("give readers without scripts the entity's image and its relations as text", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(`${origin}/article.html`);
    const image = page.locator("#image");
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect((await image.boundingBox())!.width).toBeLessThanOrEqual(375);
    expect(await page.locator("#text p").textContent()).toBe(`Connections of ${entry.label}`);
    const items = await page.locator("#text li").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    // Each sentence is one of the focus's relations, naming it.
    for (const item of items) expect(item).toContain(entry.label);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: screenshotPath("embed-export-noscript-phone.png"), fullPage: true });
    await context.close();
  });
});

describe("pinned widgets", () => {
  it("show a snapshot whose hash matches, and refuse one altered after publishing, saying so", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${origin}/article.html`);
    const sub = (await widgetState(page, "#widget")).subgraph!;
    const snapshot = await createSnapshot(sub, "2024-06-01T00:00:00Z");
    const intact = snapshotScriptText(snapshot);
    const first = sub.edges[0]!;
    const altered = snapshotScriptText({
      ...snapshot,
      graph: {
        ...snapshot.graph,
        edges: [{ ...first, label: `${first.label} not` }, ...snapshot.graph.edges.slice(1)],
      },
    });
    const widget = (id: string, text: string) =>
      `<kg-graph id="${id}" src="${entry.json}" focus="${focus}" loading="eager"><script type="application/json">${text}</script></kg-graph>`;
    pages.set(
      "/pinned.html",
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/kg-embed.js" defer></script></head>
<body style="max-width:700px;margin:0 auto">${widget("intact", intact)}${widget("altered", altered)}</body></html>`,
    );
    const failures: string[] = [];
    await page.exposeFunction("kgFailed", (message: string) => failures.push(message));
    await page.addInitScript(() =>
      addEventListener("kg-graph:error", (e) =>
        (window as unknown as { kgFailed(m: string): void }).kgFailed(
          (e as CustomEvent<{ message: string }>).detail.message,
        ),
      ),
    );
    await page.goto(`${origin}/pinned.html`);
    const ok = await widgetState(page, "#intact");
    expect(ok.error).toBeNull();
    expect(ok.version).toBe(
      `Graph version ${snapshot.version.slice("sha256-".length, "sha256-".length + 8)}, built 2024-06-01`,
    );
    const bad = await widgetState(page, "#altered");
    expect(bad.error).toMatch(/changed after it was published/);
    expect(bad.role).toBe("alert");
    expect(bad.canvases).toBe(0);
    expect(bad.subgraph).toBeNull();
    await expect.poll(() => failures.length).toBe(1);
    expect(failures[0]).toMatch(/does not match its version [0-9a-f]{8}/);
    await page.locator("#altered").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("widget-pinned-altered-desktop.png"), fullPage: true });
    await page.close();
  });
});
