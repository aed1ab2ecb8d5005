const UTF8 = new TextEncoder();

/**
 * A growing buffer that text is written into as UTF-8: a large part of the output made directly
 * as the bytes the zip needs, without a string of millions of pieces to join and then encode.
 * ASCII goes in character by character (most of a worksheet: tags, references, numbers); any
 * other text through TextEncoder.
 *
 * @example const sink = new ByteSink(); sink.write("<v>"); sink.write("Đạt"); sink.bytes() // 3 + 5 bytes
 */
export class ByteSink {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  write(text: string): void {
    const n = text.length;
    // Worst case 3 bytes per UTF-16 unit.
    if (this.length + n * 3 > this.buffer.length) this.grow(n * 3);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        at += UTF8.encodeInto(text.slice(i), buffer.subarray(at)).written;
        break;
      }
      buffer[at++] = c;
    }
    this.length = at;
  }

  /** What was written, as a view (valid until the next write). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}
