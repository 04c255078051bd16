// Label placement with a collision pass: candidates are taken in priority order (the caller puts the focus, its
// neighbours and the most central entities first) and each gets the first of four positions around its node that
// overlaps no label placed before it. A uniform grid keeps the overlap test local, so a frame costs O(candidates).
// Node dots given as obstacles are kept clear too where a position allows it (a label over a neighbour's dot reads
// as that node's), trying the four corners as well; a label that would cover a dot wherever it goes is left out
// (the widget's text version lists every node), except the first candidate (the focus).

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
  /** Node dots (centre and radius, viewport pixels) that labels keep clear of; a label never counts its own node
   * (same `id`). */
  obstacles?: Iterable<{ id: string; x: number; y: number; radius: number }>;
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
  const dots = new Map<number, { id: string; x: number; y: number; radius: number }[]>();
  for (const d of opts.obstacles ?? []) {
    const box = {
      id: d.id,
      label: "",
      left: d.x - d.radius,
      top: d.y - d.radius,
      width: 2 * d.radius,
      height: 2 * d.radius,
    };
    cellsOf(box, (index) => {
      const cell = dots.get(index);
      if (cell) cell.push(d);
      else dots.set(index, [d]);
    });
  }

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
  /** True when the box comes within `pad` of a dot other than its own node's (nearest point of the box to the
   * centre closer than the radius). */
  const coversDot = (box: PlacedLabel): boolean =>
    dots.size > 0 &&
    cellsOf(box, (index) => {
      for (const d of dots.get(index) ?? []) {
        if (d.id === box.id) continue;
        const dx = d.x - Math.max(box.left, Math.min(d.x, box.left + box.width));
        const dy = d.y - Math.max(box.top, Math.min(d.y, box.top + box.height));
        if (dx * dx + dy * dy < (d.radius + pad) ** 2) return true;
      }
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
    // With dots to keep clear of, the four corners are tried after the four sides (a ring of neighbours often
    // leaves only a diagonal free).
    const diagonal = gap * Math.SQRT1_2;
    if (dots.size > 0)
      options.push(
        [c.x + diagonal, c.y - diagonal - h],
        [c.x - diagonal - w, c.y - diagonal - h],
        [c.x + diagonal, c.y + diagonal],
        [c.x - diagonal - w, c.y + diagonal],
      );
    const free = options
      .map(([left, top]) => clamp({ id: c.id, label: c.label, left, top, width: w, height: h }))
      .filter((box) => !collides(box));
    const box = free.find((b) => !coversDot(b)) ?? (dots.size === 0 || placed.length === 0 ? free[0] : undefined);
    if (!box) continue;
    placed.push(box);
    cellsOf(box, (index) => {
      const cell = grid.get(index);
      if (cell) cell.push(box);
      else grid.set(index, [box]);
    });
  }
  return placed;
}

/** True when two placed labels overlap (for tests and the debug hook). */
export function labelsOverlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
