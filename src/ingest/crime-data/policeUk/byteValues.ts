/**
 * The distinct values of one column, recognised from their bytes: a value seen before is found
 * by a hash of its bytes and a comparison, so that the millions of repeated cells of a police.uk
 * file never become strings. Only a value's first sighting is decoded.
 */
export class ByteValues {
  private slots = new Int32Array(1 << 8);
  private bytes = Buffer.allocUnsafe(1 << 12);
  private used = 0;
  private starts = new Int32Array(1 << 7);
  private ends = new Int32Array(1 << 7);
  private hashes = new Int32Array(1 << 7);
  size = 0;
  /** What the last `find` that missed saw: the value's hash, and the free slot it goes in. */
  private lastHash = 0;
  private lastSlot = 0;

  /** The number of the value in `source[start, end)`, or -1 when it is new (then call `addLast`). */
  find(source: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ (source[at] as number), 0x01000193);
    hash = mixed(hash);
    this.lastHash = hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) {
        this.lastSlot = slot;
        return -1;
      }
      const value = held - 1;
      if (this.hashes[value] === hash && this.equal(value, source, start, end)) return value;
    }
  }

  private equal(value: number, source: Uint8Array, start: number, end: number): boolean {
    const from = this.starts[value] as number;
    const length = (this.ends[value] as number) - from;
    if (length !== end - start) return false;
    for (let at = 0; at < length; at++) if (this.bytes[from + at] !== source[start + at]) return false;
    return true;
  }

  /** Remembers `source[start, end)`, which the last `find` did not know, as the next number. */
  addLast(source: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const bytes = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(bytes, 0, 0, this.used);
      this.bytes = bytes;
    }
    this.bytes.set(source.subarray(start, end), this.used);
    if (this.size === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    const value = this.size;
    this.starts[value] = this.used;
    this.ends[value] = this.used + length;
    this.hashes[value] = this.lastHash;
    this.used += length;
    this.size += 1;
    this.slots[this.lastSlot] = value + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return value;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let value = 0; value < this.size; value++) {
      const hash = this.hashes[value] as number;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = value + 1;
    }
    this.slots = slots;
  }
}

/** Spreads every bit of an FNV-1a hash into the low ones the table is indexed by (MurmurHash3's finish). */
export function mixed(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
