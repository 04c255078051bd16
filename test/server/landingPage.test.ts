// The Sandbox landing page loads Apollo's embed from a CDN. Offline (every non-loopback request fails here), the
// page must still let people run queries: the injected same-origin console takes over.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Harness } from "./serverHarness.js";
import { launchBrowser } from "../browser/helpers/launchBrowser.js";
import { startFixtureServer } from "./serverHarness.js";

let h: Harness;
beforeAll(async () => {
  h = await startFixtureServer();
});
afterAll(() => h?.close());

it("offers a working query console when Sandbox cannot load", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const external: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      external.push(url.hostname);
      return route.abort("internetdisconnected");
    });
    await page.goto(`${h.server.url}/graphql`);
    await page.getByRole("button", { name: "Run" }).waitFor({ timeout: 15_000 });
    expect(external).toContain("embeddable-sandbox.cdn.apollographql.com");
    await page.locator("textarea").first().fill(`{ entity(name: "Zurich Group") { label type } }`);
    await page.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => page.locator("pre").textContent(), { timeout: 10_000 }).toContain("Zürich Group");
  } finally {
    await browser.close();
  }
});
