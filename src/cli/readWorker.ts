/**
 * Worker thread of `loadReports`: loads the unit files it is sent, one chunk at a time, and
 * posts each result back with its index. Bundled beside the CLI as readWorker.cjs.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Campaign } from "../shared/model";
import { loadUnitFile } from "./loadUnitFile";

export interface ReadWorkerData {
  campaign: Campaign;
}
export type ReadWorkerRequest = { files: Array<{ index: number; path: string }> };
export type ReadWorkerReply = { index: number; loaded: ReturnType<typeof loadUnitFile> };

const { campaign } = workerData as ReadWorkerData;

parentPort?.postMessage("ready");
parentPort?.on("message", ({ files }: ReadWorkerRequest) => {
  for (const { index, path } of files) {
    const reply: ReadWorkerReply = { index, loaded: loadUnitFile(path, campaign) };
    parentPort!.postMessage(reply);
  }
});
