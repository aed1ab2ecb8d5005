/**
 * Whether this runtime inflates raw deflate natively (`DecompressionStream("deflate-raw")`:
 * Chromium 103+, Safari 16.4+, Firefox 113+, Node 21.2+); jsdom has none.
 */
export function canInflateNatively(): boolean {
  if (typeof DecompressionStream === "undefined") return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/**
 * Inflates raw deflate data with the runtime's native zlib into at most `cap` bytes. Undefined
 * for anything but a complete stream of at most `cap` bytes (invalid data, a truncated stream,
 * more than `cap`; bytes after the stream's end, in Chromium): the caller then lets fflate
 * decide, as before, so only ordinary entries are taken from here. Stops reading once past
 * `cap`, so a lie costs little.
 *
 * @example await inflateNatively(deflateRawSync(bytes), bytes.length) // equals bytes
 */
export async function inflateNatively(
  data: Uint8Array,
  cap: number,
): Promise<Uint8Array | undefined> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Errors come out of the readable side too; these promises are only kept from going unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
