// The explorer on the run's generated newsroom store: the store, `kg serve` on it, Chromium and a desktop page that
// records page errors, opened once per file; `close` ends the browser and the server.

import type { Browser, Page } from "playwright-core";
import { waitForExplorer } from "./explorerHook.js";
import { launchBrowser } from "./launchBrowser.js";
import type { NewsroomStore } from "./newsroomGraph.js";
import { newsroomStore } from "./newsroomGraph.js";
import type { RunningServer } from "./startViewerServer.js";
import { startViewerServer } from "./startViewerServer.js";

export interface NewsroomExplorer {
  fixture: NewsroomStore;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** The page's uncaught errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens the explorer (`open: false` leaves the page blank, e.g. to route requests before the first load). */
export async function openNewsroomExplorer(opts: { open?: boolean } = {}): Promise<NewsroomExplorer> {
  const fixture = await newsroomStore();
  const server = await startViewerServer(fixture.path, { store: fixture.store });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (opts.open !== false) {
    await page.goto(`${server.url}/`);
    await waitForExplorer(page);
  }
  return {
    fixture,
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
