// A windowed list: only the rows inside the scroll container's viewport (plus some overscan) are in the DOM, so a
// list of thousands of rows costs as much as a screenful. Row heights are given per row up front; `remeasure` lays
// the rows out again when what they show changes size (sentences that arrived, or turned out to be none).

export interface VirtualListOptions {
  count: number;
  heightOf(index: number): number;
  render(index: number): HTMLElement;
  /** Pixels rendered above and below the visible window. */
  overscan?: number;
  /** Tag and class of the list element. */
  className?: string;
  /** Height of what covers the top of the scroll container (a sticky bar): rows under it are not in view. */
  coveredTop?: () => number;
}

export interface VirtualList {
  element: HTMLElement;
  /** Renders the rows now visible; call once the element is in the document. */
  update(): void;
  /** Stops listening to the scroll container. */
  destroy(): void;
  /** Rows currently in the DOM. */
  rendered(): number;
  /** Asks `heightOf` again for every row and moves the rows in the DOM to their new places. */
  remeasure(): void;
  /** Scrolls the container so that row `index` is at its top (below what covers it). */
  scrollTo(index: number): void;
  /** The row at the top of the container's viewport, below what covers it (0 when the list is not shown or not
   * scrolled into). */
  firstVisible(): number;
}

function scrollParent(node: HTMLElement): HTMLElement | null {
  for (let p = node.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === "auto" || o === "scroll") return p;
  }
  return null;
}

export function createVirtualList(opts: VirtualListOptions): VirtualList {
  const overscan = opts.overscan ?? 400;
  const offsets = new Float64Array(opts.count + 1);
  const element = document.createElement("div");
  element.className = opts.className ?? "virtual-list";
  element.setAttribute("role", "list");
  element.style.position = "relative";
  const rows = new Map<number, HTMLElement>();
  const place = (i: number, row: HTMLElement) => {
    row.style.top = `${offsets[i]}px`;
    row.style.height = `${offsets[i + 1]! - offsets[i]!}px`;
  };
  const measure = () => {
    for (let i = 0; i < opts.count; i++) offsets[i + 1] = offsets[i]! + opts.heightOf(i);
    element.style.height = `${offsets[opts.count]}px`;
  };
  measure();
  let scroller: HTMLElement | null = null;
  let frame = 0;

  /** First row whose bottom is below `y`. */
  const rowAt = (y: number): number => {
    let lo = 0;
    let hi = opts.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const update = () => {
    frame = 0;
    if (!element.isConnected) return;
    if (!scroller) {
      scroller = scrollParent(element);
      (scroller ?? window).addEventListener("scroll", onScroll, { passive: true });
      addEventListener("resize", onScroll);
    }
    const top = element.getBoundingClientRect().top;
    const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
    const viewHeight = scroller ? scroller.clientHeight : innerHeight;
    const from = rowAt(Math.max(0, viewTop - top - overscan));
    const to = Math.min(opts.count, rowAt(viewTop - top + viewHeight + overscan) + 1);
    for (const [i, row] of rows)
      if (i < from || i >= to) {
        row.remove();
        rows.delete(i);
      }
    for (let i = from; i < to; i++) {
      if (rows.has(i)) continue;
      const row = opts.render(i);
      row.setAttribute("role", "listitem");
      row.style.position = "absolute";
      row.style.left = "0";
      row.style.right = "0";
      place(i, row);
      rows.set(i, row);
      element.append(row);
    }
  };
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const firstVisible = (): number => {
    const target = scroller ?? (element.isConnected ? scrollParent(element) : null);
    if (!target || !element.isConnected) return 0;
    return Math.min(
      Math.max(0, opts.count - 1),
      rowAt(
        Math.max(
          0,
          target.getBoundingClientRect().top + (opts.coveredTop?.() ?? 0) - element.getBoundingClientRect().top,
        ),
      ),
    );
  };
  return {
    element,
    update,
    rendered: () => rows.size,
    remeasure() {
      // The row at the top of the view stays where the reader sees it: rows above it that change size would
      // otherwise move it (and a row just jumped to) out of place.
      const target = scroller ?? (element.isConnected ? scrollParent(element) : null);
      const anchor = target ? firstVisible() : 0;
      const before = offsets[anchor]!;
      measure();
      for (const [i, row] of rows) place(i, row);
      if (target && offsets[anchor]! !== before) target.scrollTop += offsets[anchor]! - before;
      onScroll();
    },
    scrollTo(index) {
      const target = scroller ?? scrollParent(element);
      if (!target) return;
      const top = element.getBoundingClientRect().top - target.getBoundingClientRect().top + target.scrollTop;
      target.scrollTop = top + (offsets[Math.max(0, Math.min(opts.count, index))] ?? 0) - (opts.coveredTop?.() ?? 0);
      update();
    },
    firstVisible,
    destroy() {
      (scroller ?? window).removeEventListener("scroll", onScroll);
      removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
