// Waits on conditions, not on the clock.
import type { Page } from "playwright-core";
import { scaled } from "../../setup/timeouts.js";

/** Polls `read` until it returns the same value twice in a row (an animation or a resize has finished). */
export async function untilStable<T>(
  read: () => Promise<T>,
  { interval = 100, timeout = scaled(10_000) } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = JSON.stringify(await read());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, interval));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === last) return value;
    if (Date.now() > deadline) throw new Error(`still changing after ${timeout} ms: ${now}`);
    last = now;
  }
}

/** Resolves once the page has rendered two more frames and run its pending tasks (timers, event handlers). */
export async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
}
