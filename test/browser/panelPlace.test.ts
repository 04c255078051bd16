// The details panel keeps the reader's place when it is drawn again because more of the entity's relations arrived
// (API mode: the strongest relations come first, the rest of the hub's own relations after). The hub's own
// relations are held back at the network until the test has acted on the partial panel, so the redraw always comes
// after the reader's scroll or chip jump: the order the race in CI hit by chance, here on purpose.

import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hook, waitForExplorer } from "./helpers/explorerHook.js";
import type { NewsroomStore } from "./helpers/newsroomGraph.js";
import type { NewsroomExplorer } from "./helpers/newsroomExplorer.js";
import { openNewsroomExplorer } from "./helpers/newsroomExplorer.js";
import type { RunningServer } from "./helpers/startViewerServer.js";
import { afterFrames, untilStable } from "./helpers/waits.js";

let explorer: NewsroomExplorer;
let fixture: NewsroomStore;
let server: RunningServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  explorer = await openNewsroomExplorer({ open: false });
  ({ fixture, server, page, errors } = explorer);
});

afterAll(() => explorer?.close());

/** Holds the request for the hub's own relations (KgNeighborhood, not its Rest pages) until `release` is called. */
async function holdOwnRelations(p: Page): Promise<{ held: () => boolean; release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await p.route("**/graphql", async (route: Route) => {
    if (/query KgNeighborhood\(/.test(route.request().postData() ?? "")) {
      held = true;
      await gate;
    }
    await route.continue();
  });
  return { held: () => held, release };
}

/** Opens the explorer afresh (nothing expanded yet) and focuses the hub with its own relations held back. */
async function focusHubPartially(run: number): Promise<() => void> {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.goto(`${server.url}/?run=${run}`);
  await waitForExplorer(page);
  const gate = await holdOwnRelations(page);
  void hook(page, (k, id) => k.select(id), fixture.hub);
  const label = await hook(page, (k, id) => k.labelOf(id) ?? id, fixture.hub);
  // The partial panel: the hub's title, its first relations, and the note that more are coming.
  await expect.poll(() => page.locator("#details-title").textContent()).toBe(label);
  await expect.poll(() => page.locator("#details-body .relations-loading").count()).toBe(1);
  await expect.poll(() => page.locator("#details-body .relation").count()).toBeGreaterThan(0);
  expect(gate.held()).toBe(true);
  return gate.release;
}

/** The number of relations the panel says it lists. */
const listedCount = async () =>
  Number(/\((\d+)\)/.exec((await page.locator("#details-body .section-title").textContent()) ?? "")?.[1] ?? 0);

/** Waits until the panel lists every relation of the hub (the held request went through and was drawn). */
async function untilAllListed(partial: number): Promise<void> {
  await expect.poll(() => page.locator("#details-body .relations-loading").count()).toBe(0);
  await expect.poll(listedCount).toBeGreaterThan(partial);
  await afterFrames(page);
}

/** The row at the top of the panel's view, below its close bar: a relation's key or a group's category. */
const topRow = () =>
  page.evaluate(() => {
    const edge = document.querySelector("#details .details-bar")!.getBoundingClientRect().bottom + 1;
    for (const row of document.querySelectorAll<HTMLElement>("#details-body .relations > [role=listitem]")) {
      const box = row.getBoundingClientRect();
      if (box.top <= edge && box.bottom > edge)
        return row.dataset.edge ? `relation:${row.dataset.edge}` : `group:${row.dataset.category}`;
    }
    return null;
  });

const scrollTop = () => page.evaluate(() => document.getElementById("details")!.scrollTop);

describe("details panel keeps the reader's place", () => {
  it("keeps the row scrolled to by hand at the top when the rest of the relations arrive", async () => {
    const release = await focusHubPartially(1);
    const list = page.locator("#details-body .relations");
    await list.hover();
    await page.mouse.wheel(0, 1800);
    await expect.poll(scrollTop).toBeGreaterThan(1000);
    await untilStable(scrollTop);
    await afterFrames(page);
    const before = await topRow();
    expect(before).toMatch(/^relation:/);
    const partial = await listedCount();
    release();
    await untilAllListed(partial);
    expect(await topRow()).toBe(before);
  });

  it("keeps the group jumped to with a chip at the top, even if the partial list was too short to reach it", async () => {
    const release = await focusHubPartially(2);
    const chips = page.locator("#details-body .relation-index .chip");
    await expect.poll(() => chips.count()).toBeGreaterThan(2);
    // The last specific group: on the partial list it sits near the end, where the scroll may stop short of it.
    const categories = await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category ?? ""));
    const target = categories.filter((c) => c !== "CO_OCCURRENCE").at(-1)!;
    await page.locator(`#details-body .relation-index .chip[data-category=${target}]`).click();
    const partial = await listedCount();
    release();
    await untilAllListed(partial);
    expect(await topRow()).toBe(`group:${target}`);
    // Scrolling by hand ends the jump: the next redraw keeps the row now at the top, not the group.
    await page.locator("#details-body .relations").hover();
    await page.mouse.wheel(0, 600);
    await untilStable(scrollTop);
    await afterFrames(page);
    const scrolled = await topRow();
    expect(scrolled).not.toBe(`group:${target}`);
    // A redraw of the same entity: the confidence filter set again to its value (every hub relation still passes).
    await page.locator("#details-body .relations").evaluate((e) => e.setAttribute("data-old", ""));
    await page.locator("#filter-confidence").evaluate((e) => e.dispatchEvent(new Event("change", { bubbles: true })));
    await expect.poll(() => page.locator("#details-body .relations[data-old]").count()).toBe(0);
    await afterFrames(page);
    expect(await topRow()).toBe(scrolled);
  });

  it("keeps the close button clickable over a scrolled list", async () => {
    const close = (await page.locator("#details-close").boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("#details-close") !== null, {
      x: close.x + close.width / 2,
      y: close.y + close.height / 2,
    });
    expect(hit).toBe(true);
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
