// Open-addressing hash table from 64-bit feature keys to dense feature ids, used in training and at load time.

/**
 * Open-addressing map from a 64-bit key (two uint32 halves) to a dense id. Slots are interleaved (a, b, id+1) so a
 * probe touches one cache line; id+1 = 0 marks an empty slot.
 */
export class FeatureTable {
  private slots: Uint32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
  }

  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const o = i * 3;
      const id = slots[o + 2]!;
      if (id === 0) return -1;
      if (slots[o] === a && slots[o + 1] === b) return id - 1;
      i = (i + 1) & mask;
    }
  }

  /** Returns the id of the key, adding it with id = size when absent. */
  add(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    for (;;) {
      const o = i * 3;
      const id = slots[o + 2]!;
      if (id === 0) {
        slots[o] = a;
        slots[o + 1] = b;
        slots[o + 2] = this.size + 1;
        return this.size++;
      }
      if (slots[o] === a && slots[o + 1] === b) return id - 1;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
    for (let o = 0; o < old.length; o += 3) {
      if (old[o + 2] === 0) continue;
      let j = (old[o]! ^ Math.imul(old[o + 1]!, 0x9e3779b1)) & this.mask;
      while (this.slots[j * 3 + 2] !== 0) j = (j + 1) & this.mask;
      this.slots[j * 3] = old[o]!;
      this.slots[j * 3 + 1] = old[o + 1]!;
      this.slots[j * 3 + 2] = old[o + 2]!;
    }
  }

  /** Keys in id order. */
  keysById(): { a: Uint32Array; b: Uint32Array } {
    const a = new Uint32Array(this.size);
    const b = new Uint32Array(this.size);
    const slots = this.slots;
    for (let o = 0; o < slots.length; o += 3) {
      const id = slots[o + 2]!;
      if (id > 0) {
        a[id - 1] = slots[o]!;
        b[id - 1] = slots[o + 1]!;
      }
    }
    return { a, b };
  }
}
