/**
 * The CLI's helper thread (see helperThread.ts): prepares the unit files it is sent (read, hash,
 * inflate, check — see prepareUnitFile) and deflates the parts of the output it is given. It
 * holds no outline and parses nothing, so it starts in a few tens of milliseconds and allocates
 * little. Bundled beside the CLI as helperWorker.cjs.
 */
import { parentPort } from "node:worker_threads";
import { deflatePart } from "../io/deflatePart";
import type { FileKind } from "../io/fileKind";
import { prepareUnitFile } from "./prepareUnitFile";

/** What the main thread asks; each request is answered under its id. */
export type HelperRequest =
  | { id: number; prepare: Array<{ index: number; path: string }> }
  | { id: number; deflate: Uint8Array };

/**
 * A prepared file as it travels: its kind, the file's bytes and all its parts in one buffer each (moved,
 * not copied), the parts' names and where each ends. Null when preparing failed: the main thread
 * then loads that file itself and reports what is wrong exactly as it always does.
 */
export interface PreparedOnHelper {
  bytes: Uint8Array;
  sha256: string;
  kind: FileKind;
  names: string[];
  ends: number[];
  data: Uint8Array;
}

/** One prepared file (several per request, then `done`), or a deflated part. */
export type HelperReply =
  | "ready"
  | { id: number; index: number; prepared: PreparedOnHelper | null }
  | { id: number; done: true }
  | { id: number; deflated: Uint8Array };

const port = parentPort!;

port.on("message", (request: HelperRequest) => {
  if ("prepare" in request) {
    for (const { index, path } of request.prepare) {
      const prepared = preparedOrNull(path);
      const moved = prepared ? [prepared.bytes.buffer, prepared.data.buffer] : [];
      // (ArrayBuffers: the file's and the one made below, never shared memory.)
      port.postMessage(
        { id: request.id, index, prepared } satisfies HelperReply,
        moved as ArrayBuffer[],
      );
    }
    port.postMessage({ id: request.id, done: true } satisfies HelperReply);
  } else {
    const deflated = deflatePart(request.deflate);
    const reply: HelperReply = { id: request.id, deflated };
    port.postMessage(reply, [deflated.buffer as ArrayBuffer]);
  }
});
port.postMessage("ready" satisfies HelperReply);

function preparedOrNull(path: string): PreparedOnHelper | null {
  try {
    const { bytes, sha256, kind, parts } = prepareUnitFile(path);
    const names = [...parts.keys()];
    const ends: number[] = [];
    let size = 0;
    for (const part of parts.values()) ends.push((size += part.length));
    const data = new Uint8Array(size);
    let at = 0;
    for (const part of parts.values()) {
      data.set(part, at);
      at += part.length;
    }
    // Moved to the main thread, so it must own its buffer alone.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return { bytes: own ? bytes : bytes.slice(), sha256, kind, names, ends, data };
  } catch {
    return null;
  }
}
