/**
 * The CLI's helper thread (see helperThread.ts): loads the unit files it is sent and deflates
 * the parts of the output it is given. Bundled beside the CLI as helperWorker.cjs.
 */
import { parentPort } from "node:worker_threads";
import type { Campaign } from "../shared/model";
import { deflatePart } from "../io/deflatePart";
import { loadUnitFile } from "./loadUnitFile";

/** What the main thread asks; each request but `campaign` is answered under its id. */
export type HelperRequest =
  | { campaign: Campaign; key: number }
  | { id: number; load: Array<{ index: number; path: string }>; campaignKey: number }
  | { id: number; deflate: Uint8Array };

/**
 * One loaded file (several per load request, then `done`), or a deflated part. A loaded file
 * travels as JSON: plain data without undefined, NaN or -0 (numbers are finite, -0 is written
 * as 0 anyway), and JSON.stringify + JSON.parse take ≈ 120 µs per report where the structured
 * clone of its many small objects takes ≈ 185 µs, mostly on the busier main thread.
 */
export type HelperReply =
  | "ready"
  | { id: number; index: number; loaded: string }
  | { id: number; done: true }
  | { id: number; deflated: Uint8Array };

const port = parentPort!;
const campaigns = new Map<number, Campaign>();
const reply = (r: HelperReply, transfer?: ArrayBuffer[]) => port.postMessage(r, transfer);

port.on("message", (request: HelperRequest) => {
  if ("campaign" in request) {
    // Only the newest campaign is asked for; older ones are dropped.
    campaigns.clear();
    campaigns.set(request.key, request.campaign);
  } else if ("load" in request) {
    const campaign = campaigns.get(request.campaignKey)!;
    for (const { index, path } of request.load)
      reply({ id: request.id, index, loaded: JSON.stringify(loadUnitFile(path, campaign)) });
    reply({ id: request.id, done: true });
  } else {
    const deflated = deflatePart(request.deflate);
    reply({ id: request.id, deflated }, [deflated.buffer as ArrayBuffer]);
  }
});
reply("ready");
