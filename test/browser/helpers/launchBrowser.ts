// Debian's Chromium, headless, with WebGL through SwiftShader (no GPU here) so sigma renders. Every page's default
// timeout (waits, clicks, waitForFunction) is Playwright's 30 s times the run's factor (test/setup/timeouts.ts).
//
// One Chromium per test process: files that share a fork (isolate: false) run one after another on it, each in
// contexts of its own (no cookies, storage or cache in common), instead of starting Chromium again for each file
// (about half a second of CPU and a second of wall each). A file's `close()` closes only the contexts it opened; the
// process goes with the fork (Playwright ends its browsers on exit). A browser that crashed or disconnected is
// launched again for the next file.

import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { scaled } from "../../setup/timeouts.js";

const DEFAULT_TIMEOUT_MS = 30_000;

let shared: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    timeout: scaled(DEFAULT_TIMEOUT_MS),
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--use-gl=angle",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}

async function processBrowser(): Promise<Browser> {
  const running = shared && (await shared.catch(() => null));
  if (running?.isConnected()) return running;
  shared = launch();
  // A failed launch fails this caller and is tried again by the next one.
  shared.catch(() => (shared = null));
  return shared;
}

/**
 * The process's Chromium, seen as a browser of the caller's own: `newContext`/`newPage` open contexts the caller
 * owns (a page from `newPage` closes its context with it, as Playwright's does), `contexts()` lists them, `close()`
 * closes them all and leaves Chromium running for the next file.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await processBrowser();
  const owned = new Set<BrowserContext>();
  const newContext = async (options?: BrowserContextOptions): Promise<BrowserContext> => {
    const context = await browser.newContext(options);
    owned.add(context);
    context.once("close", () => owned.delete(context));
    context.setDefaultTimeout(scaled(DEFAULT_TIMEOUT_MS));
    return context;
  };
  const newPage = async (options?: BrowserContextOptions): Promise<Page> => {
    const context = await newContext(options);
    const page = await context.newPage();
    page.once("close", () => void context.close().catch(() => {}));
    return page;
  };
  const close = async (): Promise<void> => {
    await Promise.all([...owned].map((context) => context.close()));
  };
  const overrides: Partial<Record<keyof Browser, unknown>> = {
    newContext,
    newPage,
    close,
    contexts: () => [...owned],
  };
  return new Proxy(browser, {
    get(target, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof Browser];
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
