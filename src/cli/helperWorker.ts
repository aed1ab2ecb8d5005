/**
 * The CLI's helper thread (see helperThread.ts): loads the unit files it is sent — read, hash,
 * inflate, check (see prepareUnitFile), then our own .xlsx reader into packed Grids — and
 * deflates the parts of the output it is given. It holds neither SheetJS nor the outline, so it
 * starts in a few tens of milliseconds; what it cannot read, it sends back prepared for the main
 * thread to finish. Bundled beside the CLI as helperWorker.cjs.
 */
import { basename } from "node:path";
import { parentPort } from "node:worker_threads";
import { deflatePart } from "../io/deflatePart";
import type { FileKind } from "../io/fileKind";
import { packedBuffers, packGrids, type PackedGrids } from "../io/packGrids";
import { DEFAULT_READ_LIMITS } from "../io/readLimits";
import { readXlsxGrids } from "../io/readXlsxGrids";
import { prepareUnitFile, type PreparedFile } from "./prepareUnitFile";

/** What the main thread asks; each request is answered under its id. */
export type HelperRequest =
  | { id: number; load: Array<{ index: number; path: string }> }
  | { id: number; deflate: Uint8Array };

/**
 * A prepared file as it travels: its kind, the file's bytes and all its parts in one buffer each
 * (moved, not copied), the parts' names and where each ends.
 */
export interface PreparedOnHelper {
  bytes: Uint8Array;
  sha256: string;
  kind: FileKind;
  names: string[];
  ends: number[];
  data: Uint8Array;
}

/**
 * One unit file as the helper left it: read into Grids; or only prepared, for the main thread to
 * finish (SheetJS's files, files our reader declines, errors to report as the main thread always
 * does); or null when even preparing failed (the main thread then loads it from the start).
 */
export type LoadedOnHelper =
  | { index: number; sha256: string; grids: PackedGrids }
  | { index: number; prepared: PreparedOnHelper | null };

/** The files of one request, all at once; or a deflated part. */
export type HelperReply =
  "ready" | { id: number; loaded: LoadedOnHelper[] } | { id: number; deflated: Uint8Array };

const port = parentPort!;

port.on("message", (request: HelperRequest) => {
  if ("load" in request) {
    const loaded: LoadedOnHelper[] = [];
    const moved: ArrayBuffer[] = [];
    for (const { index, path } of request.load) loaded.push(loadOnHelper(index, path, moved));
    port.postMessage({ id: request.id, loaded } satisfies HelperReply, moved);
  } else {
    const deflated = deflatePart(request.deflate);
    const reply: HelperReply = { id: request.id, deflated };
    port.postMessage(reply, [deflated.buffer as ArrayBuffer]);
  }
});
port.postMessage("ready" satisfies HelperReply);

/** Loads one file as far as the helper can, adding the buffers its answer moves to `moved`. */
function loadOnHelper(index: number, path: string, moved: ArrayBuffer[]): LoadedOnHelper {
  let file: PreparedFile;
  try {
    file = prepareUnitFile(path);
  } catch {
    return { index, prepared: null };
  }
  try {
    const grids = readXlsxGrids(file.bytes, basename(path), file, DEFAULT_READ_LIMITS.maxCells);
    if (grids) {
      const packed = packGrids(grids);
      moved.push(...packedBuffers(packed));
      return { index, sha256: file.sha256, grids: packed };
    }
  } catch {
    // Too many cells: the main thread reads it again and reports it as it always does.
  }
  const prepared = forTravel(file);
  moved.push(prepared.bytes.buffer as ArrayBuffer, prepared.data.buffer as ArrayBuffer);
  return { index, prepared };
}

/** A prepared file with its parts in one buffer, every buffer its own (they are moved). */
function forTravel({ bytes, sha256, kind, parts }: PreparedFile): PreparedOnHelper {
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
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return { bytes: own ? bytes : bytes.slice(), sha256, kind, names, ends, data };
}
