// Debian's Chromium, headless, with WebGL through SwiftShader (no GPU here) so sigma renders. Every page's default
// timeout (waits, clicks, waitForFunction) is Playwright's 30 s times the run's factor (test/setup/timeouts.ts).

import type { Browser, BrowserContextOptions } from "playwright-core";
import { chromium } from "playwright-core";
import { scaled } from "../../setup/timeouts.js";

const DEFAULT_TIMEOUT_MS = 30_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
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
  // browser.newPage() opens its page through newContext(), so this covers both.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    const context = await newContext(options);
    context.setDefaultTimeout(scaled(DEFAULT_TIMEOUT_MS));
    return context;
  };
  return browser;
}
