// Big graphs take another path (nodes painted first, edges inserted after, hairline edges, no hover dimming): check
// that the whole graph ends up on screen and stays usable. The whole graph file (`?graph=`), as a static host serves
// it; the API mode is tested in apiMode.test.ts.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticGraph } from "../../bench/viewerRender.js";
import { launchBrowser } from "./helpers/launchBrowser.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { startViewerServer } from "./helpers/startViewerServer.js";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-large-"));
  writeFileSync(join(dir, "graph.json"), JSON.stringify(syntheticGraph(2000, 9000, 7)));
  server = await startViewerServer(join(dir, "graph.json"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a big graph", () => {
  it("shows every node and edge, and filters and search still work", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/?graph=/graph.json`);
    await page.waitForFunction(
      () => (window as unknown as { __kgExplorer?: { ready: boolean } }).__kgExplorer?.ready,
      null,
      {
        timeout: 30_000,
      },
    );
    type Hook = { visibleNodes(): string[]; visibleEdgeCount(): number; firstRenderMs: number; completeMs: number };
    const counts = await page.evaluate(() => {
      const k = (window as unknown as { __kgExplorer: Hook }).__kgExplorer;
      return {
        nodes: k.visibleNodes().length,
        edges: k.visibleEdgeCount(),
        first: k.firstRenderMs,
        done: k.completeMs,
      };
    });
    expect(counts.nodes).toBe(2000);
    expect(counts.edges).toBe(9000);
    expect(counts.first).toBeLessThanOrEqual(counts.done);
    await page.locator("input[name=type][value=PERSON]").uncheck();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __kgExplorer: Hook }).__kgExplorer.visibleNodes().length))
      .toBeLessThan(2000);
    await page.type("#search", "Person 12", { delay: 5 });
    await page.locator("#search-list [role=option]").first().waitFor();
    await page.press("#search", "Enter");
    await expect.poll(() => page.locator("#details-body h2").first().textContent()).toMatch(/^Person 12/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
