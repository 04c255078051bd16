// Label placement with a collision pass: candidates are taken in priority order (the caller puts the focus, its
// neighbours and the most central entities first) and each gets the first of four positions around its node that
// overlaps no label placed before it. A uniform grid keeps the overlap test local, so a frame costs O(candidates).

export interface LabelCandidate {
  id: string;
  label: string;
  /** Node centre and radius in viewport pixels. */
  x: number;
  y: number;
  radius: number;
}

export interface PlacedLabel {
  id: string;
  label: string;
  /** Top-left corner and size of the label box, viewport pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlaceLabelsOptions {
  width: number;
  height: number;
  /** Text height in pixels. */
  fontSize: number;
  /** Width of a label's text in pixels. */
  measure(text: string): number;
  /** Stop after this many labels. */
  maxLabels: number;
  /** Space kept free around each label, pixels. */
  padding?: number;
}

const CELL = 64;

export function placeLabels(candidates: Iterable<LabelCandidate>, opts: PlaceLabelsOptions): PlacedLabel[] {
  const pad = opts.padding ?? 2;
  const columns = Math.max(1, Math.ceil(opts.width / CELL));
  const rows = Math.max(1, Math.ceil(opts.height / CELL));
  const grid = new Map<number, PlacedLabel[]>();
  const placed: PlacedLabel[] = [];
  const h = opts.fontSize + 2;

  const cellsOf = (box: PlacedLabel, visit: (index: number) => boolean | void): boolean => {
    const c0 = Math.max(0, Math.floor((box.left - pad) / CELL));
    const c1 = Math.min(columns - 1, Math.floor((box.left + box.width + pad) / CELL));
    const r0 = Math.max(0, Math.floor((box.top - pad) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box.top + box.height + pad) / CELL));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (visit(r * columns + c) === true) return true;
    return false;
  };
  const collides = (box: PlacedLabel): boolean =>
    cellsOf(box, (index) => {
      for (const other of grid.get(index) ?? [])
        if (
          box.left < other.left + other.width + pad &&
          other.left < box.left + box.width + pad &&
          box.top < other.top + other.height + pad &&
          other.top < box.top + box.height + pad
        )
          return true;
      return false;
    });
  // A label that would leave the viewport is slid back in (its node is on screen; the text stays next to it).
  const clamp = (box: PlacedLabel): PlacedLabel => ({
    ...box,
    left: Math.max(0, Math.min(opts.width - box.width, box.left)),
    top: Math.max(0, Math.min(opts.height - box.height, box.top)),
  });

  for (const c of candidates) {
    if (placed.length >= opts.maxLabels) break;
    if (!c.label) continue;
    const w = opts.measure(c.label) + 2;
    const gap = c.radius + 3;
    const options: Array<[number, number]> = [
      [c.x + gap, c.y - h / 2],
      [c.x - gap - w, c.y - h / 2],
      [c.x - w / 2, c.y - gap - h],
      [c.x - w / 2, c.y + gap],
    ];
    for (const [left, top] of options) {
      const box = clamp({ id: c.id, label: c.label, left, top, width: w, height: h });
      if (collides(box)) continue;
      placed.push(box);
      cellsOf(box, (index) => {
        const cell = grid.get(index);
        if (cell) cell.push(box);
        else grid.set(index, [box]);
      });
      break;
    }
  }
  return placed;
}

/** True when two placed labels overlap (for tests and the debug hook). */
export function labelsOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
