import { mixed } from './byteValues.js';

/**
 * Counts of tuples of small numbers (a row's dimension values as dictionary numbers), in an
 * open-addressing table over typed arrays: counting a row allocates nothing, and the table is
 * already the packed form a slice's aggregates cross threads in.
 */
export class TupleCounts {
  /** Row number + 1 of the tuple in each slot; 0 is an empty slot. */
  private slots = new Int32Array(1 << 10);
  private tuples: Int32Array;
  private tallies = new Int32Array(1 << 9);
  size = 0;

  constructor(readonly width: number) {
    this.tuples = new Int32Array(this.tallies.length * width);
  }

  /** Adds one to the count of `tuple` (its first `width` numbers). */
  add(tuple: Int32Array): void {
    const { width } = this;
    let hash = 0x811c9dc5;
    for (let column = 0; column < width; column++) hash = Math.imul(hash ^ (tuple[column] as number), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = mixed(hash) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) {
        this.append(tuple, slot);
        return;
      }
      const row = held - 1;
      if (this.same(row, tuple)) {
        (this.tallies[row] as number) += 1;
        return;
      }
    }
  }

  private same(row: number, tuple: Int32Array): boolean {
    const base = row * this.width;
    for (let column = 0; column < this.width; column++) if (this.tuples[base + column] !== tuple[column]) return false;
    return true;
  }

  private append(tuple: Int32Array, slot: number): void {
    if (this.size === this.tallies.length) {
      const tallies = new Int32Array(this.tallies.length * 2);
      tallies.set(this.tallies);
      this.tallies = tallies;
      const tuples = new Int32Array(tallies.length * this.width);
      tuples.set(this.tuples);
      this.tuples = tuples;
    }
    this.tuples.set(tuple.subarray(0, this.width), this.size * this.width);
    this.tallies[this.size] = 1;
    this.size += 1;
    this.slots[slot] = this.size;
    // Kept at most half full, so that probes stay short.
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let row = 0; row < this.size; row++) {
      let hash = 0x811c9dc5;
      for (let column = 0; column < this.width; column++)
        hash = Math.imul(hash ^ (this.tuples[row * this.width + column] as number), 0x01000193);
      let slot = mixed(hash) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = row + 1;
    }
    this.slots = slots;
  }

  /** The tuples (row after row) and their counts, in the order first counted. */
  packed(): { ids: Int32Array; counts: Int32Array } {
    return { ids: this.tuples.slice(0, this.size * this.width), counts: this.tallies.slice(0, this.size) };
  }
}
