// Typed access to the explorer's window.__kgExplorer from browser tests, and a wait that polls until it is ready.

import type { Page } from "playwright-core";
import { scaled } from "../../setup/timeouts.js";

export interface LabelBox {
  id: string;
  label: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ExplorerHook {
  ready: boolean;
  visibleNodes(): string[];
  visibleEdgeCount(): number;
  focus(): string | null;
  edge(): string | null;
  path(): string[] | null;
  labels(): LabelBox[];
  colorBy(): string;
  drawnColor(id: string): string | null;
  screenPosition(id: string): { x: number; y: number } | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  lastPanelMs(): number;
  /** Sigma renders (WebGL frames) so far. */
  renderCount(): number;
  /** Start and duration of the last overlay draws (highlight and labels), newest last. */
  overlayTimes(): Array<{ at: number; ms: number }>;
  select(id: string): Promise<number>;
  labelOf(id: string): string | null;
  /** Resolves when the API client has no request in flight (at once on a graph file). */
  idle(): Promise<void>;
  /** "api": data from GraphQL on demand; "file": the whole graph file. */
  mode: "api" | "file";
  /** Entities loaded into the view so far. */
  loadedNodes(): number;
}

export async function waitForExplorer(page: Page, timeout = scaled(90_000)): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { __kgExplorer?: { ready?: boolean } }).__kgExplorer?.ready === true,
    null,
    { timeout, polling: 100 },
  );
}

/** Runs `fn` against the hook inside the page. */
export function hook<T, A = undefined>(page: Page, fn: (k: ExplorerHook, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ({ src, a }) => {
      const k = (window as unknown as { __kgExplorer: ExplorerHook }).__kgExplorer;
      return (new Function("k", "a", `return (${src})(k, a);`) as (k: ExplorerHook, a: unknown) => T)(k, a);
    },
    { src: fn.toString(), a: arg as unknown },
  ) as Promise<T>;
}

export function overlapping(labels: readonly LabelBox[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (
        a.left < b.left + b.width &&
        b.left < a.left + a.width &&
        a.top < b.top + b.height &&
        b.top < a.top + a.height
      )
        out.push([a.id, b.id]);
    }
  return out;
}
