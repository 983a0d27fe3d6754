/**
 * Where bytes stop being UTF-8, found byte by byte: the decoder only says that a chunk failed, and
 * a character cut between two chunks would otherwise be blamed on the wrong line.
 */

/** The bytes a second byte may take after each lead byte, where that differs from 80–BF (RFC 3629). */
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf]; // shorter forms of the same character
  if (lead === 0xed) return [0x80, 0x9f]; // UTF-16 surrogates
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f]; // beyond U+10FFFF
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The offset of the first character that is not UTF-8 (of its first byte), or -1 when there is
 * none. `bytes` must start on a character boundary; a character the end cuts off is not counted,
 * since the next chunk may complete it.
 */
export function firstBadUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const size = sequenceLength(lead);
    if (size === 0) return at;
    for (let next = 1; next < size; next += 1) {
      if (at + next >= bytes.length) return -1;
      const [low, high] = next === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      const byte = bytes[at + next] ?? 0;
      if (byte < low || byte > high) return at;
    }
    at += size;
  }
  return -1;
}

/** The last few bytes read, enough to hold the start of a character the next chunk completes. */
export class RecentBytes {
  private held: Buffer = Buffer.alloc(0);

  keep(chunk: Buffer): void {
    this.held = Buffer.concat([this.held, chunk.subarray(Math.max(0, chunk.length - 3))]).subarray(-3);
  }

  /**
   * How many line feeds lie in `chunk` before its first byte that is not UTF-8, counting a
   * character begun in the bytes before it. Line feeds never occur inside a UTF-8 character.
   */
  lineFeedsBeforeBadByte(chunk: Buffer): number {
    // Continuation bytes at the front belong to a character already complete; start after them.
    let start = 0;
    while (start < this.held.length && ((this.held[start] ?? 0) & 0xc0) === 0x80) start += 1;
    const before = this.held.subarray(start);
    const bad = firstBadUtf8(Buffer.concat([before, chunk]));
    const end = bad === -1 ? chunk.length : Math.max(0, bad - before.length);
    let count = 0;
    for (let at = chunk.indexOf(0x0a); at !== -1 && at < end; at = chunk.indexOf(0x0a, at + 1)) count += 1;
    return count;
  }
}
